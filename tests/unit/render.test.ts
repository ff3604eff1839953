import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataset } from '../../src/lib/graph/check';
import { checkFolder, dataRoot } from '../../src/lib/server/datasets';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { renderOptions, rendererFromUrl } from '../../src/lib/cytoscape/render-options';
import {
	lineDash,
	pictureHit,
	shapePath,
	staticPicture
} from '../../src/lib/cytoscape/static-picture';
import { draftLook } from '../../src/lib/cytoscape/element-look';
import { graphStyle } from '../../src/lib/cytoscape/style';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { node } from './graphs';
import { typeShape } from '../../src/lib/cytoscape/scales';
import { graphLook } from '../../src/lib/cytoscape/look';
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
		const picture = staticPicture(dataset, positions, graphLook(dataset));
		expect(picture.labels.map((l) => l.id).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
		for (const shape of picture.nodes) {
			const count = dataset.nodes.filter((n) => n.type === shape.type).length;
			expect(shape.d.split('M').length - 1, shape.type).toBe(count);
		}
		const lines = picture.edges.reduce((n, e) => n + e.d.split('M').length - 1, 0);
		expect(lines).toBe(dataset.edges.length);
	});

	it('draws drafts in paths of their own, lighter and dashed as the live stylesheet does', () => {
		const [first, second] = dataset.nodes;
		const drafted = {
			nodes: dataset.nodes.map((n) => (n === first ? { ...n, status: 'draft' as const } : n)),
			edges: dataset.edges.map((e, i) => (i === 0 ? { ...e, status: 'draft' as const } : e))
		};
		const picture = staticPicture(drafted, positions, graphLook(drafted));
		const draftShapes = picture.nodes.filter((g) => g.draft);
		expect(draftShapes.map((g) => [g.type, g.d.split('M').length - 1])).toEqual([[first!.type, 1]]);
		expect(draftShapes[0]).toMatchObject({
			fillOpacity: draftLook.fillOpacity,
			borderDash: draftLook.borderDash.join(' '),
			borderOpacity: draftLook.borderOpacity
		});
		const confirmed = picture.nodes.find((g) => !g.draft && g.type === second!.type)!;
		expect(confirmed).toMatchObject({ fillOpacity: undefined, borderDash: undefined });
		const draftLines = picture.edges.filter((g) => g.draft);
		expect(draftLines.map((g) => [g.stance, g.d.split('M').length - 1])).toEqual([
			[dataset.edges[0]!.stance, 1]
		]);
		expect(draftLines[0]).toMatchObject({
			opacity: draftLook.lineOpacity,
			width: draftLook.lineWidth,
			dash: lineDash[dataset.edges[0]!.stance]
		});
		const stylesheet = graphStyle();
		const rule = (selector: string) =>
			(stylesheet.find((r) => r.selector === selector) as { style: object }).style;
		expect(rule('node[status = "draft"]')).toMatchObject({
			'background-opacity': draftShapes[0]!.fillOpacity,
			'border-style': 'dashed',
			'border-dash-pattern': [...draftLook.borderDash],
			'border-opacity': draftShapes[0]!.borderOpacity
		});
		expect(rule('edge[status = "draft"]')).toMatchObject({
			'line-opacity': draftLines[0]!.opacity,
			width: draftLines[0]!.width
		});
	});

	it('frames every node in its viewBox', () => {
		const [x, y, w, h] = staticPicture(dataset, positions, graphLook(dataset))
			.viewBox.split(' ')
			.map(Number);
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
		const picture = staticPicture(large.dataset, where, graphLook(large.dataset));
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
	const look = graphLook(dataset);

	it('finds every node at its centre and just inside its border', () => {
		for (const n of dataset.nodes) {
			const { x, y } = positions[n.id]!;
			expect(pictureHit(dataset, positions, look, x, y, 1)).toEqual({ kind: 'node', id: n.id });
			expect(pictureHit(dataset, positions, look, x + 9, y, 1)).toEqual({ kind: 'node', id: n.id });
		}
	});

	it('finds a relation at the middle of its line, and nothing far from everything', () => {
		const lone = dataset.edges.find((e) => {
			const [a, b] = [positions[e.source]!, positions[e.target]!];
			const hit = pictureHit(dataset, positions, look, (a.x + b.x) / 2, (a.y + b.y) / 2, 2);
			return hit?.kind === 'edge' && hit.id === e.id;
		});
		expect(lone, 'at least one relation is found at its midpoint').toBeDefined();
		const xs = Object.values(positions).map((p) => p.x);
		expect(pictureHit(dataset, positions, look, Math.max(...xs) + 500, 0, 6)).toBeNull();
	});

	it('counts a tap near a node within the slack, and prefers the nearer centre', () => {
		const tiny = { nodes: [node('a'), node('b')], edges: [] };
		const where = { a: { x: 0, y: 0 }, b: { x: 15, y: 0 } };
		expect(pictureHit(tiny, where, graphLook(tiny), 6, 0, 1)).toEqual({ kind: 'node', id: 'a' });
		expect(pictureHit(tiny, where, graphLook(tiny), 9, 0, 1)).toEqual({ kind: 'node', id: 'b' });
		expect(pictureHit(tiny, where, graphLook(tiny), 0, 14, 1)).toBeNull();
		expect(pictureHit(tiny, where, graphLook(tiny), 0, 14, 15)).toEqual({ kind: 'node', id: 'a' });
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
