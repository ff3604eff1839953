/**
 * GEXF 1.3 (gexf.net) for Gephi and Gephi Lite: the graph is directed by
 * default and each symmetric relation is marked undirected; positions and
 * colours go in the viz namespace, every other column in <attributes>.
 */
import type { Dataset, Positions } from '../dataset';
import type { NodeType } from '../vocabulary';
import { edgeFields, exportPosition, isDirected, nodeFields, rgb, type Field } from './fields';
import { sourceLine } from './source-line';
import { xml } from './xml';

export interface GEXFOptions {
	/** The fill colour of a node type, as #rrggbb. */
	nodeColour: (type: NodeType) => string;
}

function declare<T>(kind: 'node' | 'edge', fields: Field<T>[]): string[] {
	return [
		`\t\t<attributes class="${kind}">`,
		...fields.map((f) => `\t\t\t<attribute id="${f.name}" title="${f.name}" type="${f.type}"/>`),
		'\t\t</attributes>'
	];
}

function values<T>(fields: Field<T>[], element: T): string[] {
	const set = fields.flatMap((f) => {
		const value = f.value(element);
		return value === undefined
			? []
			: [`\t\t\t\t\t<attvalue for="${f.name}" value="${xml(value)}"/>`];
	});
	return set.length ? ['\t\t\t\t<attvalues>', ...set, '\t\t\t\t</attvalues>'] : [];
}

export function toGEXF(dataset: Dataset, positions: Positions, options: GEXFOptions): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
		'\t<meta>',
		'\t\t<creator>Evidence Map</creator>',
		`\t\t<description>${xml(sourceLine(dataset.source))}</description>`,
		'\t</meta>',
		'\t<graph mode="static" defaultedgetype="directed">',
		...declare('node', nodeFields),
		...declare('edge', edgeFields),
		`\t\t<nodes count="${dataset.nodes.length}">`
	];
	for (const node of dataset.nodes) {
		const { x, y } = exportPosition(positions, node.id);
		const { r, g, b } = rgb(options.nodeColour(node.type));
		lines.push(
			`\t\t\t<node id="${xml(node.id)}" label="${xml(node.label)}">`,
			...values(nodeFields, node),
			`\t\t\t\t<viz:position x="${x}" y="${y}" z="0"/>`,
			`\t\t\t\t<viz:color r="${r}" g="${g}" b="${b}"/>`,
			'\t\t\t</node>'
		);
	}
	lines.push('\t\t</nodes>', `\t\t<edges count="${dataset.edges.length}">`);
	for (const edge of dataset.edges) {
		// `kind` keeps two relations between the same pair apart: Gephi merges parallel edges of one kind.
		const type = isDirected(edge) ? '' : ' type="undirected"';
		lines.push(
			`\t\t\t<edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}"${type} label="${xml(edge.label)}" kind="${xml(edge.relation)}">`,
			...values(edgeFields, edge),
			'\t\t\t</edge>'
		);
	}
	lines.push('\t\t</edges>', '\t</graph>', '</gexf>', '');
	return lines.join('\n');
}
