import { describe, expect, it } from 'vitest';
import {
	crowdedLabels,
	overlapArea,
	placeLabels,
	type Rect
} from '../../src/lib/graph/label-placement';

const box = (x1: number, y1: number, w: number, h: number): Rect => ({
	x1,
	y1,
	x2: x1 + w,
	y2: y1 + h
});

describe('overlapArea', () => {
	it.each([
		['apart', box(0, 0, 10, 10), box(20, 0, 10, 10), 0, 0],
		['touching', box(0, 0, 10, 10), box(10, 0, 10, 10), 0, 0],
		['sharing a 5×10 strip', box(0, 0, 10, 10), box(5, 0, 10, 10), 0, 50],
		['within a gap of 2 (1 × 12 once grown)', box(0, 0, 10, 10), box(11, 0, 10, 10), 2, 12],
		['sharing less than a negative gap', box(0, 0, 10, 10), box(9, 0, 10, 10), -2, 0]
	])('%s', (_, a, b, gap, area) => {
		expect(overlapArea(a, b, gap)).toBe(area);
	});
});

describe('placeLabels', () => {
	it('keeps the first candidate when it is clear', () => {
		expect(placeLabels([box(100, 100, 10, 10)], [{ candidates: [box(0, 0, 10, 10)] }])).toEqual([
			0
		]);
	});

	it('takes the first of two clear candidates', () => {
		expect(placeLabels([], [{ candidates: [box(0, 0, 10, 10), box(50, 0, 10, 10)] }])).toEqual([0]);
	});

	it('sees a large label’s overlap with small boxes anywhere under it', () => {
		// Small labels make small cells; the large candidate spans far more than 64 of them.
		const small = Array.from({ length: 20 }, (_, i) => ({
			candidates: [box(500 + i * 20, 500, 10, 10)]
		}));
		const obstacle = box(100, 100, 10, 10);
		const large = { candidates: [box(0, 0, 200, 200), box(1000, 1000, 200, 200)] };
		expect(placeLabels([obstacle], [...small, large]).at(-1)).toBe(1);
	});

	it('moves a label off a node to its next clear candidate', () => {
		const node = box(0, 0, 10, 10);
		const candidates = [box(2, 2, 10, 4), box(2, 20, 10, 4), box(2, 40, 10, 4)];
		expect(placeLabels([node], [{ candidates }])).toEqual([1]);
	});

	it('lets a label touch its own node', () => {
		const node = box(0, 0, 10, 10);
		expect(placeLabels([node], [{ own: [0], candidates: [box(0, 8, 10, 4)] }])).toEqual([0]);
	});

	it('parts two labels that start in the same place', () => {
		const same = [box(0, 0, 10, 4), box(0, 10, 10, 4)];
		expect(placeLabels([], [{ candidates: same }, { candidates: same }])).toEqual([0, 1]);
	});

	it('frees a label placed first from one placed after it', () => {
		// The second label has one place only, where the first began: the first moves aside.
		const first = { candidates: [box(0, 0, 10, 4), box(0, 20, 10, 4)] };
		const second = { candidates: [box(0, 0, 10, 4)] };
		expect(placeLabels([], [first, second])).toEqual([1, 0]);
	});

	it('takes the least crowded candidate when none is clear', () => {
		const node = box(0, 0, 20, 20);
		const candidates = [box(0, 0, 10, 10), box(15, 15, 10, 10)];
		expect(placeLabels([node], [{ candidates }])).toEqual([1]);
	});

	it('does not change its input', () => {
		const obstacles = [box(0, 0, 10, 10)];
		const labels = [{ candidates: [box(0, 0, 5, 5), box(20, 20, 5, 5)] }];
		const copy = structuredClone({ obstacles, labels });
		placeLabels(obstacles, labels);
		expect({ obstacles, labels }).toEqual(copy);
	});
});

describe('crowdedLabels', () => {
	it('counts the labels that overlap an obstacle or another label, not their own', () => {
		const node = box(0, 0, 10, 10);
		const labels = [
			{ own: [0], candidates: [box(0, 8, 10, 4)] },
			{ candidates: [box(50, 0, 10, 4)] },
			{ candidates: [box(52, 2, 10, 4)] }
		];
		expect(crowdedLabels([node], labels, [0, 0, 0])).toBe(2);
	});
});
