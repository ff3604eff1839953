import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGraphML } from '../../src/lib/graph/export/graphml';
import { symmetricRelations } from '../../src/lib/graph/vocabulary';
import type { Dataset } from '../../src/lib/graph/dataset';
import { bundled, diagonal, hostileClean, look, withHostileText } from './export-fixtures';

type Data = { '@_key': string; '#text': string };
type Element = {
	'@_id': string;
	'@_source'?: string;
	'@_target'?: string;
	'@_directed'?: string;
	data: Data[];
};
type Key = { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string };

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	// Numeric character references (&#10;) are only decoded with htmlEntities on.
	htmlEntities: true,
	isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name)
});

function parse(dataset: Dataset) {
	const text = toGraphML(dataset, diagonal(dataset), look);
	expect(XMLValidator.validate(text)).toBe(true);
	const doc = parser.parse(text).graphml;
	const keys: Key[] = doc.key;
	const named = (element: Element, domain: string) =>
		Object.fromEntries(
			element.data.map((d) => [
				keys.find((k) => k['@_id'] === d['@_key'] && k['@_for'] === domain)!['@_attr.name'],
				d['#text']
			])
		);
	return {
		text,
		doc,
		keys,
		nodes: doc.graph.node as Element[],
		edges: doc.graph.edge as Element[],
		named
	};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('toGraphML', () => {
	const dataset = bundled();
	const { doc, keys, nodes, edges, named } = parse(dataset);

	it('holds every node and every edge, with their ids and ends', () => {
		expect(nodes.map((n) => n['@_id'])).toEqual(dataset.nodes.map((n) => n.id));
		expect(edges.map((e) => [e['@_id'], e['@_source'], e['@_target']])).toEqual(
			dataset.edges.map((e) => [e.id, e.source, e.target])
		);
	});

	it('declares each column once with attr.name and attr.type', () => {
		const declared = keys.map((k) => `${k['@_for']} ${k['@_attr.name']} ${k['@_attr.type']}`);
		expect(declared).toEqual(
			expect.arrayContaining([
				'node label string',
				'node type string',
				'node kind string',
				'node summary string',
				'node passages int',
				'node x double',
				'node y double',
				'edge label string',
				'edge relation string',
				'edge stance string',
				'edge assertedBy string',
				'edge passages int',
				'edge directed boolean'
			])
		);
		expect(new Set(keys.map((k) => k['@_id'])).size).toBe(keys.length);
		// Every data element refers to a key declared for its domain.
		for (const [element, domain] of [
			...nodes.map((n) => [n, 'node'] as const),
			...edges.map((e) => [e, 'edge'] as const)
		]) {
			for (const d of element.data)
				expect(keys.some((k) => k['@_id'] === d['@_key'] && k['@_for'] === domain)).toBe(true);
		}
	});

	it("writes each node's label, type, summary, passage count and position", () => {
		const positions = diagonal(dataset);
		dataset.nodes.forEach((node, i) => {
			const values = named(nodes[i]!, 'node');
			expect(values).toMatchObject({
				label: node.label,
				type: node.type,
				summary: node.summary,
				passages: String(node.passages.length),
				x: String(positions[node.id]!.x),
				// Negated: Gephi's y axis points up.
				y: String(positions[node.id]!.y === 0 ? 0 : -positions[node.id]!.y)
			});
			if (node.kind) expect(values.kind).toBe(node.kind);
			else expect(values).not.toHaveProperty('kind');
		});
	});

	it('carries every passage of each node and edge in the article’s words, one a line', () => {
		const lines = (value: string | undefined) => (value ?? '').split('\n');
		const quoted = (p: { exact: string; paragraph: number | null }) =>
			expect.stringMatching(new RegExp(`^“${escape(p.exact)}” \\(`));
		dataset.nodes.forEach((node, i) => {
			expect(lines(named(nodes[i]!, 'node').quotes)).toEqual(node.passages.map(quoted));
		});
		dataset.edges.forEach((edge, i) => {
			expect(lines(named(edges[i]!, 'edge').quotes)).toEqual(edge.passages.map(quoted));
		});
		const north = dataset.nodes.findIndex((n) => n.id === 'north-korea');
		const first = dataset.nodes[north]!.passages[0]!;
		expect(named(nodes[north]!, 'node').quotes).toContain(
			`“${first.exact}” (¶ ${first.paragraph})`
		);
	});

	it('is directed by default and marks each edge directed or not by its relation', () => {
		expect(doc.graph['@_edgedefault']).toBe('directed');
		dataset.edges.forEach((edge, i) => {
			const directed = String(!symmetricRelations.includes(edge.relation));
			expect(edges[i]!['@_directed']).toBe(directed);
			expect(named(edges[i]!, 'edge')).toMatchObject({
				label: edge.label,
				relation: edge.relation,
				stance: edge.stance,
				assertedBy: edge.assertedBy.by,
				passages: String(edge.passages.length),
				directed
			});
		});
		expect(edges.some((e) => e['@_directed'] === 'false')).toBe(true);
	});

	it('escapes markup and quotes and drops control characters', () => {
		const hostile = withHostileText();
		const parsed = parse(hostile);
		expect(['\u0001', '\u0008'].some((c) => parsed.text.includes(c))).toBe(false);
		expect(parsed.named(parsed.nodes[0]!, 'node').label).toBe(hostileClean);
		expect(parsed.named(parsed.edges[0]!, 'edge').label).toBe(hostileClean);
		expect(parsed.named(parsed.nodes[0]!, 'node').summary).toBe(`${hostileClean}\nsecond line`);
	});
});
