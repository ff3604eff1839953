/**
 * The article as blocks (paragraphs separated by blank lines), with the
 * offsets each block covers. Offsets count UTF-16 code units, as JavaScript
 * strings and the DOM do.
 */
import { lowerBound } from './sorted';
import type { BlockRole } from './vocabulary';

export interface Block {
	/** 1-based position among all blocks of the text. */
	index: number;
	role: BlockRole;
	/** 1-based number among body blocks only; null for headline, caption and the like. */
	paragraph: number | null;
	start: number;
	end: number;
}

const blankLine = /\n[ \t\u00a0]*\n\s*/g;

/** Splits an article into blocks; `roles` names the blocks (1-based) that are not body text. */
export function splitBlocks(text: string, roles: Record<string, BlockRole> = {}): Block[] {
	const blocks: Block[] = [];
	let start = 0;
	let paragraph = 0;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const trimmedEnd = start + raw.trimEnd().length;
		if (trimmedEnd > start + lead) {
			const index = blocks.length + 1;
			const role = roles[String(index)] ?? 'body';
			blocks.push({
				index,
				role,
				paragraph: role === 'body' ? ++paragraph : null,
				start: start + lead,
				end: trimmedEnd
			});
		}
	};
	for (const match of text.matchAll(blankLine)) {
		push(match.index);
		start = match.index + match[0].length;
	}
	push(text.length);
	return blocks;
}

/** The block holding `offset`, or the last block before it. */
/** A "By …" line: the article's own words naming who wrote it. */
export const isByline = (text: string, block: Block) =>
	block.role === 'author-note' && /^By\s/.test(text.slice(block.start, block.end));

export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
	return blocks[lowerBound(blocks, (block) => block.start <= offset) - 1];
}

const abbreviation =
	/(?:^|[\s(])(?:[A-Z]|[A-Za-z]\.[A-Za-z]|Aug|Sept?|Oct|Nov|Dec|Jan|Feb|Mr|Mrs|Ms|Dr|St|Prof|Ph\.D|U\.S|No|vs)$/;

/** Whether the punctuation at `i` ends a sentence (not "U.S." or "Aug." in mid-sentence). */
function endsSentence(text: string, i: number): boolean {
	if (!/[.!?]/.test(text[i] ?? '')) return false;
	let next = i + 1;
	while (/[’”'")]/.test(text[next] ?? '')) next++;
	const after = text.slice(next, next + 3);
	if (!/^\s+\S|^$/.test(after) && next < text.length) return false;
	return text[i] !== '.' || !abbreviation.test(text.slice(Math.max(0, i - 12), i));
}

/** Bounds of the sentence(s) around [start, end), kept inside its block. */
export function sentenceAround(
	text: string,
	block: Block,
	start: number,
	end: number
): { start: number; end: number } {
	let s = start;
	while (s > block.start && !(endsSentence(text, s - 2) && /\s/.test(text[s - 1] ?? ''))) s--;
	while (/\s/.test(text[s] ?? '') && s < start) s++;
	let e = Math.max(end, start + 1);
	while (e < block.end && !endsSentence(text, e - 1)) e++;
	while (e < block.end && /[’”'")]/.test(text[e] ?? '')) e++;
	return { start: s, end: Math.max(e, end) };
}
