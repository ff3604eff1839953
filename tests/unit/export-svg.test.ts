import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { drawShown, type ShownGraph } from '../../src/lib/cytoscape/export-svg';
import { frameSvg } from '../../src/lib/cytoscape/export-frame-svg';
import { layoutFrame } from '../../src/lib/cytoscape/export-frame';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { sizeScale } from '../../src/lib/cytoscape/scales';
import { lightPalette } from '../../src/lib/cytoscape/palettes';
import { draftLook } from '../../src/lib/cytoscape/element-look';
import { sourceParts } from '../../src/lib/graph/export/source-line';
import { wrapLabel } from '../../src/lib/graph/label';
import type { Dataset } from '../../src/lib/graph/dataset';
import { bundled, hostile, hostileClean } from './export-fixtures';

/** A monospace stand-in for the browser's text measurement. */
const measure = (text: string, size: number) => text.length * size * 0.6;

/** Three nodes in a row and three relations, two of them between the same pair. */
const shown = (classes: Record<string, string[]> = {}): ShownGraph => ({
	nodes: [
		{ id: 'a', x: 0, y: 0, size: 30, type: 'actor', label: 'Alpha', classes: classes.a ?? [] },
		{ id: 'b', x: 200, y: 0, size: 20, type: 'concern', label: hostile, classes: classes.b ?? [] },
		{ id: 'c', x: 400, y: 100, size: 20, type: 'event', label: 'Gamma', classes: classes.c ?? [] }
	],
	edges: [
		{
			...{ id: 'a-b', source: 'a', target: 'b', stance: 'adversarial', directed: true },
			...{ label: 'threatens', classes: classes['a-b'] ?? [] }
		},
		{
			...{ id: 'b-a', source: 'b', target: 'a', stance: 'cooperative', directed: false },
			...{ label: 'talks with', classes: classes['b-a'] ?? [] }
		},
		{
			...{ id: 'b-c', source: 'b', target: 'c', stance: 'neutral', directed: true },
			...{ label: 'attends', classes: classes['b-c'] ?? [] }
		}
	]
});

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	processEntities: true,
	htmlEntities: true,
	isArray: (name) => ['g', 'path', 'text', 'tspan'].includes(name)
});

type El = Record<string, unknown> & { g?: El[]; path?: El[]; text?: El[]; tspan?: El[] };

/** The drawing as parsed XML: its relation groups, node shapes and labels, by id or text. */
function parse(graph: ShownGraph) {
	const drawn = drawShown(graph);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg">${drawn.svg}</svg>`;
	expect(XMLValidator.validate(svg)).toBe(true);
	const root = (parser.parse(svg) as { svg: El }).svg.g![0]!;
	const [relations, nodes, labels] = root.g!;
	const texts = [
		...(labels!.g ?? []).map((g) => ({
			...g,
			content: g.text!.map((t) => String(t['#text'])).join('\n')
		})),
		...(labels!.text ?? []).map((t) => ({ ...t, content: String(t['#text']) }))
	];
	return {
		drawn,
		relation: (id: string) => relations!.g!.find((g) => g['data-id'] === id),
		node: (id: string) => nodes!.path!.find((p) => p['data-id'] === id),
		label: (content: string) => texts.find((t) => t.content === content),
		texts: texts.map((t) => t.content)
	};
}

