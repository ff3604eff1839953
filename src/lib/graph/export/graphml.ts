/**
 * GraphML (graphml.graphdrawing.org, 1.0) for Gephi and Cytoscape desktop.
 * Every column is a <key> with attr.name and attr.type, which is how both
 * programs name and type their columns; Gephi also reads the keys named
 * label, x, y, r, g and b as the node's label, position and colour.
 */
import type { Dataset, Positions } from '../dataset';
import type { NodeType } from '../vocabulary';
import { edgeFields, exportPosition, isDirected, nodeFields, rgb, type FieldType } from './fields';
import { sourceLine } from './source-line';
import { xml } from './xml';

export interface GraphMLOptions {
	/** The fill colour of a node type, as #rrggbb. */
	nodeColour: (type: NodeType) => string;
}

const attrType: Record<FieldType, string> = {
	string: 'string',
	integer: 'int',
	double: 'double',
	boolean: 'boolean'
};

interface Key {
	id: string;
	for: 'graph' | 'node' | 'edge';
	name: string;
	type: FieldType;
}

export function toGraphML(dataset: Dataset, positions: Positions, options: GraphMLOptions): string {
	// Key ids are prefixed by their domain: one name (label, passages) can be a node and an edge column.
	const graphKeys: Key[] = ['title', 'outlet', 'authors', 'published', 'url', 'source'].map(
		(name) => ({ id: `g-${name}`, for: 'graph', name, type: 'string' })
	);
	const nodeKeys: Key[] = [
		{ id: 'n-label', for: 'node', name: 'label', type: 'string' },
		...nodeFields.map((f): Key => ({ id: `n-${f.name}`, for: 'node', name: f.name, type: f.type })),
		...(['x', 'y'] as const).map((name): Key => ({
			id: `n-${name}`,
			for: 'node',
			name,
			type: 'double'
		})),
		...(['r', 'g', 'b'] as const).map((name): Key => ({
			id: `n-${name}`,
			for: 'node',
			name,
			type: 'integer'
		}))
	];
	const edgeKeys: Key[] = [
		{ id: 'e-label', for: 'edge', name: 'label', type: 'string' },
		...edgeFields.map((f): Key => ({ id: `e-${f.name}`, for: 'edge', name: f.name, type: f.type })),
		// Cytoscape desktop ignores the edge's own `directed` flag; a column lets it style arrows.
		{ id: 'e-directed', for: 'edge', name: 'directed', type: 'boolean' }
	];

	const data = (key: string, value: string | number | boolean | undefined, indent: string) =>
		value === undefined ? [] : [`${indent}<data key="${key}">${xml(value)}</data>`];
	const { source } = dataset;

	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
		...[...graphKeys, ...nodeKeys, ...edgeKeys].map(
			(k) =>
				`\t<key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${attrType[k.type]}"/>`
		),
		`\t<graph id="${xml(dataset.slug)}" edgedefault="directed">`,
		...data('g-title', source.title, '\t\t'),
		...data('g-outlet', source.outlet, '\t\t'),
		...data('g-authors', source.authors.join('; '), '\t\t'),
		...data('g-published', source.published, '\t\t'),
		...data('g-url', source.url, '\t\t'),
		...data('g-source', sourceLine(source), '\t\t')
	];
	for (const node of dataset.nodes) {
		const { x, y } = exportPosition(positions, node.id);
		const { r, g, b } = rgb(options.nodeColour(node.type));
		lines.push(
			`\t\t<node id="${xml(node.id)}">`,
			...data('n-label', node.label, '\t\t\t'),
			...nodeFields.flatMap((f) => data(`n-${f.name}`, f.value(node), '\t\t\t')),
			...data('n-x', x, '\t\t\t'),
			...data('n-y', y, '\t\t\t'),
			...data('n-r', r, '\t\t\t'),
			...data('n-g', g, '\t\t\t'),
			...data('n-b', b, '\t\t\t'),
			'\t\t</node>'
		);
	}
	for (const edge of dataset.edges) {
		const directed = isDirected(edge);
		lines.push(
			`\t\t<edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}" directed="${directed}">`,
			...data('e-label', edge.label, '\t\t\t'),
			...edgeFields.flatMap((f) => data(`e-${f.name}`, f.value(edge), '\t\t\t')),
			...data('e-directed', directed, '\t\t\t'),
			'\t\t</edge>'
		);
	}
	lines.push('\t</graph>', '</graphml>', '');
	return lines.join('\n');
}
