/**
 * Questions asked of a checked dataset: who is next to whom, how two nodes
 * connect, and which elements a stretch of the article supports.
 */
import type { Dataset, DatasetEdge, DatasetNode, Passage } from './dataset';

export type ElementRef = { kind: 'node' | 'edge'; id: string };

export interface GraphIndex {
	nodes: Map<string, DatasetNode>;
	edges: Map<string, DatasetEdge>;
	/** Edges touching each node, in dataset order. */
	incident: Map<string, DatasetEdge[]>;
}

export function indexGraph(dataset: Pick<Dataset, 'nodes' | 'edges'>): GraphIndex {
	const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
	const edges = new Map(dataset.edges.map((e) => [e.id, e]));
	const incident = new Map<string, DatasetEdge[]>(dataset.nodes.map((n) => [n.id, []]));
	for (const edge of dataset.edges) {
		incident.get(edge.source)?.push(edge);
		if (edge.target !== edge.source) incident.get(edge.target)?.push(edge);
	}
	return { nodes, edges, incident };
}

/** The node at the other end of `edge` from `id`. */
export const otherEnd = (edge: DatasetEdge, id: string) =>
	edge.source === id ? edge.target : edge.source;

/** Nodes and edges within `depth` steps of `id`, edges followed in either direction. */
export function neighbourhood(
	index: GraphIndex,
	id: string,
	depth: number
): { nodes: Set<string>; edges: Set<string> } {
	const nodes = new Set<string>([id]);
	const edges = new Set<string>();
	let frontier = [id];
	for (let step = 0; step < depth; step++) {
		const next: string[] = [];
		for (const current of frontier) {
			for (const edge of index.incident.get(current) ?? []) {
				edges.add(edge.id);
				const other = otherEnd(edge, current);
				if (!nodes.has(other)) {
					nodes.add(other);
					next.push(other);
				}
			}
		}
		frontier = next;
	}
	// Edges between two nodes already in the neighbourhood belong to it too.
	for (const edge of index.edges.values()) {
		if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
	}
	return { nodes, edges };
}

export interface PathStep {
	edge: DatasetEdge;
	from: string;
	to: string;
}

/**
 * A shortest path from `from` to `to` (edges followed in either direction),
 * as the steps along it; [] when from = to; null when they are not connected.
 * Ties break by dataset order, so the same path comes back every time.
 */
export function shortestPath(index: GraphIndex, from: string, to: string): PathStep[] | null {
	if (!index.nodes.has(from) || !index.nodes.has(to)) return null;
	const via = new Map<string, PathStep | null>([[from, null]]);
	const queue = [from];
	for (let head = 0; head < queue.length && !via.has(to); head++) {
		const current = queue[head]!;
		for (const edge of index.incident.get(current) ?? []) {
			const next = otherEnd(edge, current);
			if (via.has(next)) continue;
			via.set(next, { edge, from: current, to: next });
			queue.push(next);
		}
	}
	if (!via.has(to)) return null;
	const steps: PathStep[] = [];
	for (let step = via.get(to); step; step = via.get(step.from)) steps.unshift(step);
	return steps;
}

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
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (order[mid]!.end <= passage.start) lo = mid + 1;
			else hi = mid;
		}
		for (let k = lo; k < order.length && order[k]!.start < passage.end; k++) {
			if (order[k]!.end > passage.start) buckets[order[k]!.i]!.push({ passage, ref });
		}
	});
	return ranges.map((r, i) => cut(buckets[i]!, r.start, r.end));
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

/** Labels and aliases matching `query` (case- and accent-insensitive), best first. */
export function searchNodes(
	nodes: readonly DatasetNode[],
	query: string,
	limit = 8
): DatasetNode[] {
	const q = fold(query.trim());
	if (!q) return [];
	const words = q.split(/\s+/);
	const scored: { node: DatasetNode; score: number }[] = [];
	nodes.forEach((node, order) => {
		let best = Infinity;
		for (const name of [node.label, ...(node.aliases ?? [])]) {
			const f = fold(name);
			// Every occurrence counts: "art" is a word start in "Smart art" even though it first appears mid-word.
			for (const at of occurrencesOf(f, q)) {
				const wordStart = at === 0 || /[\s\-–(“"'.]/.test(f[at - 1] ?? '');
				best = Math.min(best, (at === 0 ? 0 : wordStart ? 1 : 2) * 1000 + f.length + order / 1000);
			}
		}
		// Every word typed found at the start of a word of the name ("2024 election" finds
		// "2024 U.S. election"), ranked after whole-phrase matches.
		if (best === Infinity && words.length > 1) {
			for (const name of [node.label, ...(node.aliases ?? [])]) {
				const nameWords = fold(name).split(/[\s\-–(“"']+/);
				if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) {
					best = Math.min(best, 3000 + name.length + order / 1000);
				}
			}
		}
		if (best < Infinity) scored.push({ node, score: best });
	});
	return scored
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((s) => s.node);
}

/**
 * Lowercase, with accents, typographic quotes and abbreviation dots removed,
 * for matching what people type ("us" finds "U.S.").
 */
export const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/(?<!\p{L})(\p{L})\./gu, '$1')
		.replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
		.toLowerCase();

function occurrencesOf(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
		found.push(i);
	return found;
}
