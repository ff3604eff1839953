/**
 * A passage from a person's selection in the reader: offsets into the article (never the
 * page's rendered text), trimmed of the spaces at either end, inside one paragraph, and
 * written as the shortest TextQuoteSelector that singles those offsets out, so it always
 * resolves to the words selected.
 */
import { selectorFor } from '../graph/export/selector';
import type { Quote } from '../graph/schema';
import type { Block } from '../graph/text';

export type Selected =
	{ ok: true; quote: Quote; start: number; end: number } | { ok: false; reason: string };

export function quoteForSelection(
	text: string,
	blocks: readonly Block[],
	start: number,
	end: number
): Selected {
	let [from, to] = start <= end ? [start, end] : [end, start];
	from = Math.max(0, from);
	to = Math.min(text.length, to);
	while (from < to && /\s/.test(text[from]!)) from++;
	while (to > from && /\s/.test(text[to - 1]!)) to--;
	if (from === to) return { ok: false, reason: 'Select some words of the article first.' };
	const block = blocks.find((b) => b.start <= from && from < b.end);
	if (!block || to > block.end)
		return {
			ok: false,
			reason:
				'A passage stays within one paragraph: select words of a single paragraph, and add the rest as a passage of its own.'
		};
	return { ok: true, quote: selectorFor(text, from, to), start: from, end: to };
}
