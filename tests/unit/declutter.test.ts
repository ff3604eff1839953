import { describe, expect, it } from 'vitest';
import { declutter, overlaps, type Box } from '../../src/lib/graph/declutter';

/** Boxes grown by `gap` (less a rounding allowance), so overlaps() finds pairs closer than it. */
const grown = (boxes: readonly Box[], gap: number) =>
	boxes.map((b) => ({ ...b, w: b.w + gap - 1e-6, h: b.h + gap - 1e-6 }));

/** A seeded pseudo-random source (Park–Miller), so scattered cases are the same every run. */
function random(seed: number) {
	let s = seed;
	return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function scatter(count: number, spread: number, seed = 1): Box[] {
	const next = random(seed);
	return Array.from({ length: count }, () => ({
		x: next() * spread,
		y: next() * spread,
		w: 30 + next() * 80,
		h: 40 + next() * 30
	}));
}

const pile = (count: number): Box[] =>
	Array.from({ length: count }, () => ({ x: 0, y: 0, w: 40, h: 20 }));

const grid: Box[] = Array.from({ length: 64 }, (_, i) => ({
	x: (i % 8) * 10,
	y: Math.floor(i / 8) * 10,
	w: 30 + (i % 3) * 10,
	h: 20
}));

describe('declutter', () => {
	it.each([
		{
			name: 'far apart',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 200, y: 200, w: 40, h: 20 }
			]
		},
		{
			name: 'exactly the gap apart side by side',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 46, y: 0, w: 40, h: 20 }
			]
		},
		{
			name: 'exactly the gap apart one above the other',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 0, y: 26, w: 40, h: 20 }
			]
		},
		{
			name: 'level but clear of each other in x',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 60, y: 5, w: 40, h: 20 }
			]
		},
		{ name: 'a single box', boxes: [{ x: 3, y: 4, w: 10, h: 10 }] },
		{ name: 'no boxes', boxes: [] }
	])('leaves boxes alone that are $name', ({ boxes }) => {
		expect(declutter(boxes)).toEqual(boxes);
	});

	it.each([
		{
			name: 'along x when they overlap less in x',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 30, y: 5, w: 40, h: 20 }
			],
			// ox = 40 + 6 − 30 = 16 < oy = 20 + 6 − 5 = 21: each moves 8 apart in x.
			expected: [
				{ x: -8, y: 0 },
				{ x: 38, y: 5 }
			]
		},
		{
			name: 'along y when they overlap less in y',
			boxes: [
				{ x: 0, y: 0, w: 40, h: 20 },
				{ x: 10, y: 16, w: 40, h: 20 }
			],
			// oy = 26 − 16 = 10 < ox = 46 − 10 = 36: each moves 5 apart in y.
			expected: [
				{ x: 0, y: -5 },
				{ x: 10, y: 21 }
			]
		},
		{
			name: 'the second box above the first',
			boxes: [
				{ x: 0, y: 10, w: 40, h: 20 },
				{ x: 10, y: 0, w: 40, h: 20 }
			],
			expected: [
				{ x: 0, y: 18 },
				{ x: 10, y: -8 }
			]
		}
	])('pushes two overlapping boxes apart $name, by the gap', ({ boxes, expected }) => {
		expect(declutter(boxes).map(({ x, y }) => ({ x, y }))).toEqual(expected);
	});

	it.each([
		{
			name: 'square boxes one above the other, the first going up',
			box: { x: 0, y: 0, w: 10, h: 10 },
			expected: [
				{ x: 0, y: -8 },
				{ x: 0, y: 8 }
			]
		},
		{
			name: 'tall boxes side by side, the first going left',
			box: { x: 0, y: 0, w: 10, h: 30 },
			expected: [
				{ x: -8, y: 0 },
				{ x: 8, y: 0 }
			]
		}
	])('separates two boxes with the same centre deterministically: $name', ({ box, expected }) => {
		expect(declutter([box, { ...box }]).map(({ x, y }) => ({ x, y }))).toEqual(expected);
	});

	it.each([
		{ name: '10 boxes with one centre', boxes: pile(10), gap: 6 },
		{ name: '40 boxes scattered over 200 × 200', boxes: scatter(40, 200), gap: 8 },
		{ name: '63 boxes scattered over 600 × 600', boxes: scatter(63, 600, 7), gap: 8 },
		{
			name: '20 boxes in an overlapping row',
			boxes: Array.from({ length: 20 }, (_, i) => ({ x: i * 5, y: 0, w: 40, h: 20 })),
			gap: 6
		}
	])('leaves no two of $name closer than the gap', ({ boxes, gap }) => {
		expect(overlaps(boxes).length).toBeGreaterThan(0);
		const out = declutter(boxes, gap);
		expect(overlaps(out)).toEqual([]);
		expect(overlaps(grown(out, gap))).toEqual([]);
	});

	it.each([
		{ name: '30 boxes with one centre', boxes: pile(30) },
		{ name: 'an 8 × 8 grid of boxes 10 apart', boxes: grid },
		{ name: '63 boxes crowded into 50 × 50', boxes: scatter(63, 50) }
	])('leaves no two of $name overlapping', ({ boxes }) => {
		expect(overlaps(declutter(boxes))).toEqual([]);
	});

	it('keeps the full gap even in a pile-up of 30 boxes with one centre', () => {
		expect(overlaps(grown(declutter(pile(30), 6), 6))).toEqual([]);
	});

	it('keeps each box’s size and place in the list', () => {
		const boxes = scatter(20, 100);
		const out = declutter(boxes);
		expect(out.map(({ w, h }) => ({ w, h }))).toEqual(boxes.map(({ w, h }) => ({ w, h })));
	});

	it('keeps the boxes’ mean position, since each push moves two boxes equally', () => {
		const boxes = scatter(20, 100);
		const mean = (bs: Box[], key: 'x' | 'y') => bs.reduce((s, b) => s + b[key], 0) / bs.length;
		const out = declutter(boxes);
		expect(mean(out, 'x')).toBeCloseTo(mean(boxes, 'x'), 6);
		expect(mean(out, 'y')).toBeCloseTo(mean(boxes, 'y'), 6);
	});

	it('gives the same output for the same input', () => {
		expect(declutter(scatter(40, 100))).toEqual(declutter(scatter(40, 100)));
		expect(declutter(pile(12))).toEqual(declutter(pile(12)));
	});

	it('does not mutate its input', () => {
		const boxes = scatter(20, 50).map((b) => Object.freeze(b));
		const before = structuredClone(boxes);
		const out = declutter(Object.freeze(boxes));
		expect(boxes).toEqual(before);
		expect(out).not.toBe(boxes);
		out.forEach((b, i) => expect(b).not.toBe(boxes[i]));
	});
});

describe('overlaps', () => {
	it.each([
		{
			name: 'overlapping',
			boxes: [
				{ x: 0, y: 0, w: 10, h: 10 },
				{ x: 9, y: 9, w: 10, h: 10 }
			],
			expected: [[0, 1]]
		},
		{
			name: 'touching at an edge',
			boxes: [
				{ x: 0, y: 0, w: 10, h: 10 },
				{ x: 10, y: 0, w: 10, h: 10 }
			],
			expected: []
		},
		{
			name: 'three with the last overlapping both',
			boxes: [
				{ x: 0, y: 0, w: 10, h: 10 },
				{ x: 20, y: 0, w: 10, h: 10 },
				{ x: 10, y: 0, w: 12, h: 10 }
			],
			expected: [
				[0, 2],
				[1, 2]
			]
		}
	])('lists the pairs of boxes $name', ({ boxes, expected }) => {
		expect(overlaps(boxes)).toEqual(expected);
	});
});
