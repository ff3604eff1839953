import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGEXF } from '../../src/lib/graph/export/gexf';
import { typeColour } from '../../src/lib/cytoscape/scales';
import { symmetricRelations } from '../../src/lib/graph/vocabulary';
import type { Dataset } from '../../src/lib/graph/dataset';
import { bundled, diagonal, hostileClean, look, withHostileText } from './export-fixtures';

type Attribute = { '@_id': string; '@_title': string; '@_type': string };
type Values = { attvalue: { '@_for': string; '@_value': string }[] };
type Node = {
	'@_id': string;
	'@_label': string;
	attvalues: Values;
	'viz:position': Record<string, string>;
	'viz:color': Record<string, string>;
};
type Edge = {
	'@_id': string;
	'@_source': string;
	'@_target': string;
	'@_label': string;
	'@_type'?: string;
	'@_kind': string;
	attvalues: Values;
};

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	// Numeric character references (&#10;) are only decoded with htmlEntities on.
	htmlEntities: true,
	isArray: (name) => ['attributes', 'attribute', 'node', 'edge', 'attvalue'].includes(name)
});

function parse(dataset: Dataset) {
	const text = toGEXF(dataset, diagonal(dataset), look);
	expect(XMLValidator.validate(text)).toBe(true);
	const doc = parser.parse(text).gexf;
	const graph = doc.graph;
	const values = (v: Values) =>
		Object.fromEntries(v.attvalue.map((a) => [a['@_for'], a['@_value']]));
	return {
		text,
		doc,
		graph,
		nodes: graph.nodes.node as Node[],
		edges: graph.edges.edge as Edge[],
		values
	};
}

describe('toGEXF', () => {
	const dataset = bundled();
	const { doc, graph, nodes, edges, values } = parse(dataset);

	it('is GEXF 1.3 with the viz namespace', () => {
		expect(doc['@_version']).toBe('1.3');
		expect(doc['@_xmlns']).toBe('http://gexf.net/1.3');
		expect(doc['@_xmlns:viz']).toBe('http://gexf.net/1.3/viz');
		expect(doc.meta.description).toMatch(/^Source: Reaffirming alliance.*Made with Evidence Map$/);
	});

	it('holds every node and every edge, with their ids, ends and counts', () => {
		expect(nodes.map((n) => [n['@_id'], n['@_label']])).toEqual(
			dataset.nodes.map((n) => [n.id, n.label])
		);
		expect(edges.map((e) => [e['@_id'], e['@_source'], e['@_target'], e['@_label']])).toEqual(
			dataset.edges.map((e) => [e.id, e.source, e.target, e.label])
		);
		expect(graph.nodes['@_count']).toBe(String(dataset.nodes.length));
		expect(graph.edges['@_count']).toBe(String(dataset.edges.length));
	});

	it('declares the node and edge columns with their types', () => {
		const declared = (graph.attributes as { '@_class': string; attribute: Attribute[] }[]).flatMap(
			(a) => a.attribute.map((x) => `${a['@_class']} ${x['@_id']} ${x['@_type']}`)
		);
		expect(declared).toEqual(
			expect.arrayContaining([
				'node type string',
				'node kind string',
				'node summary string',
				'node passages integer',
				'edge relation string',
				'edge stance string',
				'edge assertedBy string',
				'edge passages integer'
			])
		);
	});

	it("gives each node its columns, position and its type's colour", () => {
		const positions = diagonal(dataset);
		dataset.nodes.forEach((node, i) => {
			const element = nodes[i]!;
			expect(values(element.attvalues)).toMatchObject({
				type: node.type,
				summary: node.summary,
				passages: String(node.passages.length)
			});
			const { x, y } = positions[node.id]!;
			expect(element['viz:position']).toMatchObject({
				'@_x': String(x),
				'@_y': String(y === 0 ? 0 : -y)
			});
			const hex = typeColour(node.type).slice(1);
			const [r, g, b] = [0, 2, 4].map((k) => String(parseInt(hex.slice(k, k + 2), 16)));
			expect(element['viz:color']).toEqual({ '@_r': r, '@_g': g, '@_b': b });
		});
	});

	it('is directed by default, with each symmetric relation marked undirected', () => {
		expect(graph['@_defaultedgetype']).toBe('directed');
		dataset.edges.forEach((edge, i) => {
			const symmetric = symmetricRelations.includes(edge.relation);
			expect(edges[i]!['@_type']).toBe(symmetric ? 'undirected' : undefined);
			expect(edges[i]!['@_kind']).toBe(edge.relation);
			expect(values(edges[i]!.attvalues)).toMatchObject({
				relation: edge.relation,
				stance: edge.stance,
				assertedBy: edge.assertedBy.by,
				passages: String(edge.passages.length)
			});
		});
	});

	it('carries every passage of each node and edge in the article’s words, one a line', () => {
		const quotes = (passages: { exact: string }[], value: string | undefined) => {
			const lines = (value ?? '').split('\n');
			expect(lines).toHaveLength(passages.length);
			passages.forEach((p, k) => expect(lines[k]!.startsWith(`“${p.exact}” (`)).toBe(true));
		};
		dataset.nodes.forEach((node, i) => quotes(node.passages, values(nodes[i]!.attvalues).quotes));
		dataset.edges.forEach((edge, i) => quotes(edge.passages, values(edges[i]!.attvalues).quotes));
	});

	it('escapes markup and quotes and drops control characters', () => {
		const parsed = parse(withHostileText());
		expect(['\u0001', '\u0008'].some((c) => parsed.text.includes(c))).toBe(false);
		expect(parsed.nodes[0]!['@_label']).toBe(hostileClean);
		expect(parsed.edges[0]!['@_label']).toBe(hostileClean);
		expect(parsed.values(parsed.nodes[0]!.attvalues).summary).toBe(`${hostileClean}\nsecond line`);
	});
});
