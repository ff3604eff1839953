/**
 * The checker's first gate: a file over its size limit is refused before it
 * is parsed, with a message that says how large it is and what to do instead.
 */
import { formatBytes, limits, overLimit } from './limits';
import type { Problem } from './problems';

/** The problems of `graph.json` and `article.txt` (each null when missing) being too large. */
export function sizeProblems(
	graph: { file: string; text: string | null },
	article: { file: string; text: string | null }
): Problem[] {
	return [
		tooLarge(
			graph.file,
			graph.text,
			limits.graphBytes,
			'A graph this large cannot be read on screen: split the article into several datasets, or remove elements that are not needed.'
		),
		tooLarge(
			article.file,
			article.text,
			limits.articleBytes,
			'Put one article in each dataset; a text this large is a book, not an article.'
		)
	].filter((p): p is Problem => p !== null);
}

function tooLarge(file: string, text: string | null, limit: number, fix: string): Problem | null {
	const size = text === null ? null : overLimit(text, limit);
	if (size === null) return null;
	return {
		file,
		path: '$',
		message: `the file is ${formatBytes(size)} (${size.toLocaleString('en-US')} bytes), over the limit of ${formatBytes(limit)}; it was not read further`,
		fix
	};
}
