/**
 * Places labels so that none covers another or a node: each label has a few candidate boxes
 * in order of preference (a node's label below it, then above, right, left; a relation's at
 * its middle, then slid along it), and takes the first that is clear of the nodes and the
 * labels placed before it, or else the one it overlaps least. Greedy and deterministic: the
 * same boxes always give the same choice. Labels are few wherever this runs (the elements a
 * view zooms in on), so every candidate is compared with every box placed so far.
 */

/** An axis-aligned box: left, top, right, bottom. */
export interface Rect {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface LabelToPlace {
	/** Candidate boxes, the preferred first. */
	candidates: readonly Rect[];
	/** Obstacles this label may touch (indices into `obstacles`): its own node, its own line. */
	own?: readonly number[];
}

/**
 * The area two boxes share, grown by `gap` each way: 0 when they are at least `gap` apart (a
 * negative gap lets them overlap by that much, as outlines do).
 */
export function overlapArea(a: Rect, b: Rect, gap = 0): number {
	const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
	const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
	return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The index of the candidate each label takes. A first pass places labels in the order given
 * (put those that matter most first), each clear of the labels before it; then a few rounds
 * let every label move to its least crowded candidate given all the others, which frees
 * labels placed early from those placed after them. Neither input is changed.
 */
export function placeLabels(
	obstacles: readonly Rect[],
	labels: readonly LabelToPlace[],
	gap = 0,
	rounds = 8
): number[] {
	const choice: number[] = [];
	const owns = labels.map((l) => new Set(l.own ?? []));
	const chosen = (i: number) => labels[i]!.candidates[choice[i]!]!;
	const near = obstacleGrid(obstacles, labels, gap);
	const cost = (i: number, box: Rect, upTo: number) => {
		let sum = 0;
		near(box, (j) => {
			if (!owns[i]!.has(j)) sum += overlapArea(box, obstacles[j]!, gap);
		});
		for (let k = 0; k < upTo; k++) if (k !== i) sum += overlapArea(box, chosen(k), gap);
		return sum;
	};
	const best = (i: number, upTo: number) => {
		let pick = choice[i] ?? 0;
		let least = choice[i] === undefined ? Infinity : cost(i, chosen(i), upTo);
		labels[i]!.candidates.forEach((box, c) => {
			if (least === 0 || c === pick) return;
			const value = cost(i, box, upTo);
			if (value < least) {
				least = value;
				pick = c;
			}
		});
		return pick;
	};
	labels.forEach((_, i) => (choice[i] = best(i, i)));
	for (let round = 0; round < rounds; round++) {
		let changed = false;
		labels.forEach((_, i) => {
			const pick = best(i, labels.length);
			if (pick !== choice[i]) changed = true;
			choice[i] = pick;
		});
		if (!changed) break;
	}
	return choice;
}

/**
 * The obstacles a box may touch, found on a grid of cells about a label's size: a close-up's
 * lines are rows of hundreds of small squares, and a label meets only the few beside it. An
 * obstacle spanning many cells (a wall) is met by every box. Each obstacle is visited once.
 */
function obstacleGrid(obstacles: readonly Rect[], labels: readonly LabelToPlace[], gap: number) {
	const first = labels.map((l) => l.candidates[0]).filter((b): b is Rect => Boolean(b));
	const cell = Math.max(
		1,
		first.reduce((sum, b) => sum + (b.x2 - b.x1 + b.y2 - b.y1) / 2, 0) / Math.max(1, first.length)
	);
	const cells = new Map<string, number[]>();
	const everywhere: number[] = [];
	const span = (b: Rect) => [
		Math.floor((b.x1 - gap) / cell),
		Math.floor((b.y1 - gap) / cell),
		Math.floor((b.x2 + gap) / cell),
		Math.floor((b.y2 + gap) / cell)
	];
	obstacles.forEach((o, j) => {
		const [x1, y1, x2, y2] = span(o) as [number, number, number, number];
		if ((x2 - x1 + 1) * (y2 - y1 + 1) > 64) return void everywhere.push(j);
		for (let x = x1; x <= x2; x++)
			for (let y = y1; y <= y2; y++) {
				const key = `${x},${y}`;
				const list = cells.get(key);
				if (list) list.push(j);
				else cells.set(key, [j]);
			}
	});
	const seen = new Uint32Array(obstacles.length);
	let stamp = 0;
	return (box: Rect, visit: (j: number) => void) => {
		stamp += 1;
		for (const j of everywhere) visit(j);
		const [x1, y1, x2, y2] = span(box) as [number, number, number, number];
		for (let x = x1; x <= x2; x++)
			for (let y = y1; y <= y2; y++)
				for (const j of cells.get(`${x},${y}`) ?? []) {
					if (seen[j] === stamp) continue;
					seen[j] = stamp;
					visit(j);
				}
	};
}

/** How many labels, placed as `choice` says, still overlap an obstacle or another label. */
export function crowdedLabels(
	obstacles: readonly Rect[],
	labels: readonly LabelToPlace[],
	choice: readonly number[],
	gap = 0
): number {
	const boxes = labels.map((l, i) => l.candidates[choice[i]!]!);
	return labels.filter((label, i) => {
		const own = new Set(label.own ?? []);
		const box = boxes[i]!;
		return (
			obstacles.some((o, j) => !own.has(j) && overlapArea(box, o, gap) > 0) ||
			boxes.some((b, k) => k !== i && overlapArea(box, b, gap) > 0)
		);
	}).length;
}
