/**
 * Room for a close-up's labels: its nodes pushed apart until no two of them (each with its
 * label) overlap, and every relation between them is long enough to hold its own label
 * between the two nodes' bodies. The layout made room for node labels of the whole graph's
 * size; a close-up sets labels larger and shows relation labels, which need more.
 * Deterministic: the same boxes always give the same positions.
 */
import { declutter, type Box } from './declutter';

export interface RoomNode {
	/** The node with its label, as declutter takes it. */
	box: Box;
	/** The node's body: its centre and the radius of the circle around it. */
	x: number;
	y: number;
	r: number;
}

export interface RoomLink {
	/** The two nodes the relation joins (indices). */
	a: number;
	b: number;
	/** Its label's width and height. */
	w: number;
	h: number;
}

/** How long a relation must be, centre to centre, to show its label clear of both bodies. */
export function neededLength(
	from: RoomNode,
	to: RoomNode,
	label: { w: number; h: number },
	gap: number
): number {
	const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
	// The label's extent along the relation.
	const along = (label.w * Math.abs(to.x - from.x) + label.h * Math.abs(to.y - from.y)) / d;
	return from.r + to.r + along + 2 * gap;
}

/**
 * New centres for the nodes' boxes (as declutter returns them): relations lengthened to
 * their labels' needs, then overlaps removed, a few rounds. The input is not changed.
 */
export function makeRoom(
	nodes: readonly RoomNode[],
	links: readonly RoomLink[],
	gap: number,
	rounds = 6
): Box[] {
	const at = nodes.map((n) => ({ ...n, box: { ...n.box } }));
	// A node's relations are long enough for their labels to sit around it side by side: on a
	// circle through their middles, whose circumference is π times a relation's length.
	const crowd = nodes.map(() => 0);
	const degree = nodes.map(() => 0);
	for (const link of links) {
		degree[link.a]! += 1;
		degree[link.b]! += 1;
		const room = (link.w + link.h) / 2 + gap;
		crowd[link.a]! += room;
		crowd[link.b]! += room;
	}
	const move = (i: number, dx: number, dy: number) => {
		at[i]!.x += dx;
		at[i]!.y += dy;
		at[i]!.box.x += dx;
		at[i]!.box.y += dy;
	};
	for (let round = 0; round < rounds; round++) {
		let short = false;
		for (const link of links) {
			const [a, b] = [at[link.a]!, at[link.b]!];
			const dx = b.x - a.x;
			const dy = b.y - a.y;
			const d = Math.hypot(dx, dy);
			const need = Math.max(
				neededLength(a, b, link, gap),
				crowd[link.a]! / Math.PI,
				crowd[link.b]! / Math.PI
			);
			const lack = need - d;
			if (lack <= 1e-6) continue;
			short = true;
			// Coincident nodes part sideways. The end with more relations moves less: a hub keeps
			// its place and its neighbours move out around it, in the directions they had.
			const [ux, uy] = d > 1e-9 ? [dx / d, dy / d] : [1, 0];
			const [da, db] = [degree[link.a]!, degree[link.b]!];
			const share = db / (da + db);
			move(link.a, -ux * lack * share, -uy * lack * share);
			move(link.b, ux * lack * (1 - share), uy * lack * (1 - share));
		}
		const placed = declutter(
			at.map((n) => n.box),
			gap
		);
		placed.forEach((p, i) => move(i, p.x - at[i]!.box.x, p.y - at[i]!.box.y));
		if (!short) break;
	}
	return at.map((n) => n.box);
}
