/** Finding nodes by what people type: labels and aliases, accents and dots ignored. */
import { occurrences } from './occurrences';
import type { DatasetNode } from './dataset';

/** Labels and aliases matching `query` (case- and accent-insensitive), best first. */
export function searchNodes(
	nodes: readonly DatasetNode[],
	query: string,
	limit = 8
): DatasetNode[] {
	const q = fold(query.trim());
	if (!q) return [];
	const words = q.split(/\s+/);
	const scored: { node: DatasetNode; score: number }[] = [];
	nodes.forEach((node, order) => {
		let best = Infinity;
		for (const name of [node.label, ...(node.aliases ?? [])]) {
			const f = fold(name);
			// Every occurrence counts: "art" is a word start in "Smart art" even though it first appears mid-word.
			for (const at of occurrences(f, q)) {
				const wordStart = at === 0 || /[\s\-–(“"'.]/.test(f[at - 1] ?? '');
				best = Math.min(best, (at === 0 ? 0 : wordStart ? 1 : 2) * 1000 + f.length + order / 1000);
			}
		}
		// Every word typed found at the start of a word of the name ("2024 election" finds
		// "2024 U.S. election"), ranked after whole-phrase matches.
		if (best === Infinity && words.length > 1) {
			for (const name of [node.label, ...(node.aliases ?? [])]) {
				const nameWords = fold(name).split(/[\s\-–(“"']+/);
				if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) {
					best = Math.min(best, 3000 + name.length + order / 1000);
				}
			}
		}
		if (best < Infinity) scored.push({ node, score: best });
	});
	return scored
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((s) => s.node);
}

/**
 * Lowercase, with accents, typographic quotes and abbreviation dots removed,
 * for matching what people type ("us" finds "U.S.").
 */
export const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/(?<!\p{L})(\p{L})\./gu, '$1')
		.replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
		.toLowerCase();
