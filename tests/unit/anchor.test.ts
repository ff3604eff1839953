import { describe, expect, it } from 'vitest';
import { differences, nearestMatch, resolveQuote } from '../../src/lib/graph/anchor';
import { occurrences } from '../../src/lib/graph/occurrences';

const text = 'Alpha met Beta. Then “Alpha” met Gamma’s envoy.\u00a0Beta left.';

describe('occurrences', () => {
	it.each([
		{ needle: 'Alpha', expected: [0, 22] },
		{ needle: 'met', expected: [6, 29] },
		{ needle: 'Delta', expected: [] },
		{ needle: '', expected: [] }
	])('finds "$needle" at $expected', ({ needle, expected }) => {
		expect(occurrences(text, needle)).toEqual(expected);
	});

	it('counts overlapping matches', () => {
		expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
	});
});

describe('resolveQuote', () => {
	it.each([
		{ quote: { exact: 'Gamma’s envoy' }, start: 33 },
		{ quote: { exact: 'Alpha', prefix: '“' }, start: 22 },
		{ quote: { exact: 'Alpha', suffix: ' met Beta' }, start: 0 },
		{ quote: { exact: 'Beta', prefix: '\u00a0' }, start: 48 }
	])(
		'resolves $quote.exact (prefix $quote.prefix, suffix $quote.suffix) to $start',
		({ quote, start }) => {
			expect(resolveQuote(text, quote)).toEqual({
				ok: true,
				start,
				end: start + quote.exact.length
			});
		}
	);

	it('reports a repeated quote as ambiguous with every position', () => {
		expect(resolveQuote(text, { exact: 'Beta' })).toEqual({
			ok: false,
			reason: 'ambiguous',
			starts: [10, 48]
		});
	});

	it('reports a quote whose prefix matches nowhere as a context problem', () => {
		expect(resolveQuote(text, { exact: 'Beta', prefix: 'xx' })).toMatchObject({
			ok: false,
			reason: 'context'
		});
	});

	it('reports a missing quote with its nearest match', () => {
		const result = resolveQuote(text, { exact: "Gamma's envoy" });
		expect(result).toMatchObject({ ok: false, reason: 'missing', nearest: { start: 33, end: 46 } });
	});

	it('does not mutate its input', () => {
		const quote = Object.freeze({ exact: 'Alpha', prefix: '“' });
		resolveQuote(text, quote);
		expect(quote).toEqual({ exact: 'Alpha', prefix: '“' });
	});
});

describe('nearestMatch', () => {
	it('returns null when nothing is close', () => {
		expect(nearestMatch(text, 'an entirely different sentence')).toBeNull();
	});

	it('finds a passage with one changed word', () => {
		const near = nearestMatch(text, 'Then “Alpha” saw Gamma’s');
		expect(near && text.slice(near.start, near.end)).toBe('Then “Alpha” met Gamma’s');
	});
});

describe('differences', () => {
	it.each([
		{
			quote: "Gamma's",
			passage: 'Gamma’s',
			says: "the article has a curly apostrophe (’) where the quote has a straight apostrophe (')"
		},
		{
			quote: '"Alpha"',
			passage: '“Alpha”',
			says: 'the article has a curly opening double quote (“) where the quote has a straight double quote (")'
		},
		{
			quote: 'envoy. Beta',
			passage: 'envoy.\u00a0Beta',
			says: 'the article has a non-breaking space where the quote has a space'
		},
		{
			quote: 'met Delta',
			passage: 'met Gamma',
			says: 'the article has "Gamma" where the quote has "Delta"'
		}
	])('explains $quote vs $passage', ({ quote, passage, says }) => {
		expect(differences(quote, passage)).toContain(says);
	});
});
