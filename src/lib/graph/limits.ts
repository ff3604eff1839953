/**
 * How large a dataset's files may be. A file over its limit is refused before
 * it is parsed, so a runaway export cannot stall the build or a browser.
 */

export const limits = {
	/** graph.json: the bundled graph is about 75 KB; 10 MB is far beyond any hand-made graph. */
	graphBytes: 10 * 1024 * 1024,
	/** article.txt: the bundled article is about 5 KB; 2 MB is a long book. */
	articleBytes: 2 * 1024 * 1024
} as const;

/** Bytes `text` takes in UTF-8, counted without allocating a copy. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * The size of `text` in UTF-8 when it is over `limit`, else null. Answers from
 * the length alone when it can, so a huge file is refused at once.
 */
export function overLimit(text: string, limit: number): number | null {
	if (text.length * 3 <= limit) return null;
	if (text.length > limit) return utf8Length(text);
	const bytes = utf8Length(text);
	return bytes > limit ? bytes : null;
}

/** 20971520 → "20.0 MB"; sizes under a megabyte in KB. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
}
