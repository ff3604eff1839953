/** The drafts of a map, in the order a reader meets them in the article. */
import type { Dataset, ElementRef } from '../graph/dataset';

export function draftsInReadingOrder(dataset: Pick<Dataset, 'nodes' | 'edges'>): ElementRef[] {
	const at = (passages: { start: number }[]) => passages[0]?.start ?? Infinity;
	return [
		...dataset.nodes
			.filter((n) => n.status === 'draft')
			.map((n) => ({ ref: { kind: 'node', id: n.id } as const, at: at(n.passages), order: 0 })),
		...dataset.edges
			.filter((e) => e.status === 'draft')
			.map((e) => ({ ref: { kind: 'edge', id: e.id } as const, at: at(e.passages), order: 1 }))
	]
		.sort((a, b) => a.at - b.at || a.order - b.order)
		.map((d) => d.ref);
}

/** The element a checker problem's path (`nodes[3].summary`) points at in the map, if any. */
export function problemTarget(
	path: string,
	graph: { nodes: { id: unknown }[]; edges: { id: unknown }[] }
): ElementRef | null {
	const m = /^(nodes|edges)\[(\d+)\]/.exec(path);
	if (!m) return null;
	const list = m[1] === 'nodes' ? graph.nodes : graph.edges;
	const id = list[Number(m[2])]?.id;
	return typeof id === 'string' ? { kind: m[1] === 'nodes' ? 'node' : 'edge', id } : null;
}
