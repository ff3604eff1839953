/**
 * The table view's rows: which nodes and relations the view's filters and a
 * text filter let through, in the order a column sort asks for. Pure
 * functions: no Svelte, no DOM.
 */
import type { DatasetEdge, DatasetNode } from '../graph/dataset';
import { fold } from '../graph/search';
import type { GraphIndex } from '../graph/traversal';
import { nodeTypeNames, relationNames } from '../graph/vocabulary';
import type { View } from './view';

export const nodeColumns = ['name', 'type', 'relations', 'passages'] as const;
export type NodeColumn = (typeof nodeColumns)[number];
export const edgeColumns = ['from', 'relation', 'to', 'stance', 'passages'] as const;
export type EdgeColumn = (typeof edgeColumns)[number];

export { toggleSort, type Direction, type Sort } from './table-sort';
import type { Direction, Sort } from './table-sort';

type Key = string | number;
const compare = (a: Key, b: Key) =>
	typeof a === 'number' && typeof b === 'number'
		? a - b
		: String(a).localeCompare(String(b), 'en', { sensitivity: 'base', numeric: true });

/** Sorted copy of `rows` by `key`; ties keep the dataset's order. */
function sortBy<T>(rows: readonly T[], key: (row: T) => Key, direction: Direction): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, order) => ({ row, order, key: key(row) }))
		.sort((a, b) => sign * compare(a.key, b.key) || a.order - b.order)
		.map((r) => r.row);
}

const matches = (query: string, texts: readonly string[]) => {
	const q = fold(query.trim());
	return !q || texts.some((t) => fold(t).includes(q));
};

const passageTexts = (element: DatasetNode | DatasetEdge) => element.passages.map((p) => p.exact);

/** Nodes shown by the view's type filter and matching `query`, sorted. */
export function nodeRows(
	index: GraphIndex,
	view: Pick<View, 'hiddenTypes'>,
	query: string,
	sort: Sort<NodeColumn>
): DatasetNode[] {
	const rows = [...index.nodes.values()].filter(
		(n) =>
			!view.hiddenTypes.includes(n.type) &&
			matches(query, [n.label, ...(n.aliases ?? []), n.summary, ...passageTexts(n)])
	);
	const key: Record<NodeColumn, (n: DatasetNode) => Key> = {
		name: (n) => n.label,
		type: (n) => nodeTypeNames[n.type],
		relations: (n) => index.incident.get(n.id)?.length ?? 0,
		passages: (n) => n.passages.length
	};
	return sortBy(rows, key[sort.column], sort.direction);
}

/** Relations shown by the view's stance and type filters and matching `query`, sorted. */
export function edgeRows(
	index: GraphIndex,
	view: Pick<View, 'hiddenTypes' | 'hiddenStances'>,
	query: string,
	sort: Sort<EdgeColumn>
): DatasetEdge[] {
	const label = (id: string) => index.nodes.get(id)?.label ?? id;
	const shown = (id: string) => {
		const node = index.nodes.get(id);
		return !!node && !view.hiddenTypes.includes(node.type);
	};
	const rows = [...index.edges.values()].filter(
		(e) =>
			!view.hiddenStances.includes(e.stance) &&
			shown(e.source) &&
			shown(e.target) &&
			matches(query, [
				label(e.source),
				label(e.target),
				e.label,
				relationNames[e.relation],
				...passageTexts(e)
			])
	);
	const key: Record<EdgeColumn, (e: DatasetEdge) => Key> = {
		from: (e) => label(e.source),
		relation: (e) => e.label,
		to: (e) => label(e.target),
		stance: (e) => e.stance,
		passages: (e) => e.passages.length
	};
	return sortBy(rows, key[sort.column], sort.direction);
}
