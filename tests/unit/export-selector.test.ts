import { describe, expect, it } from 'vitest';
import { resolveQuote } from '../../src/lib/graph/anchor';
import { selectorFor } from '../../src/lib/graph/export/selector';

const text = 'Alpha met Beta. Then “Alpha” met Gamma’s envoy.\u00a0Beta left.';

describe('selectorFor', () => {
	it.each([
		{
			what: 'a passage that occurs once',
			start: 33,
			end: 46,
			expected: { exact: 'Gamma’s envoy' }
		},
		{ what: 'the first of two', start: 0, end: 5, expected: { exact: 'Alpha', suffix: ' ' } },
		{ what: 'the second of two', start: 22, end: 27, expected: { exact: 'Alpha', prefix: '“' } },
		{
			what: 'a repeat told apart by its prefix',
			start: 48,
			end: 52,
			expected: { exact: 'Beta', prefix: '\u00a0' }
		}
	])('gives the shortest selector for $what', ({ start, end, expected }) => {
		expect(selectorFor(text, start, end)).toEqual(expected);
	});

	it('resolves back to the same offsets for every span of a repetitive text', () => {
		// Every substring of a text full of repeats, overlapping ones included.
		const repetitive = 'abab aab abab\nab';
		for (let start = 0; start < repetitive.length; start++) {
			for (let end = start + 1; end <= repetitive.length; end++) {
				const quote = selectorFor(repetitive, start, end);
				expect(resolveQuote(repetitive, quote), JSON.stringify(quote)).toEqual({
					ok: true,
					start,
					end
				});
			}
		}
	});

	it('uses context only as long as needed', () => {
		const quote = selectorFor('xa ya xa', 6, 8);
		expect((quote.prefix ?? '') + (quote.suffix ?? '')).toHaveLength(1);
	});
});
