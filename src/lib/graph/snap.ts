/**
 * Overlap removal for large graphs: every box takes the free cell of a grid
 * nearest to where the layout put it, cells being as large as the largest box
 * plus the gap, so no two boxes can overlap. Boxes nearest the centre choose
 * first, so dense cores keep their shape and stragglers move outwards.
 * About O(n) for layouts of even density; deterministic.
 */
import type { Box } from './declutter';

/** Returns the boxes moved to grid cells; the input is not changed. */
export function snapToGrid(boxes: readonly Box[], gap = 6): Box[] {
	if (boxes.length === 0) return [];
	const cellW = Math.max(...boxes.map((b) => b.w)) + gap;
	const cellH = Math.max(...boxes.map((b) => b.h)) + gap;
	const cx = boxes.reduce((s, b) => s + b.x, 0) / boxes.length;
	const cy = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
	const order = boxes
		.map((b, i) => ({ i, d: Math.hypot(b.x - cx, b.y - cy) }))
		.sort((a, b) => a.d - b.d || a.i - b.i);
	const taken = new Set<string>();
	const out = boxes.map((b) => ({ ...b }));
	for (const { i } of order) {
		const b = out[i]!;
		const gx = Math.round(b.x / cellW);
		const gy = Math.round(b.y / cellH);
		for (let r = 0; ; r++) {
			let best: { x: number; y: number; d: number } | null = null;
			// The ring of cells at Chebyshev distance r from (gx, gy), walked along its edge.
			const side = 2 * r || 1;
			for (let k = 0; k < 4 * side; k++) {
				const edge = Math.floor(k / side);
				const t = (k % side) - r;
				const [x, y] = r === 0 ? [gx, gy] : ringCell(edge, t, r, gx, gy);
				if (r === 0 && k > 0) break;
				if (taken.has(`${x},${y}`)) continue;
				const d = Math.hypot(x * cellW - b.x, y * cellH - b.y);
				if (!best || d < best.d) best = { x, y, d };
			}
			if (best) {
				taken.add(`${best.x},${best.y}`);
				b.x = best.x * cellW;
				b.y = best.y * cellH;
				break;
			}
		}
	}
	return out;
}

/** The cell at step `t` (from -r to r-1) along edge `edge` (0 top, 1 right, 2 bottom, 3 left). */
function ringCell(edge: number, t: number, r: number, gx: number, gy: number): [number, number] {
	if (edge === 0) return [gx + t, gy - r];
	if (edge === 1) return [gx + r, gy + t];
	if (edge === 2) return [gx - t, gy + r];
	return [gx - r, gy - t];
}
