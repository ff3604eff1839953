/**
 * Where a node added by an edit is drawn: every other node stays where it is (a person's
 * mental map of the picture is not reshuffled by one edit), and the new one goes beside the
 * nodes it is related to; with no relation yet (a node just made from selected words), beside
 * the nodes the article names near its words; else beside the picture. On the first free spot
 * of a spiral around that point. Deterministic: the same map gives the same picture.
 */
import type { Dataset, Positions } from '../graph/dataset';

type Point = { x: number; y: number };

/** How far apart two nodes' centres must be for a new one to count as free of the other. */
const clearance = 90;
/** The spiral's step outwards per turn, and the angle between two tries. */
const spiralStep = 40;
const turn = 2.4;

function freeSpot(around: Point, taken: Point[]): Point {
	for (let i = 0; i < 400; i++) {
		const r = i === 0 ? 0 : spiralStep * Math.sqrt(i);
		const p = { x: around.x + r * Math.cos(i * turn), y: around.y + r * Math.sin(i * turn) };
		if (taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= clearance)) return p;
	}
	return around;
}

/** How far from a node's words (characters) another node's count as near them. */
const textReach = 600;
/** The nodes named nearest a node's words, at most this many, set its place. */
const textNeighbours = 3;

type Placed = Pick<Dataset, 'nodes'>['nodes'][number];

/** The placed nodes the article names nearest `node`'s passages: its sentence's first. */
function nearInText(node: Placed, nodes: readonly Placed[], out: Positions): Point[] {
	const mine = node.passages ?? [];
	if (!mine.length) return [];
	const scored: { p: Point; d: number; id: string }[] = [];
	for (const other of nodes) {
		const p = out[other.id];
		if (other.id === node.id || !p) continue;
		let d = Infinity;
		for (const a of mine)
			for (const b of other.passages ?? []) {
				const same = a.context.start === b.context.start;
				d = Math.min(d, same ? 0 : Math.abs(a.start - b.start));
			}
		if (d <= textReach) scored.push({ p, d, id: other.id });
	}
	scored.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
	return scored.slice(0, textNeighbours).map((s) => s.p);
}

const middle = (points: Point[]): Point => ({
	x: points.reduce((s, p) => s + p.x, 0) / points.length,
	y: points.reduce((s, p) => s + p.y, 0) / points.length
});

/** `positions` with every node of `dataset` that has none placed, and the gone ones dropped. */
export function placeNew(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions
): Positions {
	const out: Positions = {};
	for (const n of dataset.nodes) if (positions[n.id]) out[n.id] = positions[n.id]!;
	const missing = dataset.nodes.filter((n) => !out[n.id]);
	if (!missing.length && Object.keys(out).length === Object.keys(positions).length)
		return positions;
	for (const node of missing) {
		const taken = Object.values(out);
		const near = dataset.edges
			.filter((e) => e.source === node.id || e.target === node.id)
			.map((e) => out[e.source === node.id ? e.target : e.source])
			.filter((p): p is Point => !!p);
		const inText = near.length ? [] : nearInText(node, dataset.nodes, out);
		let around: Point;
		if (near.length) around = middle(near);
		else if (inText.length) around = middle(inText);
		else if (taken.length) {
			// Just right of the picture, level with its middle.
			const xs = taken.map((p) => p.x);
			const ys = taken.map((p) => p.y);
			around = { x: Math.max(...xs) + clearance, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
		} else around = { x: 0, y: 0 };
		out[node.id] = freeSpot(around, taken);
	}
	return out;
}
