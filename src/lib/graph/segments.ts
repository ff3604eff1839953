/**
 * The article cut into segments at every passage boundary, each with the
 * elements whose passages cover it: what the reader marks, and what a click
 * on a passage selects.
 */
import type { Dataset, ElementRef, Passage } from './dataset';
import { lowerBound } from './sorted';

/** A stretch of the article and the elements whose passages cover all of it. */
export interface Segment {
	start: number;
	end: number;
	elements: ElementRef[];
}

/**
 * Cuts [start, end) of the article at every passage boundary, so that each
 * segment is covered by one fixed set of elements (possibly none).
 */
export function segmentText(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	start: number,
	end: number
): Segment[] {
	const covering: Covering[] = [];
	eachPassage(dataset, (passage, ref) => {
		if (passage.end > start && passage.start < end) covering.push({ passage, ref });
	});
	return cut(covering, start, end);
}

/**
 * `segmentText` for each of `ranges` (the article's blocks), in one pass over
 * the passages instead of one per range: the reader of a 10,000-node graph
 * has thousands of blocks and tens of thousands of passages.
 */
export function segmentRanges(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	ranges: readonly { start: number; end: number }[]
): Segment[][] {
	const buckets: Covering[][] = ranges.map(() => []);
	const order = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start);
	eachPassage(dataset, (passage, ref) => {
		// The first range that ends after the passage starts, then every one it reaches into.
		const lo = lowerBound(order, (range) => range.end <= passage.start);
		for (let k = lo; k < order.length && order[k]!.start < passage.end; k++) {
			if (order[k]!.end > passage.start) buckets[order[k]!.i]!.push({ passage, ref });
		}
	});
	return ranges.map((r, i) => cut(buckets[i]!, r.start, r.end));
}

/**
 * `next`, with each range's segments replaced by `previous`'s where they are the same: an edit
 * of the map changes the marks of a few blocks, and the reader redraws only those.
 */
export function keepUnchanged(
	previous: readonly Segment[][] | undefined,
	next: Segment[][]
): Segment[][] {
	if (!previous) return next;
	return next.map((segments, i) => {
		const old = previous[i];
		return old && sameSegments(old, segments) ? old : segments;
	});
}

function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
	return (
		a.length === b.length &&
		a.every((s, i) => {
			const t = b[i]!;
			return (
				s.start === t.start &&
				s.end === t.end &&
				s.elements.length === t.elements.length &&
				s.elements.every((r, k) => r.kind === t.elements[k]!.kind && r.id === t.elements[k]!.id)
			);
		})
	);
}

type Covering = { passage: Passage; ref: ElementRef };

/** Every passage with its element: nodes first, then edges, each in dataset order. */
function eachPassage(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	visit: (passage: Passage, ref: ElementRef) => void
) {
	for (const n of dataset.nodes) for (const p of n.passages) visit(p, { kind: 'node', id: n.id });
	for (const e of dataset.edges) for (const p of e.passages) visit(p, { kind: 'edge', id: e.id });
}

function cut(covering: Covering[], start: number, end: number): Segment[] {
	const cuts = new Set([start, end]);
	for (const { passage } of covering) {
		cuts.add(Math.max(start, passage.start));
		cuts.add(Math.min(end, passage.end));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const s = points[i]!;
		const e = points[i + 1]!;
		const elements = covering
			.filter(({ passage }) => passage.start <= s && passage.end >= e)
			.map(({ ref }) => ref);
		segments.push({ start: s, end: e, elements: dedupe(elements) });
	}
	return segments;
}

function dedupe(refs: ElementRef[]): ElementRef[] {
	const seen = new Set<string>();
	return refs.filter((r) => {
		const key = `${r.kind}:${r.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every element with a passage overlapping [start, end). */
export function elementsAt(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	start: number,
	end: number
): ElementRef[] {
	return dedupe(segmentText(dataset, start, end).flatMap((s) => s.elements));
}