describe('drawShown', () => {
	it('draws every node with its label and every relation, and no relation label at rest', () => {
		const { node, relation, texts } = parse(shown());
		for (const id of ['a', 'b', 'c']) expect(node(id)).toBeDefined();
		for (const id of ['a-b', 'b-a', 'b-c']) expect(relation(id)).toBeDefined();
		expect(texts).toHaveLength(3);
		expect(texts[0]).toBe('Alpha');
		expect(texts[2]).toBe('Gamma');
		expect(texts.join(' ')).not.toContain('threatens');
	});

	it('escapes hostile labels, which read back as the label less forbidden characters', () => {
		const { texts, drawn } = parse(shown());
		expect(drawn.svg).not.toContain('<Beta>');
		expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(hostileClean);
	});

	it('gives each element the emphasis it has on screen', () => {
		const { node, relation, label, texts } = parse(
			shown({
				a: ['selected'],
				b: ['faded'],
				c: ['dimmed', 'quiet'],
				'a-b': ['labelled'],
				'b-c': ['on-path']
			})
		);
		expect(node('a')).toMatchObject({ stroke: lightPalette.selection, 'stroke-width': '4' });
		expect(label('Alpha')).toMatchObject({ 'font-weight': 'bold' });
		expect(node('b')).toMatchObject({ opacity: '0.3' });
		expect(node('c')).toMatchObject({ opacity: '0.18' });
		expect(texts).not.toContain('Gamma');
		expect(relation('a-b')!.path![0]).toMatchObject({ 'stroke-width': '2.6' });
		expect(texts).toContain('threatens');
		expect(relation('b-c')!.path![0]).toMatchObject({
			stroke: lightPalette.path,
			'stroke-width': '5'
		});
		expect(texts).toContain('attends');
	});

	it('draws stances as the legend does, and arrowheads only on directed relations', () => {
		const { relation } = parse(shown());
		expect(relation('a-b')!.path![0]).toMatchObject({
			stroke: lightPalette.edge.adversarial,
			'stroke-dasharray': '7 4'
		});
		expect(relation('a-b')!.path).toHaveLength(2);
		expect(relation('b-a')!.path).toHaveLength(1);
		expect(relation('b-a')!.path![0]).not.toHaveProperty('stroke-dasharray');
	});

	it('draws drafts as the live graph does: lighter fill, dashed border, lighter thinner line', () => {
		const graph = shown();
		graph.nodes[0]!.draft = true;
		graph.edges[2]!.draft = true;
		const { node, relation } = parse(graph);
		expect(node('a')).toMatchObject({
			'fill-opacity': String(draftLook.fillOpacity),
			'stroke-dasharray': draftLook.borderDash.join(' '),
			'stroke-opacity': String(draftLook.borderOpacity)
		});
		expect(node('b')).not.toHaveProperty('fill-opacity');
		expect(node('b')).not.toHaveProperty('stroke-dasharray');
		expect(relation('b-c')!.path![0]).toMatchObject({
			'stroke-opacity': String(draftLook.lineOpacity),
			'stroke-width': String(draftLook.lineWidth)
		});
		expect(relation('b-c')!.path![1]).toMatchObject({
			'fill-opacity': String(draftLook.lineOpacity)
		});
		expect(relation('b-a')!.path![0]).toMatchObject({ 'stroke-opacity': '0.8' });
	});

	it('bows relations between the same two nodes apart, and keeps a lone one straight', () => {
		const { relation } = parse(shown());
		const d = (id: string) => String(relation(id)!.path![0]!.d);
		expect(d('a-b')).toContain('Q');
		expect(d('b-a')).toContain('Q');
		expect(d('a-b').split('Q')[1]).not.toBe(d('b-a').split('Q')[1]);
		expect(d('b-c')).not.toContain('Q');
	});

	it('starts at the origin and holds every node and label', () => {
		const { drawn } = parse(shown());
		// Nodes run from x = -15 to 410 and labels hang below the lowest (y 100 + 10): the
		// drawing is at least that big, and moved so that its top-left corner is (0, 0).
		expect(drawn.width).toBeGreaterThanOrEqual(425);
		expect(drawn.height).toBeGreaterThanOrEqual(125);
		expect(drawn.svg).toMatch(/^<g transform="translate\(\d+(\.\d)? \d+(\.\d)?\)">/);
	});

	it('with a view box, is that box of the drawing, cut at its edges', () => {
		const view = { x1: -20.2, y1: 10, x2: 130.1, y2: 90.5 };
		const drawn = drawShown(shown(), lightPalette, view);
		expect(drawn.width).toBe(Math.ceil(150.3));
		expect(drawn.height).toBe(Math.ceil(80.5));
		expect(drawn.svg).toContain(
			'<g transform="translate(20.2 -10)" clip-path="url(#shown-view)"><clipPath id="shown-view"><rect x="-20.2" y="10" width="150.3" height="80.5"/></clipPath>'
		);
		const whole = drawShown(shown());
		expect(whole.svg).not.toContain('clip-path');
	});

	it('does not mutate its input', () => {
		const graph = shown({ a: ['selected'] });
		const copy = structuredClone(graph);
		drawShown(graph);
		expect(graph).toEqual(copy);
	});
});

describe('frameSvg', () => {
	const dataset: Dataset = bundled();
	const positions = layoutDataset(dataset);
	const size = sizeScale(Math.max(...dataset.nodes.map((n) => n.passages.length)));
	const graph: ShownGraph = {
		nodes: dataset.nodes.map((n) => ({
			...{ id: n.id, ...positions[n.id]!, size: Math.round(size(n.passages.length)) },
			...{ type: n.type, label: n.label, classes: [] }
		})),
		edges: dataset.edges.map((e) => ({
			...{ id: e.id, source: e.source, target: e.target, stance: e.stance },
			...{ directed: true, label: e.label, classes: [] }
		}))
	};
	const drawn = drawShown(graph);
	const frame = layoutFrame({
		graphWidth: drawn.width,
		graphHeight: drawn.height,
		legend: [
			[{ kind: 'type', type: 'actor', label: 'Actor' }],
			[{ kind: 'stance', stance: 'cooperative', label: 'Cooperative relation' }]
		],
		source: sourceParts(dataset.source),
		measure
	});
	const document = frameSvg(drawn, frame, `Graph of “${dataset.source.title}”`);
	/** Every piece of text in the document (attributes left out), entities read back. */
	const strings = (node: unknown): string[] =>
		node !== null && typeof node === 'object'
			? Object.entries(node).flatMap(([key, value]) => (key === '@' ? [] : strings(value)))
			: [String(node)];
	const textOf = (svg: string) =>
		` ${strings(new XMLParser({ ignoreAttributes: false, attributesGroupName: '@' }).parse(svg)).join(' ')} `;

	it('is one well-formed SVG document the size of the frame, with a title', () => {
		expect(XMLValidator.validate(document)).toBe(true);
		expect(document).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/
		);
		expect(document).toContain(`width="${frame.width}" height="${frame.height}"`);
		expect(document).toContain(`<title>Graph of “${dataset.source.title}”</title>`);
	});

	it('holds every line of every node label, the legend and the source line', () => {
		const text = textOf(document);
		for (const node of dataset.nodes) {
			for (const line of wrapLabel(node.label, 16)) expect(text).toContain(` ${line} `);
		}
		expect(text).toContain('Actor');
		expect(text).toContain('Cooperative relation');
		for (const line of frame.source) expect(text).toContain(line.text);
		expect(text).toContain('Made with Evidence Map');
	});

	it('puts the graph where the frame places it', () => {
		expect(document).toContain(`<g transform="translate(${frame.graph.x} ${frame.graph.y})">`);
	});
});
