import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataset } from '../../src/lib/graph/check';
import { checkFolder, dataRoot } from '../../src/lib/server/datasets';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { renderOptions, rendererFromUrl } from '../../src/lib/cytoscape/render-options';
import { pictureHit, shapePath, staticPicture } from '../../src/lib/cytoscape/static-picture';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { node } from './graphs';
import { typeShape } from '../../src/lib/cytoscape/scales';
import { nodeTypes } from '../../src/lib/graph/vocabulary';

describe('renderOptions', () => {
	it('keeps the full picture during pan and zoom for a small graph', () => {
		const options = renderOptions(63);
		expect(options).toMatchObject({ textureOnViewport: false, hideEdgesOnViewport: false });
		expect(options.minZoom).toBe(0.2);
	});

	it('trades detail during pan and zoom for frame rate on a large graph, and can fit it', () => {
		const options = renderOptions(10_000);
		expect(options).toMatchObject({
			textureOnViewport: true,
			hideEdgesOnViewport: true,
			pixelRatio: 1
		});
		expect(options.minZoom).toBeLessThan(0.05);
	});

	it('asks for the WebGL renderer only when chosen', () => {
		expect(renderOptions(63, { webgl: true })).toMatchObject({ webgl: true });
		expect(renderOptions(63)).not.toHaveProperty('webgl');
	});
});

describe('rendererFromUrl', () => {
	it.each([
		['?renderer=webgl', true, { webgl: true }],
		['?renderer=webgl', false, {}],
		['?node=japan', true, {}],
		['', true, {}]
	])('%s with WebGL available: %s', (search, available, expected) => {
		expect(rendererFromUrl(search, () => available)).toEqual(expected);
	});
});

describe('staticPicture', () => {
	const result = checkFolder(join(dataRoot, 'camp-david-2023'));
	if (!result.ok) throw new Error('the bundled dataset does not pass the checker');
	const { dataset } = result;
	const positions = layoutDataset(dataset);

	it('draws every node, one path per node type, and a label for each node', () => {
		const picture = staticPicture(dataset, positions);
		expect(picture.labels.map((l) => l.id).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
		for (const shape of picture.nodes) {
			const count = dataset.nodes.filter((n) => n.type === shape.type).length;
			expect(shape.d.split('M').length - 1, shape.type).toBe(count);
		}
		const lines = picture.edges.reduce((n, e) => n + e.d.split('M').length - 1, 0);
		expect(lines).toBe(dataset.edges.length);
	});

	it('frames every node in its viewBox', () => {
		const [x, y, w, h] = staticPicture(dataset, positions).viewBox.split(' ').map(Number);
		for (const p of Object.values(positions)) {
			expect(p.x).toBeGreaterThanOrEqual(x!);
			expect(p.x).toBeLessThanOrEqual(x! + w!);
			expect(p.y).toBeGreaterThanOrEqual(y!);
			expect(p.y).toBeLessThanOrEqual(y! + h!);
		}
	});

	it('leaves out labels and arrowheads on a large graph and does not mutate its input', () => {
		const files = syntheticDataset(400);
		const large = checkDataset({ ...files, dir: files.slug, graph: JSON.stringify(files.graph) });
		if (!large.ok) throw new Error('the synthetic dataset does not pass the checker');
		const where = Object.fromEntries(large.dataset.nodes.map((n, i) => [n.id, { x: i, y: i }]));
		const copy = structuredClone(where);
		const picture = staticPicture(large.dataset, where);
		expect(picture.labels).toEqual([]);
		expect(picture.arrows.every((a) => a.d === '')).toBe(true);
		expect(where).toEqual(copy);
	});
});

describe('pictureHit', () => {
	const result = checkFolder(join(dataRoot, 'camp-david-2023'));
	if (!result.ok) throw new Error('the bundled dataset does not pass the checker');
	const { dataset } = result;
	const positions = layoutDataset(dataset);

	it('finds every node at its centre and just inside its border', () => {
		for (const n of dataset.nodes) {
			const { x, y } = positions[n.id]!;
			expect(pictureHit(dataset, positions, x, y, 1)).toEqual({ kind: 'node', id: n.id });
			expect(pictureHit(dataset, positions, x + 9, y, 1)).toEqual({ kind: 'node', id: n.id });
		}
	});

	it('finds a relation at the middle of its line, and nothing far from everything', () => {
		const lone = dataset.edges.find((e) => {
			const [a, b] = [positions[e.source]!, positions[e.target]!];
			const hit = pictureHit(dataset, positions, (a.x + b.x) / 2, (a.y + b.y) / 2, 2);
			return hit?.kind === 'edge' && hit.id === e.id;
		});
		expect(lone, 'at least one relation is found at its midpoint').toBeDefined();
		const xs = Object.values(positions).map((p) => p.x);
		expect(pictureHit(dataset, positions, Math.max(...xs) + 500, 0, 6)).toBeNull();
	});

	it('counts a tap near a node within the slack, and prefers the nearer centre', () => {
		const tiny = { nodes: [node('a'), node('b')], edges: [] };
		const where = { a: { x: 0, y: 0 }, b: { x: 15, y: 0 } };
		expect(pictureHit(tiny, where, 6, 0, 1)).toEqual({ kind: 'node', id: 'a' });
		expect(pictureHit(tiny, where, 9, 0, 1)).toEqual({ kind: 'node', id: 'b' });
		expect(pictureHit(tiny, where, 0, 14, 1)).toBeNull();
		expect(pictureHit(tiny, where, 0, 14, 15)).toEqual({ kind: 'node', id: 'a' });
	});
});

describe('shapePath', () => {
	it.each(nodeTypes.map((t) => typeShape(t)))('draws a closed %s', (shape) => {
		expect(shapePath(shape, 10, 20, 30)).toMatch(/^M.*Z$/);
	});

	it.each(nodeTypes.map((t) => typeShape(t)).filter((s) => s !== 'ellipse'))(
		'draws %s as its own outline, not the circle every unknown shape falls back to',
		(shape) => {
			expect(shapePath(shape, 10, 20, 30)).not.toMatch(/a/);
		}
	);
});
