/**
 * Removes overlaps between node boxes (a node and its label) by pushing
 * overlapping pairs apart along the axis where they overlap least.
 * Deterministic: the same boxes always give the same positions.
 */
export interface Box {
	x: number;
	y: number;
	/** Full width and height, centred on (x, y). */
	w: number;
	h: number;
}

/** Returns new positions with no two boxes closer than `gap`; the input is not changed. */
export function declutter(boxes: readonly Box[], gap = 6, maxRounds = 2000): Box[] {
	const out = boxes.map((b) => ({ ...b }));
	for (let round = 0; round < maxRounds; round++) {
		let moved = false;
		// Exact pushes settle simple cases at once; crowded piles creep, so later rounds overshoot a little.
		const overshoot = round < 20 ? 0 : gap * 0.05;
		for (let i = 0; i < out.length; i++) {
			for (let j = i + 1; j < out.length; j++) {
				const a = out[i]!;
				const b = out[j]!;
				const ox = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
				const oy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
				if (ox <= 1e-9 || oy <= 1e-9) continue;
				moved = true;
				// Push along the cheaper axis; ties and coincident centres break by index.
				if (ox < oy) {
					const dir = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
					a.x += (dir * (ox + overshoot)) / 2;
					b.x -= (dir * (ox + overshoot)) / 2;
				} else {
					const dir = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
					a.y += (dir * (oy + overshoot)) / 2;
					b.y -= (dir * (oy + overshoot)) / 2;
				}
			}
		}
		if (!moved) break;
	}
	return out;
}

/** Pairs of boxes that overlap (for tests and checks). */
export function overlaps(boxes: readonly Box[]): [number, number][] {
	const found: [number, number][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) {
				found.push([i, j]);
			}
		}
	}
	return found;
}
