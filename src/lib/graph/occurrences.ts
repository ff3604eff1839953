/**
 * Where a string occurs in another. Its own file because search (on every page) needs it and
 * the rest of anchoring (the checker's, loaded only for imported files) does not.
 */

/** Every offset where `needle` starts in `haystack`, overlapping matches included. */
export function occurrences(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
		found.push(i);
	}
	return found;
}
