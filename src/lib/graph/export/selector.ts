/**
 * The inverse of quote anchoring: from a passage's offsets back to a W3C
 * TextQuoteSelector that resolves to exactly those offsets.
 */
import { occurrences } from '../anchor';
import type { Quote } from '../schema';

/**
 * The selector for `text.slice(start, end)`: the bare quote when it occurs
 * once, otherwise the shortest prefix and suffix that single it out.
 */
export function selectorFor(text: string, start: number, end: number): Quote {
	const exact = text.slice(start, end);
	const others = occurrences(text, exact).filter((i) => i !== start);
	if (others.length === 0) return { exact };
	// Grow the context one character at a time, trying every split of it between
	// prefix and suffix, so the first that works is a shortest one.
	const room = start + text.length - end;
	for (let total = 1; total <= room; total++) {
		for (let p = Math.min(total, start); p >= 0; p--) {
			const s = total - p;
			if (end + s > text.length) break;
			const prefix = text.slice(start - p, start);
			const suffix = text.slice(end, end + s);
			// The same test as resolveQuote: a prefix longer than the text before a match fails it.
			const alsoMatches = (i: number) =>
				text.slice(Math.max(0, i - p), i) === prefix &&
				text.slice(i + exact.length, i + exact.length + s) === suffix;
			if (!others.some(alsoMatches)) {
				return { exact, ...(p ? { prefix } : {}), ...(s ? { suffix } : {}) };
			}
		}
	}
	// Unreachable: the whole text before and after tells any two positions apart.
	throw new Error(`no selector singles out offsets ${start}–${end}`);
}
