/** Keyboard movement on the graph: from a node to the neighbour lying in an arrow's direction. */
import type { Positions } from './dataset';
import { otherEnd, type GraphIndex } from './traversal';

export type Direction = 'up' | 'down' | 'left' | 'right';

const unit: Record<Direction, [number, number]> = {
	up: [0, -1],
	down: [0, 1],
	left: [-1, 0],
	right: [1, 0]
};

/**
 * The neighbour of `from` (along an edge, among `allowed`) best lying in
 * `direction`, within 45° of it. Angle and distance are weighed together (a
 * near neighbour a little off the arrow beats a far one straight on it), as
 * the eye judges "the next node that way". Null when none lies that way.
 */
export function neighbourInDirection(
	index: GraphIndex,
	positions: Positions,
	from: string,
	direction: Direction,
	allowed: (id: string) => boolean = () => true
): string | null {
	const origin = positions[from];
	if (!origin) return null;
	const [ux, uy] = unit[direction];
	let best: { id: string; score: number } | null = null;
	for (const edge of index.incident.get(from) ?? []) {
		const id = otherEnd(edge, from);
		const p = positions[id];
		if (!p || !allowed(id)) continue;
		const dx = p.x - origin.x;
		const dy = p.y - origin.y;
		const length = Math.hypot(dx, dy) || 1;
		const cos = (dx * ux + dy * uy) / length;
		if (cos < Math.SQRT1_2 - 1e-9) continue; // outside the 90° cone around the arrow
		const score = (1 - cos) * 1000 + length;
		if (!best || score < best.score || (score === best.score && id < best.id)) best = { id, score };
	}
	return best?.id ?? null;
}

/** The node nearest the middle of the drawing: where keyboard travel starts. */
export function centralNode(positions: Positions, allowed: (id: string) => boolean = () => true) {
	const entries = Object.entries(positions).filter(([id]) => allowed(id));
	if (!entries.length) return null;
	const cx = entries.reduce((s, [, p]) => s + p.x, 0) / entries.length;
	const cy = entries.reduce((s, [, p]) => s + p.y, 0) / entries.length;
	let best = entries[0]!;
	for (const entry of entries) {
		const d = Math.hypot(entry[1].x - cx, entry[1].y - cy);
		if (d < Math.hypot(best[1].x - cx, best[1].y - cy)) best = entry;
	}
	return best[0];
}
