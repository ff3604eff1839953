/**
 * The inverse of quote anchoring: from a passage's offsets back to a W3C
 * TextQuoteSelector that resolves to exactly those offsets.
 */
import { occurrences } from '../occurrences';
import type { Quote } from '../schema';

/**
 * The selector for `text.slice(start, end)`: the bare quote when it occurs
 * once, otherwise the shortest prefix and suffix that single it out (of the
 * shortest, the one with the longest prefix).
 */
export function selectorFor(text: string, start: number, end: number): Quote {
	return boundedSelector(text, start, end, Infinity)!;
}

/**
 * The same, looking at most `limit` characters either side: null when another
 * occurrence has the same `limit` characters around it (a repeated paragraph),
 * so a caller can choose another passage instead of a huge context.
 */
export function boundedSelector(
	text: string,
	start: number,
	end: number,
	limit: number,
	/** Where the passage's words occur in the text, when the caller already knows. */
	found?: readonly number[]
): Quote | null {
	const exact = text.slice(start, end);
	const others = (found ?? occurrences(text, exact)).filter((i) => i !== start);
	if (others.length === 0) return { exact };
	// For each other occurrence, how far its context agrees with ours: a prefix
	// longer than `back` or a suffix longer than `ahead` tells it apart. (A prefix
	// longer than the text before a match fails it, as in resolveQuote.)
	// An agreement that reaches the limit may go on further: it counts as endless.
	const capped = (n: number) => (n >= limit ? Infinity : n);
	const agree = others.map((i) => ({
		back: capped(common(text, start - 1, i - 1, -1, limit)),
		ahead: capped(common(text, end, i + exact.length, 1, limit))
	}));
	// Only prefix lengths just past some occurrence's agreement can be shortest.
	const candidates = [...new Set([0, ...agree.map((a) => a.back + 1)])].filter(
		(p) => Number.isFinite(p) && p <= start
	);
	let best: { p: number; s: number } | null = null;
	for (const p of candidates) {
		const s = agree.reduce((need, a) => (a.back >= p ? Math.max(need, a.ahead + 1) : need), 0);
		if (!Number.isFinite(s) || end + s > text.length) continue;
		if (!best || p + s < best.p + best.s || (p + s === best.p + best.s && p > best.p))
			best = { p, s };
	}
	if (!best && limit < Infinity) return null;
	// Unreachable: the whole text before and after tells any two positions apart.
	if (!best) throw new Error(`no selector singles out offsets ${start}–${end}`);
	const prefix = text.slice(start - best.p, start);
	const suffix = text.slice(end, end + best.s);
	return { exact, ...(best.p ? { prefix } : {}), ...(best.s ? { suffix } : {}) };
}

/** Characters that agree walking from `a` and `b` in direction `step`, until one runs out. */
function common(text: string, a: number, b: number, step: 1 | -1, limit: number): number {
	let n = 0;
	while (
		n < limit &&
		a >= 0 &&
		b >= 0 &&
		a < text.length &&
		b < text.length &&
		text[a] === text[b]
	) {
		a += step;
		b += step;
		n++;
	}
	return n;
}
