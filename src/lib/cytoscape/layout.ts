/**
 * Build-time layout: runs fcose in headless Cytoscape with a seeded random
 * source, then pushes node boxes (node + label) apart so no labels overlap.
 * The same dataset always gives the same positions.
 *
 * fcose at proof quality gives the best picture but grows steeply with size
 * (under a second at 60 nodes, about 40 s at 1,000, many minutes at 5,000):
 * above `proofUpTo` nodes it cools faster (its 'default' quality; a map made
 * in the browser is laid out while its reader waits), and graphs above
 * `draftAbove` nodes get its spectral 'draft' pass (seconds
 * at 10,000 nodes), spread out to make room for their labels, then snapped to
 * a grid of label-sized cells, which removes every overlap in one pass.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Positions } from '../graph/dataset';
import { declutter, type Box } from '../graph/declutter';
import { wrapLabel } from '../graph/label';
import { seeded } from '../graph/random';
import { snapToGrid } from '../graph/snap';
import { labelFont, nodeBox, sizeScale } from './scales';

cytoscape.use(fcose);

/** Above this many nodes the layout uses fcose's draft quality and the grid. */
export const draftAbove = 300;

/** Above this many nodes fcose cools faster ('default' quality): a map of 150 nodes in under a second. */
export const proofUpTo = 100;

export type LayoutQuality = 'proof' | 'default' | 'draft';

export function layoutQuality(nodeCount: number): LayoutQuality {
	if (nodeCount > draftAbove) return 'draft';
	return nodeCount > proofUpTo ? 'default' : 'proof';
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

const fcoseOptions: Record<LayoutQuality, object> = {
	proof: {
		quality: 'proof',
		nodeSeparation: 20,
		idealEdgeLength: () => 50,
		nodeRepulsion: () => 2000,
		gravity: 1.5,
		gravityRange: 3.0,
		numIter: 5000
	},
	default: {
		quality: 'default',
		nodeSeparation: 20,
		idealEdgeLength: () => 50,
		nodeRepulsion: () => 2000,
		gravity: 1.5,
		gravityRange: 3.0
	},
	draft: { quality: 'draft', nodeSeparation: 20, idealEdgeLength: () => 50 }
};

/**
 * Scales positions about their centre so the drawing has about twice the area
 * its boxes need: the draft pass packs nodes far closer than their labels allow,
 * and snapping keeps the shape only when each node finds a free cell nearby.
 */
function spread(boxes: Box[]): Box[] {
	const need = 2 * boxes.reduce((sum, b) => sum + b.w * b.h, 0);
	const xs = boxes.map((b) => b.x);
	const ys = boxes.map((b) => b.y);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const have = Math.max(1, (maxX - minX) * (maxY - minY));
	const k = Math.max(1, Math.sqrt(need / have));
	const cx = (minX + maxX) / 2;
	const cy = (minY + maxY) / 2;
	return boxes.map((b) => ({ ...b, x: cx + (b.x - cx) * k, y: cy + (b.y - cy) * k }));
}

/**
 * What the layout reads of a dataset: a node's label and how many passages it has (its size),
 * and which nodes the edges join. A Dataset is one; the browser's worker is sent only this.
 */
export interface LayoutInput {
	nodes: readonly { id: string; label: string; passages: number | { length: number } }[];
	edges: readonly { id: string; source: string; target: string }[];
}

const passageCount = (n: LayoutInput['nodes'][number]) =>
	typeof n.passages === 'number' ? n.passages : n.passages.length;

export function layoutDataset(dataset: LayoutInput, seed = 2023): Positions {
	const quality = layoutQuality(dataset.nodes.length);
	const size = sizeScale(dataset.nodes.reduce((m, n) => Math.max(m, passageCount(n)), 0));
	const diameters = new Map(dataset.nodes.map((n) => [n.id, size(passageCount(n))]));
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
				randomize: true,
				animate: false,
				fit: false,
				...fcoseOptions[quality]
			} as cytoscape.LayoutOptions)
			.run()
	);
	const ids = dataset.nodes.map((n) => n.id);
	const laid = ids.map((id) => ({ ...cy.getElementById(id).position(), ...boxes.get(id)! }));
	cy.destroy();
	const placed = quality === 'draft' ? snapToGrid(spread(laid), 8) : declutter(laid, 8);
	let minX = Infinity;
	let minY = Infinity;
	for (const b of placed) {
		minX = Math.min(minX, b.x - b.w / 2);
		minY = Math.min(minY, b.y - b.h / 2);
	}
	const positions: Positions = {};
	ids.forEach((id, i) => {
		const b = placed[i]!;
		// The box hangs below the node (its label), so the node sits at the box's top.
		const lift = (b.h - diameters.get(id)!) / 2;
		positions[id] = { x: Math.round(b.x - minX), y: Math.round(b.y - lift - minY) };
	});
	return positions;
}
