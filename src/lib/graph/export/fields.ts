/**
 * The attributes the GraphML and GEXF exports give each node and edge, in one
 * table, so both formats carry the same columns under the same names.
 */
import type { DatasetEdge, DatasetNode, Passage, Positions } from '../dataset';
import { whereLabel } from '../../format';
import { symmetricRelations } from '../vocabulary';

export type FieldType = 'string' | 'integer' | 'double' | 'boolean';

export interface Field<T> {
	/** Column name in Gephi and Cytoscape; also the key/attribute id. */
	name: string;
	type: FieldType;
	/** The value, or undefined when the element has none (then nothing is written). */
	value(element: T): string | number | boolean | undefined;
}

const text = (s: string | undefined) => (s ? s : undefined);

/** Every passage in the article's words with where it stands, one a line: “…” (¶ 4). */
export const quotesOf = (passages: readonly Passage[]) =>
	text(passages.map((p) => `“${p.exact}” (${whereLabel(p)})`).join('\n'));

/** Node columns besides id, label and position, which each format writes its own way. */
export const nodeFields: Field<DatasetNode>[] = [
	{ name: 'type', type: 'string', value: (n) => n.type },
	{ name: 'kind', type: 'string', value: (n) => text(n.kind) },
	{ name: 'summary', type: 'string', value: (n) => n.summary },
	{ name: 'background', type: 'string', value: (n) => text(n.background) },
	{ name: 'aliases', type: 'string', value: (n) => text(n.aliases.join('; ')) },
	{ name: 'passages', type: 'integer', value: (n) => n.passages.length },
	{ name: 'quotes', type: 'string', value: (n) => quotesOf(n.passages) }
];

/** Edge columns besides id, source, target, label and direction. */
export const edgeFields: Field<DatasetEdge>[] = [
	{ name: 'relation', type: 'string', value: (e) => e.relation },
	{ name: 'stance', type: 'string', value: (e) => e.stance },
	{ name: 'assertedBy', type: 'string', value: (e) => e.assertedBy.by },
	{ name: 'assertedByActor', type: 'string', value: (e) => text(e.assertedBy.actor) },
	{ name: 'assertedByNote', type: 'string', value: (e) => text(e.assertedBy.note) },
	{ name: 'basis', type: 'string', value: (e) => e.basis },
	{ name: 'background', type: 'string', value: (e) => text(e.background) },
	{ name: 'passages', type: 'integer', value: (e) => e.passages.length },
	{ name: 'quotes', type: 'string', value: (e) => quotesOf(e.passages) }
];

/** Whether an edge reads one way only (drawn with an arrowhead). */
export const isDirected = (e: DatasetEdge) => !symmetricRelations.includes(e.relation);

/**
 * A node's position for Gephi, whose y axis points up where the screen's points
 * down: negating y keeps the picture the right way up after import.
 */
export function exportPosition(positions: Positions, id: string): { x: number; y: number } {
	const p = positions[id] ?? { x: 0, y: 0 };
	return { x: p.x, y: p.y === 0 ? 0 : -p.y };
}

/** "#0072B2" → { r: 0, g: 114, b: 178 }. */
export function rgb(hex: string): { r: number; g: number; b: number } {
	const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
