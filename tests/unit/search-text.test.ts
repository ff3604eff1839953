import { describe, expect, it } from 'vitest';
import { foldWithOffsets } from '../../src/lib/graph/fold-offsets';
import { fold } from '../../src/lib/graph/search';
import { searchText } from '../../src/lib/graph/search-text';
import { loadCampDavid } from './graphs';

const dataset = loadCampDavid();

describe('foldWithOffsets', () => {
	it.each([
		'U.S. President Joe Biden',
		'Yoon Suk Yeol’s “bold” move',
		'Ça déjà vu, e.g. a.b.c',
		'Kishida Fumio’s 2023 visit. Then Seoul.',
		'The fiﬁ ligature and an emoji 🇯🇵 flag'
	])('folds %j as fold() does', (input) => {
		expect(foldWithOffsets(input).text).toBe(fold(input));
	});

	it('folds every paragraph of the article as fold() does', () => {
		for (const block of dataset.text.split('\n\n')) {
			expect(foldWithOffsets(block).text).toBe(fold(block));
		}
	});

	it('says where each folded character came from', () => {
		const input = 'the U.S. “déjà”';
		const { text, from } = foldWithOffsets(input);
		expect(from).toHaveLength(text.length);
		const at = text.indexOf('us');
		expect(input.slice(from[at]!, from[at + 1]! + 1)).toBe('U.S');
		const deja = text.indexOf('deja');
		expect(input.slice(from[deja]!, from[deja + 3]! + 1)).toBe('déjà');
	});
});

describe('searchText', () => {
	it('finds “Washington”, which no name holds, in the passages that say it', () => {
		const found = searchText(dataset, 'washington');
		expect(found.map((m) => m.ref.id).sort()).toEqual(
			dataset.nodes
				.map((n) => ({ id: n.id, passages: n.passages }))
				.concat(dataset.edges.map((e) => ({ id: e.id, passages: e.passages })))
				.filter((el) => el.passages.some((p) => p.exact.includes('Washington')))
				.map((el) => el.id)
				.sort()
		);
		expect(found.length).toBeGreaterThan(0);
		for (const m of found) {
			expect(m.match).toBe('Washington');
			expect(m.passage.exact).toContain(`${m.before.replace(/^…/, '')}${m.match}`);
			expect(dataset.text.slice(m.passage.start, m.passage.end)).toBe(m.passage.exact);
		}
	});

	it('shows the matching words as the article spells them', () => {
		const [us] = searchText(dataset, 'us nuclear');
		expect(us?.match).toBe('U.S. nuclear');
	});

	it('leaves out the elements already found by name, and lists each element once', () => {
		const all = searchText(dataset, 'korea', new Set(), 100);
		const ids = all.map((m) => m.ref.id);
		expect(new Set(ids).size).toBe(ids.length);
		const without = searchText(dataset, 'korea', new Set(['south-korea', 'north-korea']), 100);
		expect(without.map((m) => m.ref.id)).not.toContain('south-korea');
		expect(without.length).toBe(all.filter((m) => !/^(south|north)-korea$/.test(m.ref.id)).length);
	});

	it('puts matches at the start of a word before those inside one', () => {
		const found = searchText(dataset, 'ally', new Set(), 100);
		const starts = found.map((m) => !/[\p{L}\p{N}]$/u.test(m.before));
		expect(starts).toEqual([...starts].sort((a, b) => Number(b) - Number(a)));
	});

	it.each(['', ' ', 'a', 'zzzqqq'])('finds nothing for %j', (q) => {
		expect(searchText(dataset, q)).toEqual([]);
	});
});
