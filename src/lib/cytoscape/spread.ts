/**
 * A presented step sets its labels large, and the layout placed its nodes for labels of the
 * whole graph's size: the step's nodes are pushed apart (the layout's own declutter, run on
 * them alone, with room between for their relations' labels) while the step is shown, and
 * go back to their places when it changes. The rest of the graph, dimmed, stays put.
 */
import type { Core, NodeCollection } from 'cytoscape';
import { declutter } from '../graph/declutter';

const moved = new WeakMap<Core, Map<string, { x: number; y: number }>>();

/** Puts every node a spread moved back where the layout put it. */
export function restoreSpread(cy: Core) {
	const original = moved.get(cy);
	if (!original) return;
	cy.batch(() => {
		for (const [id, at] of original) cy.getElementById(id).position(at);
	});
	moved.delete(cy);
}

/** Pushes `nodes` (with their labels as now styled) apart, at least `gap` between boxes. */
export function spreadNodes(cy: Core, nodes: NodeCollection, gap: number) {
	restoreSpread(cy);
	if (nodes.length < 2) return;
	const list = nodes.toArray();
	const boxes = list.map((n) => {
		const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
		return { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, w: b.w, h: b.h };
	});
	const placed = declutter(boxes, gap);
	const original = new Map<string, { x: number; y: number }>();
	cy.batch(() => {
		list.forEach((n, i) => {
			const dx = placed[i]!.x - boxes[i]!.x;
			const dy = placed[i]!.y - boxes[i]!.y;
			if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) return;
			const at = n.position();
			original.set(n.id(), { x: at.x, y: at.y });
			n.position({ x: at.x + dx, y: at.y + dy });
		});
	});
	moved.set(cy, original);
}
