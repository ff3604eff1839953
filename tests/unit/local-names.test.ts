import { describe, expect, it } from 'vitest';
import { isSlug, newMapId, slugify } from '../../src/lib/local/names';
import { idPattern } from '../../src/lib/graph/id-pattern';

describe('slugify', () => {
	it.each([
		['Reaffirming alliance: the U.S.–Japan summit', 'reaffirming-alliance-the-u-s-japan-summit'],
		['Élection présidentielle à Dakar', 'election-presidentielle-a-dakar'],
		['  --Trade   war!! 2025 ', 'trade-war-2025'],
		['قمة السلام 🕊️', 'map'],
		['', 'map'],
		['a'.repeat(70), 'a'.repeat(60)],
		[`${'word '.repeat(20)}end`, 'word-word-word-word-word-word-word-word-word-word-word-word']
	])('%j → %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
		expect(slug).toMatch(idPattern);
	});
});

describe('isSlug', () => {
	it.each([
		['camp-david-2023', true],
		['Camp-David', false],
		['two--hyphens', false],
		['', false],
		['a'.repeat(61), false]
	])('%j → %j', (name, ok) => expect(isSlug(name)).toBe(ok));
});

describe('newMapId', () => {
	it('is 12 url-safe characters, different each time', () => {
		const ids = new Set(Array.from({ length: 1000 }, newMapId));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]{12}$/);
	});
});
