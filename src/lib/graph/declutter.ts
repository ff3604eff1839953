/**
 * Removes overlaps between node boxes (a node and its label) by pushing
 * overlapping pairs apart along the axis where they overlap least.
 * Deterministic: the same boxes always give the same positions.
 *
 * Each round buckets the boxes into a grid whose cells are as large as the
 * largest box plus the gap, so a box can only overlap boxes in its own and the
 * eight neighbouring cells: a round costs about O(n) instead of O(n²). Boxes
 * move during a round, so a pair that comes to overlap mid-round is caught by
 * the next one; the last round moves nothing, and in it every pair that
 * overlapped was examined, so the result has no overlaps (unless `maxRounds`
 * runs out first).
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
	if (out.length < 2) return out;
	const cellW = Math.max(...out.map((b) => b.w)) + gap;
	const cellH = Math.max(...out.map((b) => b.h)) + gap;
	for (let round = 0; round < maxRounds; round++) {
		const cells = out.map((b) => [Math.floor(b.x / cellW), Math.floor(b.y / cellH)] as const);
		const grid = new Map<string, number[]>();
		cells.forEach(([cx, cy], i) => {
			const key = `${cx},${cy}`;
			const cell = grid.get(key);
			if (cell) cell.push(i);
			else grid.set(key, [i]);
		});
		let moved = false;
		// Exact pushes settle simple cases at once; crowded piles creep, so later rounds overshoot a little.
		const overshoot = round < 20 ? 0 : gap * 0.05;
		for (let i = 0; i < out.length; i++) {
			const [cx, cy] = cells[i]!;
			const near: number[] = [];
			for (let dx = -1; dx <= 1; dx++) {
				for (let dy = -1; dy <= 1; dy++) {
					for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) if (j > i) near.push(j);
				}
			}
			// The same order as comparing every pair: by index.
			near.sort((a, b) => a - b);
			for (const j of near) if (push(out[i]!, out[j]!, gap, overshoot)) moved = true;
		}
		if (!moved) break;
	}
	return out;
}

/** Pushes `a` and `b` (a before b) apart if they overlap; says whether they moved. */
function push(a: Box, b: Box, gap: number, overshoot: number): boolean {
	const ox = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
	const oy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
	if (ox <= 1e-9 || oy <= 1e-9) return false;
	// Push along the cheaper axis; coincident centres move the earlier box up or left.
	if (ox < oy) {
		const dir = a.x <= b.x ? -1 : 1;
		a.x += (dir * (ox + overshoot)) / 2;
		b.x -= (dir * (ox + overshoot)) / 2;
	} else {
		const dir = a.y <= b.y ? -1 : 1;
		a.y += (dir * (oy + overshoot)) / 2;
		b.y -= (dir * (oy + overshoot)) / 2;
	}
	return true;
}

/** Pairs of boxes that overlap (for tests and checks): the same grid, so it scales too. */
export function overlaps(boxes: readonly Box[]): [number, number][] {
	const found: [number, number][] = [];
	if (boxes.length < 2) return found;
	const cellW = Math.max(...boxes.map((b) => b.w));
	const cellH = Math.max(...boxes.map((b) => b.h));
	const grid = new Map<string, number[]>();
	const cellOf = (b: Box) => [Math.floor(b.x / cellW), Math.floor(b.y / cellH)] as const;
	boxes.forEach((b, i) => {
		const key = cellOf(b).join(',');
		const cell = grid.get(key);
		if (cell) cell.push(i);
		else grid.set(key, [i]);
	});
	boxes.forEach((a, i) => {
		const [cx, cy] = cellOf(a);
		const near: number[] = [];
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) if (j > i) near.push(j);
		for (const j of near.sort((p, q) => p - q)) {
			const b = boxes[j]!;
			if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) {
				found.push([i, j]);
			}
		}
	});
	return found;
}
