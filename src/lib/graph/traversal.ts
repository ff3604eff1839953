/**
 * Walking the graph: each node's edges, who is next to whom, and the shortest
 * chain of relations between two nodes.
 */
import type { Dataset, DatasetEdge, DatasetNode } from './dataset';

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
