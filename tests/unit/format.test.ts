import { describe, expect, it } from 'vitest';
import { andList, urlPieces } from '../../src/lib/format';

describe('andList', () => {
	const cases: [string[], string][] = [
		[[], ''],
		[['actors'], 'actors'],
		[['actors', 'ideas'], 'actors and ideas'],
		[['actors', 'alliances', 'ideas'], 'actors, alliances and ideas']
	];
	it.each(cases)('joins %j as %j', (items, expected) => {
		expect(andList(items)).toBe(expected);
	});
});

describe('urlPieces', () => {
	it.each([
		[
			'https://thehill.com/opinion/4156374-reaffirming-alliance/',
			['https://', 'thehill', '.com', '/opinion', '/4156374-', 'reaffirming-', 'alliance', '/']
		],
		[
			'https://example.org/a?x=1&y=2#top',
			['https://', 'example', '.org', '/a', '?x', '=1', '&y', '=2', '#top']
		],
		['http://host', ['http://', 'host']],
		['wordwithoutmarks', ['wordwithoutmarks']],
		['', []]
	])('cuts %s only at its punctuation', (url, pieces) => {
		expect(urlPieces(url)).toEqual(pieces);
		expect(urlPieces(url).join('')).toBe(url);
	});
});
