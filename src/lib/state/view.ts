/**
 * The explorer's view, as a value: what is selected, focused, traced and
 * filtered. Parsed from and written to the URL's query string, so every view
 * is a link. Pure functions: no Svelte, no DOM.
 */
import type { GraphIndex } from '../graph/traversal';
import { nodeTypes, stances, type NodeType, type Stance } from '../graph/vocabulary';

export interface View {
	node: string | null;
	edge: string | null;
	/** Node whose neighbourhood is shown, the rest dimmed. */
	focus: string | null;
	depth: 1 | 2;
	path: [string, string] | null;
	hiddenTypes: NodeType[];
	hiddenStances: Stance[];
}

export const emptyView: View = {
	node: null,
	edge: null,
	focus: null,
	depth: 1,
	path: null,
	hiddenTypes: [],
	hiddenStances: []
};

/** Whether the view shows the whole graph as it is: nothing selected, focused, traced or hidden. */
export function isPlainView(view: View): boolean {
	return (
		!view.node &&
		!view.edge &&
		!view.focus &&
		!view.path &&
		view.hiddenTypes.length === 0 &&
		view.hiddenStances.length === 0
	);
}

const listParam = (value: string | null) =>
	(value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** A value from the address, cut short, its invisible and direction-changing characters shown as codes. */
const short = (s: string) =>
	(s.length > 40 ? `${s.slice(0, 40)}…` : s).replace(
		// eslint-disable-next-line no-control-regex -- control characters are what it looks for
		/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
		(c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`
	);

/** “a”, “b”, “c” and 12 more: a message stays short however long the address is. */
const quoteList = (items: string[], max = 3) => {
	const shown = items.slice(0, max).map((s) => `“${short(s)}”`);
	return items.length > max
		? `${shown.join(', ')} and ${items.length - max} more`
		: shown.join(', ');
};

/**
 * Two ids of this graph to show in a message about ?path=: the two ends of a relation, so the
 * example draws a path, starting from a node the reader named when one is real. Null for a graph
 * with no two nodes to name.
 */
function pathExample(
	asked: readonly string[],
	index: Pick<GraphIndex, 'nodes' | 'edges'>
): [string, string] | null {
	const edges = [...index.edges.values()].filter((e) => e.source !== e.target);
	for (const id of asked) {
		const edge = edges.find((e) => e.source === id || e.target === id);
		if (edge) return [id, edge.source === id ? edge.target : edge.source];
	}
	if (edges[0]) return [edges[0].source, edges[0].target];
	const [a, b] = index.nodes.keys();
	return a && b ? [a, b] : null;
}

/** The address's renderer choice (`?renderer=webgl`), carried into a view's query string. */
export function keepRenderer(query: string, current: string): string {
	const renderer = new URLSearchParams(current).get('renderer');
	// A query made from the current one (the table's sort) carries it already.
	if (!renderer || new URLSearchParams(query).has('renderer')) return query;
	return `${query}${query ? '&' : '?'}renderer=${encodeURIComponent(renderer)}`;
}

/** One spelling per query string (`?a=1,2` and `a=1%2C2` alike), so equal views compare equal. */
export const normalizeQuery = (query: string) => new URLSearchParams(query).toString();

/** parseView of a query string. */
export const parseQuery = (query: string, index: Pick<GraphIndex, 'nodes' | 'edges'>) =>
	parseView(new URLSearchParams(query), index);

/**
 * Reads a view from query parameters. Anything that names no element or value
 * is dropped, with a message saying so; the rest of the view still applies.
 */
export function parseView(
	params: URLSearchParams,
	index: Pick<GraphIndex, 'nodes' | 'edges'>
): { view: View; messages: string[] } {
	const messages: string[] = [];
	const nodeId = (param: string) => {
		const id = params.get(param);
		if (id === null || id === '') return null;
		if (index.nodes.has(id)) return id;
		messages.push(`There is no node “${short(id)}” in this graph (from ?${param}=).`);
		return null;
	};
	const view: View = { ...emptyView, node: nodeId('node'), focus: nodeId('focus') };

	const edge = params.get('edge');
	if (edge) {
		if (index.edges.has(edge)) view.edge = edge;
		else messages.push(`There is no relation “${short(edge)}” in this graph (from ?edge=).`);
	}
	// Depth only means something with a focus (and is only written with one).
	if (params.get('depth') === '2' && view.focus) view.depth = 2;

	const path = params.get('path');
	if (path !== null && path !== '') {
		const ends = listParam(path);
		const unknown = ends.filter((id) => !index.nodes.has(id));
		if (ends.length !== 2) {
			const example = pathExample(ends, index);
			messages.push(
				`A path needs exactly two nodes${example ? `, like ?path=${example.join(',')}` : ''}.`
			);
		} else if (unknown.length) {
			messages.push(
				`There is no node ${unknown.map((id) => `“${short(id)}”`).join(' or ')} in this graph (from ?path=).`
			);
		} else view.path = [ends[0]!, ends[1]!];
	}

	const pick = <T extends string>(param: string, values: readonly T[], what: string): T[] => {
		const asked = listParam(params.get(param));
		const bad = asked.filter((v) => !values.includes(v as T));
		if (bad.length) {
			messages.push(`Unknown ${what} ${quoteList(bad)} ignored; known: ${values.join(', ')}.`);
		}
		return values.filter((v) => asked.includes(v));
	};
	view.hiddenTypes = pick('hide', nodeTypes, 'node type');
	view.hiddenStances = pick('hideStance', stances, 'stance');

	if (view.node && view.edge) view.edge = null;
	return { view, messages };
}

/** Writes a view as a query string ('' for the empty view), in a stable order. */
export function serializeView(view: View): string {
	const params = new URLSearchParams();
	if (view.node) params.set('node', view.node);
	if (view.edge) params.set('edge', view.edge);
	if (view.focus) params.set('focus', view.focus);
	if (view.focus && view.depth === 2) params.set('depth', '2');
	if (view.path) params.set('path', view.path.join(','));
	if (view.hiddenTypes.length) params.set('hide', view.hiddenTypes.join(','));
	if (view.hiddenStances.length) params.set('hideStance', view.hiddenStances.join(','));
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
