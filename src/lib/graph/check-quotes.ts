/**
 * Quotes to passages: each evidence item's TextQuoteSelector is found in the
 * article, or reported with what is wrong with it (not there, there twice,
 * nearly there and how it differs).
 */
import { fuzzyBudget, fuzzyCost, resolveQuote } from './anchor';
import type { Passage } from './dataset';
import { excerpt, isObject, list } from './loose';
import { jsonPath, type Report } from './problems';
import type { Quote } from './schema';
import { blockAt, sentenceAround, type Block } from './text';

/** Total comparisons the fuzzy searches of one check may make, shared by all its quotes. */
const checkFuzzyBudget = 10 * fuzzyBudget;

/** Finds one quote, or reports why it cannot; null when it cannot. */
export type Anchor = (
	quote: Quote,
	report: (message: string, fix: string) => void
) => Passage | null;

/**
 * The passages found in the last article checked, by quote: a map checked after every edit
 * finds each unchanged quote again without a search, and shows it as the same passage.
 */
let found: { text: string; passages: Map<string, Passage> } = { text: '', passages: new Map() };

/** A passage of its own: the cache's are never handed out. */
const copy = (p: Passage): Passage => ({ ...p, context: { ...p.context } });

const quoteKey = (q: Quote) => `${q.prefix ?? ''}\u0000${q.exact}\u0000${q.suffix ?? ''}`;

/** An `Anchor` into `text` whose near-match searches share one check's budget. */
export function quoteAnchor(text: string, blocks: Block[]): Anchor {
	const fuzzy = { left: checkFuzzyBudget };
	if (found.text !== text) found = { text, passages: new Map() };
	const known = found.passages;
	return (quote, report) => {
		const key = quoteKey(quote);
		const before = known.get(key);
		// In the same block, with the same role and number: the block roles are the map's.
		const block = before && blockAt(blocks, before.start);
		if (
			before &&
			block?.index === before.block &&
			block.role === before.role &&
			block.paragraph === before.paragraph
		)
			return copy(before);
		const passage = anchorQuote(text, blocks, quote, fuzzy, report);
		if (passage) known.set(key, copy(passage));
		return passage;
	};
}

/**
 * The passages of each element of `section` (`nodes` or `edges`), in article
 * order, by the element's index; quotes that cannot be found are reported at
 * their `exact`.
 */
export function anchorEvidence(
	elements: unknown[],
	section: 'nodes' | 'edges',
	anchor: Anchor,
	report: Report
): Passage[][] {
	return elements.map((element, i) => {
		if (!isObject(element)) return [];
		const passages: Passage[] = [];
		list(element.evidence).forEach((quote, k) => {
			if (!isQuote(quote)) return; // the schema reports what is wrong with it
			const where = jsonPath([section, i, 'evidence', k, 'exact']);
			const passage = anchor(quote, (message, fix) => report(where, message, fix));
			if (passage) passages.push(passage);
		});
		return passages.sort((a, b) => a.start - b.start);
	});
}

const isQuote = (x: unknown): x is Quote =>
	isObject(x) &&
	typeof x.exact === 'string' &&
	x.exact.trim() !== '' &&
	(x.prefix === undefined || typeof x.prefix === 'string') &&
	(x.suffix === undefined || typeof x.suffix === 'string');

function anchorQuote(
	text: string,
	blocks: Block[],
	quote: Quote,
	fuzzy: { left: number },
	report: (message: string, fix: string) => void
): Passage | null {
	const found = resolveQuote(text, quote, Math.min(fuzzyBudget, fuzzy.left));
	if (!found.ok && found.reason === 'missing' && found.searched) {
		fuzzy.left -= fuzzyCost(text, quote.exact);
	}
	if (found.ok) {
		// A quote of blank lines can stand before the first block.
		const block = blockAt(blocks, found.start) ?? blocks[0]!;
		return {
			exact: text.slice(found.start, found.end),
			start: found.start,
			end: found.end,
			block: block.index,
			role: block.role,
			paragraph: block.paragraph,
			context: sentenceAround(text, block, found.start, found.end)
		};
	}
	const shown = `"${excerpt(quote.exact)}"`;
	if (found.reason === 'ambiguous') {
		const where = found.starts.map((s) => blockAt(blocks, s)?.index).join(', ');
		report(
			`the quote ${shown} occurs ${found.starts.length} times in the article (blocks ${where})`,
			'Lengthen "exact", or add a "prefix" (the words just before it) or a "suffix" (just after it) that occurs at only one of those places.'
		);
	} else if (found.reason === 'context') {
		report(
			`the quote ${shown} is in the article, but not with the given prefix/suffix`,
			'Make "prefix" the exact text just before the quote and "suffix" the exact text just after it, or remove them.'
		);
	} else if (found.reason === 'missing' && found.nearest) {
		report(
			`the quote ${shown} is not in the article; nearest match: "${excerpt(text.slice(found.nearest.start, found.nearest.end), 80)}" (${found.nearest.differences.join('; ')})`,
			'Copy the passage from article.txt character for character: curly quotes, apostrophes and non-breaking spaces included.'
		);
	} else if (found.reason === 'missing' && !found.searched) {
		report(
			`the quote ${shown} is not in the article; no near match was looked for, because comparing a ${quote.exact.length.toLocaleString('en-US')}-character quote with a ${text.length.toLocaleString('en-US')}-character article is beyond the checker's search budget`,
			'Quote a shorter passage, copied from article.txt character for character.'
		);
	} else {
		report(
			`the quote ${shown} is not in the article, nor anything close to it`,
			'Quote a passage that stands in article.txt, or remove this evidence item.'
		);
	}
	return null;
}
