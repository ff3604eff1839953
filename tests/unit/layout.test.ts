import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { layoutInput } from '../../src/lib/cytoscape/layout-client';
import { labelFont, nodeBox, sizeScale } from '../../src/lib/cytoscape/scales';
import type { Dataset, Positions } from '../../src/lib/graph/dataset';
import { overlaps, type Box } from '../../src/lib/graph/declutter';
import { wrapLabel } from '../../src/lib/graph/label';
import { loadCampDavid, loadValid } from './graphs';

/** The box of each node and its label, as the layout lays it out: the node at the box's top. */
function boxes(dataset: Pick<Dataset, 'nodes'>, positions: Positions): Box[] {
	const size = sizeScale(Math.max(...dataset.nodes.map((n) => n.passages.length)));
	return dataset.nodes.map((n) => {
		const diameter = size(n.passages.length);
		const { w, h } = nodeBox(wrapLabel(n.label, labelFont.wrap), diameter);
		const { x, y } = positions[n.id]!;
		return { x, y: y + (h - diameter) / 2, w, h };
	});
}

describe.each([
	{ name: 'the real dataset', dataset: loadCampDavid() },
	{ name: 'the valid fixture', dataset: loadValid() }
])('layoutDataset on $name', ({ dataset }) => {
	let positions: Positions;
	beforeAll(() => {
		positions = layoutDataset(dataset);
	});

	it('gives the same positions on a second run', () => {
		expect(layoutDataset(dataset)).toEqual(positions);
	});

	it('returns a position for every node and nothing else', () => {
		expect(Object.keys(positions).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
	});

	it('gives whole, finite, non-negative coordinates', () => {
		for (const [id, { x, y }] of Object.entries(positions)) {
			for (const value of [x, y]) {
				expect(Number.isFinite(value), id).toBe(true);
				expect(Number.isInteger(value), id).toBe(true);
				expect(value, id).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('keeps every node box, label included, inside the positive quadrant', () => {
		for (const b of boxes(dataset, positions)) {
			expect(b.x - b.w / 2).toBeGreaterThanOrEqual(-0.5);
			expect(b.y - b.h / 2).toBeGreaterThanOrEqual(-0.5);
		}
	});

	it('lets no two node boxes overlap', () => {
		expect(overlaps(boxes(dataset, positions))).toEqual([]);
	});

	it('does not mutate its input', () => {
		const before = structuredClone(dataset);
		layoutDataset(Object.freeze(dataset));
		expect(dataset).toEqual(before);
	});
});

describe('layoutDataset', () => {
	const dataset = loadCampDavid();

	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('restores Math.random afterwards', () => {
		const random = Math.random;
		layoutDataset(dataset);
		expect(Math.random).toBe(random);
	});

	it('does not draw from Math.random as it was before the call', () => {
		const spy = vi.spyOn(Math, 'random');
		const positions = layoutDataset(dataset);
		expect(spy).not.toHaveBeenCalled();
		expect(positions).toEqual(layoutDataset(dataset));
	});

	it('gives a different drawing for a different seed', () => {
		expect(layoutDataset(dataset, 1)).not.toEqual(layoutDataset(dataset));
	});
});

describe('layoutInput (what the browser sends to its layout worker)', () => {
	it('gives the same positions as laying out the whole dataset', () => {
		const dataset = loadCampDavid();
		expect(layoutDataset(layoutInput(dataset))).toEqual(layoutDataset(dataset));
	});

	it('carries only ids, labels, passage counts and edge ends', () => {
		const input = layoutInput(loadCampDavid());
		expect(Object.keys(input.nodes[0]!).sort()).toEqual(['id', 'label', 'passages']);
		expect(typeof input.nodes[0]!.passages).toBe('number');
		expect(Object.keys(input.edges[0]!).sort()).toEqual(['id', 'source', 'target']);
	});
});
