/**
 * Resolving W3C TextQuoteSelectors against the article: each quote becomes
 * character offsets, or a precise account of why it cannot.
 */
import type { Quote } from './schema';
import { occurrences } from './occurrences';

export type Resolution =
	| { ok: true; start: number; end: number }
	| { ok: false; reason: 'missing'; nearest: NearMatch | null; searched: boolean }
	| { ok: false; reason: 'ambiguous'; starts: number[] }
	| { ok: false; reason: 'context'; starts: number[] };

export interface NearMatch {
	start: number;
	end: number;
	/** What differs between the quote and the closest passage, in plain English. */
	differences: string[];
}

/**
 * The fuzzy search compares every character of the quote with every character
 * of the article; past this many comparisons (about a tenth of a second) it is
 * skipped, so a huge quote or article cannot stall the checker.
 */
export const fuzzyBudget = 20_000_000;

/** Comparisons the fuzzy search for `quote` in `text` would make. */
export const fuzzyCost = (text: string, quote: string) => text.length * quote.length;

/**
 * Finds the single place the quote stands, using prefix and suffix to tell
 * repeats apart. The fuzzy search for a missing quote runs only within
 * `budget` comparisons; `searched` says whether it ran.
 */
export function resolveQuote(text: string, quote: Quote, budget = fuzzyBudget): Resolution {
	const { exact, prefix = '', suffix = '' } = quote;
	const all = occurrences(text, exact);
	const starts = all.filter(
		(i) =>
			text.slice(Math.max(0, i - prefix.length), i) === prefix &&
			text.slice(i + exact.length, i + exact.length + suffix.length) === suffix
	);
	if (starts.length === 1) return { ok: true, start: starts[0]!, end: starts[0]! + exact.length };
	if (starts.length > 1) return { ok: false, reason: 'ambiguous', starts };
	if (all.length > 0) return { ok: false, reason: 'context', starts: all };
	const searched = fuzzyCost(text, exact) <= budget;
	return {
		ok: false,
		reason: 'missing',
		nearest: searched ? nearestMatch(text, exact) : null,
		searched
	};
}

const characterNames: Record<string, string> = {
	"'": "a straight apostrophe (')",
	'’': 'a curly apostrophe (’)',
	'‘': 'a curly opening quote (‘)',
	'"': 'a straight double quote (")',
	'“': 'a curly opening double quote (“)',
	'”': 'a curly closing double quote (”)',
	'\u00a0': 'a non-breaking space',
	' ': 'a space',
	'\n': 'a line break',
	'\t': 'a tab',
	'-': 'a hyphen (-)',
	'–': 'an en dash (–)',
	'—': 'an em dash (—)'
};
const describe = (c: string) => characterNames[c] ?? `"${c}"`;

/**
 * The passage of `text` closest to `quote` (fewest edits, Sellers' algorithm),
 * if it is close enough to be the one the author meant. Null as well when the
 * search would cost more than `budget` comparisons.
 */
export function nearestMatch(text: string, quote: string, budget = fuzzyBudget): NearMatch | null {
	const m = quote.length;
	if (m === 0 || text.length === 0 || fuzzyCost(text, quote) > budget) return null;
	// cost[j] = edits to turn quote[0..j) into a text substring ending here; from[j] = where it starts.
	let prev = new Int32Array(m + 1);
	let prevFrom = new Int32Array(m + 1);
	let cur = new Int32Array(m + 1);
	let curFrom = new Int32Array(m + 1);
	for (let j = 0; j <= m; j++) prev[j] = j;
	let best = { cost: m, start: 0, end: 0 };
	for (let i = 1; i <= text.length; i++) {
		cur[0] = 0;
		curFrom[0] = i;
		const c = text[i - 1];
		for (let j = 1; j <= m; j++) {
			const sub = prev[j - 1]! + (quote[j - 1] === c ? 0 : 1);
			const del = prev[j]! + 1;
			const ins = cur[j - 1]! + 1;
			if (sub <= del && sub <= ins) {
				cur[j] = sub;
				curFrom[j] = j === 1 ? i - 1 : prevFrom[j - 1]!;
			} else if (del <= ins) {
				cur[j] = del;
				curFrom[j] = prevFrom[j]!;
			} else {
				cur[j] = ins;
				curFrom[j] = curFrom[j - 1]!;
			}
		}
		if (cur[m]! < best.cost) best = { cost: cur[m]!, start: curFrom[m]!, end: i };
		[prev, cur] = [cur, prev];
		[prevFrom, curFrom] = [curFrom, prevFrom];
	}
	if (best.cost > Math.max(2, Math.floor(m * 0.35))) return null;
	const passage = text.slice(best.start, best.end);
	return { start: best.start, end: best.end, differences: differences(quote, passage) };
}

/** Plain-English list of how `quote` differs from the article's `passage`. */
export function differences(quote: string, passage: string): string[] {
	const quoteWords = quote.split(/(\s+)/);
	const passageWords = passage.split(/(\s+)/);
	const found: string[] = [];
	if (quoteWords.length === passageWords.length) {
		quoteWords.forEach((word, k) => {
			const other = passageWords[k]!;
			if (word === other) return;
			const changed = [...word]
				.map((c, i) => [c, other[i] ?? ''] as const)
				.filter(([a, b]) => a !== b);
			const typographic = changed.every(([a, b]) => a in characterNames && b in characterNames);
			if (word.length === other.length && typographic) {
				for (const [a, b] of changed) {
					found.push(`the article has ${describe(b)} where the quote has ${describe(a)}`);
				}
			} else {
				found.push(`the article has "${other}" where the quote has "${word}"`);
			}
		});
	}
	if (found.length === 0) found.push(`the article reads "${passage}"`);
	return [...new Set(found)];
}
