/**
 * Build-time layout: runs fcose in headless Cytoscape with a seeded random
 * source, then pushes node boxes (node + label) apart so no labels overlap.
 * The same dataset always gives the same positions.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset, Positions } from '../graph/dataset';
import { declutter } from '../graph/declutter';
import { wrapLabel } from '../graph/label';
import { labelFont, nodeBox, sizeScale } from './scales';

cytoscape.use(fcose);

/** A small seeded PRNG (mulberry32). */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Runs `fn` with Math.random replaced by a seeded generator (fcose draws from it). */
function withSeed<T>(seed: number, fn: () => T): T {
	const original = Math.random;
	Math.random = seeded(seed);
	try {
		return fn();
	} finally {
		Math.random = original;
	}
}

export function layoutDataset(dataset: Pick<Dataset, 'nodes' | 'edges'>, seed = 2023): Positions {
	const size = sizeScale(Math.max(...dataset.nodes.map((n) => n.passages.length)));
	const diameters = new Map(dataset.nodes.map((n) => [n.id, size(n.passages.length)]));
	const boxes = new Map(
		dataset.nodes.map((n) => [
			n.id,
			nodeBox(wrapLabel(n.label, labelFont.wrap), diameters.get(n.id)!)
		])
	);
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: [
			...dataset.nodes.map((n) => ({ data: { id: n.id, ...boxes.get(n.id) } })),
			...dataset.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } }))
		],
		style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }]
	});
	withSeed(seed, () =>
		cy
			.layout({
				name: 'fcose',
				quality: 'proof',
				randomize: true,
				animate: false,
				fit: false,
				nodeSeparation: 20,
				idealEdgeLength: () => 50,
				nodeRepulsion: () => 2000,
				gravity: 1.5,
				gravityRange: 3.0,
				numIter: 5000
			} as cytoscape.LayoutOptions)
			.run()
	);
	const ids = dataset.nodes.map((n) => n.id);
	const placed = declutter(
		ids.map((id) => ({ ...cy.getElementById(id).position(), ...boxes.get(id)! })),
		8
	);
	cy.destroy();
	const minX = Math.min(...placed.map((b) => b.x - b.w / 2));
	const minY = Math.min(...placed.map((b) => b.y - b.h / 2));
	const positions: Positions = {};
	ids.forEach((id, i) => {
		const b = placed[i]!;
		// The box hangs below the node (its label), so the node sits at the box's top.
		const lift = (b.h - diameters.get(id)!) / 2;
		positions[id] = { x: Math.round(b.x - minX), y: Math.round(b.y - lift - minY) };
	});
	return positions;
}
