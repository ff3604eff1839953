import { describe, expect, it } from 'vitest';
import { andList } from '../../src/lib/format';

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
