/**
 * Places labels so that none covers another or a node: each label has a few candidate boxes
 * in order of preference (a node's label below it, then above, right, left; a relation's at
 * its middle, then slid along it), and takes the first that is clear of the nodes and the
 * labels placed before it, or else the one it overlaps least. Greedy and deterministic: the
 * same boxes always give the same choice. The boxes a candidate may touch are found on a grid,
 * so a close-up of a hundred relations, each with dozens of candidates, places in milliseconds.
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
	const cell = cellSize(labels);
	const near = new BoxGrid(cell, gap);
	obstacles.forEach((o, j) => near.add(j, o));
	// The labels placed so far, where they are: a label meets only the few beside it.
	const others = new BoxGrid(cell, gap);
	const cost = (i: number, box: Rect) => {
		let sum = 0;
		near.visit(box, (j) => {
			if (!owns[i]!.has(j)) sum += overlapArea(box, obstacles[j]!, gap);
		});
		others.visit(box, (k) => {
			if (k !== i) sum += overlapArea(box, chosen(k), gap);
		});
		return sum;
	};
	const best = (i: number) => {
		let pick = choice[i] ?? 0;
		let least = choice[i] === undefined ? Infinity : cost(i, chosen(i));
		labels[i]!.candidates.forEach((box, c) => {
			// The choice already made is costed above; on the first pass every candidate is.
			if (least === 0 || (choice[i] !== undefined && c === pick)) return;
			const value = cost(i, box);
			if (value < least) {
				least = value;
				pick = c;
			}
		});
		return pick;
	};
	labels.forEach((_, i) => {
		choice[i] = best(i);
		others.add(i, chosen(i));
	});
	for (let round = 0; round < rounds; round++) {
		let changed = false;
		labels.forEach((_, i) => {
			const pick = best(i);
			if (pick === choice[i]) return;
			changed = true;
			others.remove(i, chosen(i));
			choice[i] = pick;
			others.add(i, chosen(i));
		});
		if (!changed) break;
	}
	return choice;
}

/** Cells about a label's size: the mean of the labels' preferred boxes. */
function cellSize(labels: readonly LabelToPlace[]): number {
	const first = labels.map((l) => l.candidates[0]).filter((b): b is Rect => Boolean(b));
	return Math.max(
		1,
		first.reduce((sum, b) => sum + (b.x2 - b.x1 + b.y2 - b.y1) / 2, 0) / Math.max(1, first.length)
	);
}

/**
 * Boxes on a grid of square cells, to find those a box may touch: a close-up's lines are rows
 * of hundreds of small squares, and a label meets only the few beside it. A box spanning many
 * cells (a wall) is met by every box, and meets every box. Each box is visited once per query.
 */
class BoxGrid {
	readonly #cells = new Map<string, number[]>();
	readonly #everywhere: number[] = [];
	#seen = new Uint32Array(64);
	#stamp = 0;

	constructor(
		readonly cell: number,
		readonly gap: number
	) {}

	#span(b: Rect): [number, number, number, number] {
		const { cell, gap } = this;
		return [
			Math.floor((b.x1 - gap) / cell),
			Math.floor((b.y1 - gap) / cell),
			Math.floor((b.x2 + gap) / cell),
			Math.floor((b.y2 + gap) / cell)
		];
	}

	#each(b: Rect, f: (list: number[] | undefined, key: string) => void): boolean {
		const [x1, y1, x2, y2] = this.#span(b);
		if ((x2 - x1 + 1) * (y2 - y1 + 1) > 64) return false;
		for (let x = x1; x <= x2; x++)
			for (let y = y1; y <= y2; y++) f(this.#cells.get(`${x},${y}`), `${x},${y}`);
		return true;
	}

	add(j: number, b: Rect) {
		if (j >= this.#seen.length) {
			const grown = new Uint32Array(Math.max(j + 1, this.#seen.length * 2));
			grown.set(this.#seen);
			this.#seen = grown;
		}
		const placed = this.#each(b, (list, key) => {
			if (list) list.push(j);
			else this.#cells.set(key, [j]);
		});
		if (!placed) this.#everywhere.push(j);
	}

	remove(j: number, b: Rect) {
		const drop = (list: number[] | undefined) => {
			const at = list?.indexOf(j) ?? -1;
			if (at >= 0) list!.splice(at, 1);
		};
		if (!this.#each(b, drop)) drop(this.#everywhere);
	}

	visit(b: Rect, f: (j: number) => void) {
		const stamp = ++this.#stamp;
		for (const j of this.#everywhere) f(j);
		const once = (list: number[] | undefined) => {
			for (const j of list ?? []) {
				if (this.#seen[j] === stamp) continue;
				this.#seen[j] = stamp;
				f(j);
			}
		};
		// A box spanning many cells may meet any box: every cell is visited.
		if (!this.#each(b, once)) for (const list of this.#cells.values()) once(list);
	}
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
