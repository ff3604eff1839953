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
	// One ref per element, shared by its passages: `cut` tells an element's passages apart from
	// another's by it.
	for (const n of dataset.nodes) {
		const ref: ElementRef = { kind: 'node', id: n.id };
		for (const p of n.passages) visit(p, ref);
	}
	for (const e of dataset.edges) {
		const ref: ElementRef = { kind: 'edge', id: e.id };
		for (const p of e.passages) visit(p, ref);
	}
}

/**
 * Cuts [start, end) at every boundary of `covering`'s passages; each segment lists the elements
 * whose passages cover it, in `covering`'s order, each once. One sweep from start to end: a
 * passage joins as the sweep reaches its start and leaves at its end (a block of a long article
 * holds dozens of passages, and the reader cuts every block at once).
 */
function cut(covering: Covering[], start: number, end: number): Segment[] {
	const from = covering.map(({ passage }) => Math.max(start, passage.start));
	const to = covering.map(({ passage }) => Math.min(end, passage.end));
	const points = [...new Set([start, end, ...from, ...to])].sort((a, b) => a - b);
	const byStart = covering.map((_, i) => i).sort((a, b) => from[a]! - from[b]! || a - b);
	const segments: Segment[] = [];
	let active: number[] = [];
	let next = 0;
	for (let i = 0; i + 1 < points.length; i++) {
		const s = points[i]!;
		while (next < byStart.length && from[byStart[next]!]! <= s) active.push(byStart[next++]!);
		// A passage covers [s, the next point) when it ends past s: no boundary lies between.
		active = active.filter((k) => to[k]! > s);
		const elements: ElementRef[] = [];
		for (const k of active.sort((a, b) => a - b)) {
			const ref = covering[k]!.ref;
			// An element's passages come one after another in `covering`, sharing its ref.
			if (elements.at(-1) !== ref) elements.push(ref);
		}
		segments.push({ start: s, end: points[i + 1]!, elements });
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
