/**
 * A close-up (a presented step, a focused neighbourhood, a traced path) sets its labels
 * large or shows its relations' labels, and the layout placed its nodes for node labels of
 * the whole graph's size: the close-up's nodes are pushed apart (makeRoom: no two overlap,
 * and each relation holds its label between its ends) while it is shown, and go back to
 * their places when it changes. The rest of the graph, dimmed, stays put.
 */
import type { Core, EdgeCollection, NodeCollection } from 'cytoscape';
import { makeRoom, type RoomLink } from '../graph/make-room';

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

/**
 * Pushes `nodes` (with their labels as now styled) apart, at least `gap` between boxes, and
 * the ends of `edges` far enough apart for the edges' labels.
 */
export function spreadNodes(cy: Core, nodes: NodeCollection, edges: EdgeCollection, gap: number) {
	restoreSpread(cy);
	if (nodes.length < 2) return;
	const list = nodes.toArray();
	const index = new Map(list.map((n, i) => [n.id(), i]));
	const room = list.map((n) => {
		const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
		const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
		const at = n.position();
		return {
			box: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, w: b.w, h: b.h },
			x: at.x,
			y: at.y,
			r: Math.max(body.w, body.h) / 2
		};
	});
	const links: RoomLink[] = [];
	edges.forEach((edge) => {
		const [a, b] = [index.get(edge.source().id()), index.get(edge.target().id())];
		if (a === undefined || b === undefined || a === b || !edge.style('label')) return;
		const label = edge.boundingBox({
			includeNodes: false,
			includeEdges: false,
			includeLabels: true
		} as never);
		links.push({ a, b, w: label.w, h: label.h });
	});
	const placed = makeRoom(room, links, gap);
	const original = new Map<string, { x: number; y: number }>();
	cy.batch(() => {
		list.forEach((n, i) => {
			const dx = placed[i]!.x - room[i]!.box.x;
			const dy = placed[i]!.y - room[i]!.box.y;
			if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) return;
			const at = n.position();
			original.set(n.id(), { x: at.x, y: at.y });
			n.position({ x: at.x + dx, y: at.y + dy });
		});
	});
	moved.set(cy, original);
}

/**
 * Spreads `nodes` and places their labels with `place` (which says how many found no clear
 * place), spreading wider while some did: a crowded close-up takes more room, a sparse one
 * keeps its shape. A few tries at most; the last stays. Returns how many of its labels found
 * no clear place.
 */
export function spreadUntilPlaced(
	cy: Core,
	nodes: NodeCollection,
	edges: EdgeCollection,
	gap: number,
	place: () => number,
	tries = 3
): number {
	let room = gap;
	let crowded = 0;
	for (let t = 0; t < tries; t++) {
		spreadNodes(cy, nodes, edges, room);
		crowded = place();
		if (crowded === 0) return 0;
		room *= 1.5;
	}
	return crowded;
}
