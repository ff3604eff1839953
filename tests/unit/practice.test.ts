/** Rounds of exercises drawn from the bundled map: the same seed, the same questions. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/build-data';
import { askable, makeRound, seedFrom, supports } from '../../src/lib/practice/questions';

const { dataset } = loadDataset('camp-david-2023')!;

describe('a round', () => {
	it('is the same for the same seed, and another for another seed', () => {
		const ids = (seed: number) => makeRound(dataset, seed).map((q) => `${q.kind}:${q.edge.id}`);
		expect(ids(42)).toEqual(ids(42));
		expect(ids(42)).not.toEqual(ids(43));
	});

	it('asks ten questions about ten relations, the three kinds in turn', () => {
		const round = makeRound(dataset, 7);
		expect(round).toHaveLength(10);
		expect(new Set(round.map((q) => q.edge.id)).size).toBe(10);
		expect(round.slice(0, 3).map((q) => q.kind)).toEqual(['evidence', 'predict', 'asserted']);
	});

	it('offers four different choices, the right one among them', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			for (const q of makeRound(dataset, seed)) {
				if (q.kind === 'evidence') continue;
				const right = q.kind === 'predict' ? q.edge.relation : q.edge.assertedBy.by;
				expect(q.choices).toHaveLength(4);
				expect(new Set(q.choices).size).toBe(4);
				expect(q.choices).toContain(right);
			}
		}
	});

	it('asks only about confirmed relations', () => {
		const drafted = {
			...dataset,
			edges: dataset.edges.map((e, i) => (i % 2 ? { ...e, status: 'draft' as const } : e))
		};
		expect(askable(drafted).every((e) => e.status !== 'draft')).toBe(true);
		expect(makeRound(drafted, 9).every((q) => q.edge.status !== 'draft')).toBe(true);
		expect(makeRound({ ...dataset, edges: [] }, 9)).toEqual([]);
	});
});

describe('reading a round’s address and answers', () => {
	it('takes a whole seed from 1 to 99,999 and nothing else', () => {
		expect(seedFrom('?seed=123')).toBe(123);
		for (const bad of ['', '?seed=', '?seed=0', '?seed=1.5', '?seed=abc', '?seed=100000'])
			expect(seedFrom(bad)).toBeNull();
	});

	it('counts a sentence as evidence when it holds words of a passage', () => {
		const edge = dataset.edges[0]!;
		const p = edge.passages[0]!;
		expect(supports(edge, p.context.start, p.context.end)).toBe(true);
		expect(supports(edge, p.end, p.end + 1)).toBe(
			edge.passages.some((q) => q.start <= p.end && p.end < q.end)
		);
	});
});
