/**
 * Bytes of an imported file as text, or why they are not: the checker reads
 * text, and a photo or a UTF-16 file named graph.json must be refused with a
 * reason, not decoded into noise.
 */
import { formatBytes } from '../graph/limits';

export interface ImportProblem {
	message: string;
	fix: string;
	/** The file (and JSON path) the problem is in, as `npm run validate` names it. */
	where?: string;
}

/**
 * The largest file read at all: a dataset zip holds at most an article (2 MB) and a graph and
 * a story (10 MB each), and compresses; anything larger is not one of ours.
 */
export const maxImportBytes = 25 * 1024 * 1024;

/** The problem for a file too large to be read, before any of it is read. */
export function tooLargeToImport(name: string, size: number): ImportProblem | null {
	if (size <= maxImportBytes) return null;
	return {
		message: `${name} is ${formatBytes(size)}, more than any dataset can be (the limit for an import is ${formatBytes(maxImportBytes)}); it was not read`,
		fix: 'Choose the .zip exported from Evidence Map, or a graph.json with its article.txt.',
		where: name
	};
}

/**
 * The text in `bytes`, read as UTF-8 exactly (a byte-order mark is kept, as
 * Node's reader keeps it, so the offsets the checker computes agree with
 * `npm run validate`).
 */
export function decodeText(name: string, bytes: Uint8Array): { text: string } | ImportProblem {
	const binary = {
		fix: 'Save the file as plain text in UTF-8 (in a text editor: Save as, encoding UTF-8) and import it again.',
		where: name
	};
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return {
			message: `${name} is not text: it is a binary file, or text in an encoding other than UTF-8`,
			...binary
		};
	}
	// Valid UTF-8 can still be binary; a NUL never occurs in text (UTF-16 text is full of them).
	if (text.includes('\u0000')) {
		return {
			message: `${name} is not text: it holds NUL bytes, as binary files and UTF-16 text do`,
			...binary
		};
	}
	return { text };
}
