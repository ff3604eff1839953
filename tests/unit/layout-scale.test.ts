import { describe, expect, it } from 'vitest';
import { declutter, overlaps, type Box } from '../../src/lib/graph/declutter';
import { snapToGrid } from '../../src/lib/graph/snap';
import { seeded } from '../../src/lib/graph/random';
import { checkDataset } from '../../src/lib/graph/check';
import { layoutDataset, layoutQuality } from '../../src/lib/cytoscape/layout';
import { syntheticDataset } from '../../scripts/bench/synthetic';

/** `n` boxes of label-like sizes dropped into a square of side `side`. */
function crowd(n: number, side: number, seed = 1): Box[] {
	const random = seeded(seed);
	return Array.from({ length: n }, () => ({
		x: random() * side,
		y: random() * side,
		w: 20 + random() * 100,
		h: 24 + random() * 30
	}));
}

describe('declutter', () => {
	it('pushes two boxes on the same spot apart along the cheaper axis', () => {
		const [a, b] = declutter([
			{ x: 0, y: 0, w: 10, h: 40 },
			{ x: 0, y: 0, w: 10, h: 40 }
		]);
		expect(a!.y).toBe(b!.y);
		expect(b!.x - a!.x).toBe(10 + 6);
	});

	it('leaves boxes that are already apart where they are', () => {
		const boxes = [
			{ x: 0, y: 0, w: 10, h: 10 },
			{ x: 100, y: 0, w: 10, h: 10 }
		];
		expect(declutter(boxes)).toEqual(boxes);
	});

	it('leaves no overlaps in a crowd of 300 boxes', () => {
		expect(overlaps(declutter(crowd(300, 2000)))).toEqual([]);
	});

	it('gives the same positions every time and does not mutate its input', () => {
		const boxes = crowd(200, 600);
		const copy = structuredClone(boxes);
		expect(declutter(boxes)).toEqual(declutter(boxes));
		expect(boxes).toEqual(copy);
	});
});

describe('overlaps', () => {
	it('finds exactly the pairs that overlap', () => {
		const boxes = [
			{ x: 0, y: 0, w: 10, h: 10 },
			{ x: 5, y: 5, w: 10, h: 10 },
			{ x: 9, y: 0, w: 10, h: 10 },
			{ x: 50, y: 50, w: 10, h: 10 }
		];
		expect(overlaps(boxes)).toEqual([
			[0, 1],
			[0, 2],
			[1, 2]
		]);
	});
});

describe('snapToGrid', () => {
	it('separates even a crowd piled on one point', () => {
		const pile = crowd(400, 0);
		expect(overlaps(snapToGrid(pile))).toEqual([]);
	});

	it('keeps the drawing where it was: each box moves less than a cell if it has room', () => {
		const boxes = [
			{ x: 0, y: 0, w: 50, h: 20 },
			{ x: 400, y: 300, w: 50, h: 20 }
		];
		const snapped = snapToGrid(boxes);
		snapped.forEach((b, i) => {
			expect(Math.abs(b.x - boxes[i]!.x)).toBeLessThan(56);
			expect(Math.abs(b.y - boxes[i]!.y)).toBeLessThan(26);
		});
	});

	it('gives the same positions every time and does not mutate its input', () => {
		const boxes = crowd(300, 200);
		const copy = structuredClone(boxes);
		expect(snapToGrid(boxes)).toEqual(snapToGrid(boxes));
		expect(boxes).toEqual(copy);
	});
});

describe('layoutQuality', () => {
	it.each([
		[63, 'proof'],
		[100, 'proof'],
		[101, 'default'],
		[300, 'default'],
		[301, 'draft'],
		[10_000, 'draft']
	] as const)('lays out %i nodes at %s quality', (n, quality) => {
		expect(layoutQuality(n)).toBe(quality);
	});
});

describe('layoutDataset on a large graph (the draft path)', () => {
	const files = syntheticDataset(400);
	const result = checkDataset({ ...files, dir: files.slug, graph: JSON.stringify(files.graph) });
	if (!result.ok) throw new Error('the synthetic dataset does not pass the checker');
	const { dataset } = result;

	it('places every node, the same way every time', () => {
		const first = layoutDataset(dataset);
		expect(Object.keys(first).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
		expect(layoutDataset(dataset)).toEqual(first);
	});
});
