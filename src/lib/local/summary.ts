/**
 * What the list of maps shows, read from the map's graph.json without the
 * checker: a map being drafted may not pass it yet, and still has counts.
 */
import type { LocalMap, LocalMapSummary, MapFiles } from './types';

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

function parseGraph(files: MapFiles): Loose {
	try {
		const graph: unknown = JSON.parse(files.graph);
		return isObject(graph) ? graph : {};
	} catch {
		return {};
	}
}

/** The article's title as graph.json gives it, or null when it has none. */
export function graphTitle(files: MapFiles): string | null {
	const source = parseGraph(files).source;
	const title = isObject(source) ? source.title : null;
	return typeof title === 'string' && title.trim() ? title.trim() : null;
}

export function summarize(map: LocalMap): LocalMapSummary {
	const graph = parseGraph(map.files);
	const nodes = list(graph.nodes);
	const edges = list(graph.edges);
	const passages = [...nodes, ...edges].reduce<number>(
		(n, element) => n + (isObject(element) ? list(element.evidence).length : 0),
		0
	);
	return {
		id: map.id,
		slug: map.slug,
		title: map.title,
		changed: map.changed,
		nodes: nodes.length,
		edges: edges.length,
		passages
	};
}
