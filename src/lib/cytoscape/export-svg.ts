/**
 * The graph as it is shown, drawn as SVG for the SVG export: the static picture's geometry
 * (shapes, border-to-border lines, arrowheads, labels set below their node), one element at a
 * time, with the emphasis each element carries on screen (faded, dimmed, selected, on a path,
 * labelled, draft) as the light stylesheet draws it. Written as text with every value escaped, so no
 * label can break the document; no DOM and no Cytoscape, so it is tested in Node.
 */
import { xml } from '../graph/export/xml';
import { frameMetrics } from './export-frame';
import type { NodeType, Stance } from '../graph/vocabulary';
import { edgeLabelFont, labelFont, typeColour, typeShape } from './scales';
import {
	arrowPath,
	borderLine,
	extent,
	lineDash,
	nodeLabel,
	r1,
	shapePath,
	type Placed
} from './static-picture';
import { lightPalette, type Palette } from './palettes';
import { lineStroke, nodeStroke } from './element-look';

export interface ShownNode extends Placed {
	id: string;
	type: NodeType;
	label: string;
	/** The emphasis classes it has on screen (see sync.ts). */
	classes: readonly string[];
	/** A guess of the drafting rules, drawn lighter and dashed. */
	draft?: boolean;
}

export interface ShownEdge {
	id: string;
	source: string;
	target: string;
	stance: Stance;
	directed: boolean;
	label: string;
	classes: readonly string[];
	draft?: boolean;
}

/** What the graph shows: its visible elements, where they are drawn, and their emphasis. */
export interface ShownGraph {
	nodes: ShownNode[];
	edges: ShownEdge[];
}

/** An SVG fragment in its own coordinates, from (0, 0) to (width, height). */
export interface DrawnGraph {
	width: number;
	height: number;
	svg: string;
}

/** Space between parallel relations of one pair of nodes (Cytoscape's control-point step). */
const parallelStep = 40;
/** Around the drawing, so borders and outlines are not cut at the edge. */
const pad = 4;

/** Opacity as the stylesheet's rules set it; a later rule wins, as in Cytoscape. */
function opacityOf(c: ReadonlySet<string>): number {
	if (c.has('quiet')) return 0.18;
	if (c.has('dimmed')) return 0.1;
	if (c.has('faded')) return 0.3;
	return 1;
}

function nodeLook(c: ReadonlySet<string>, p: Palette, draft: boolean) {
	const { fillOpacity, borderDash, borderOpacity } = nodeStroke(draft);
	let border = { width: 1.5 * p.weight, colour: p.nodeBorder, opacity: borderOpacity };
	if (c.has('spot')) border = { ...border, width: 2.5 * p.weight, opacity: 1 };
	if (c.has('selected')) border = { width: 4, colour: p.selection, opacity: 1 };
	if (c.has('endpoint')) border = { ...border, width: 3, opacity: 1 };
	if (c.has('on-path')) border = { width: 4, colour: p.path, opacity: 1 };
	if (c.has('hovered')) border = { ...border, width: 3, opacity: 1 };
	const bold = c.has('selected') || p.fontWeight === 'bold';
	return { border, borderDash, fillOpacity, bold, label: !c.has('quiet'), opacity: opacityOf(c) };
}

function edgeLook(c: ReadonlySet<string>, stance: Stance, p: Palette, draft: boolean) {
	const line = lineStroke(draft);
	let look = {
		width: line.width * p.weight,
		colour: p.edge[stance],
		lineOpacity: line.opacity,
		label: false
	};
	if (c.has('labelled') || c.has('hover-labelled'))
		look = { ...look, label: true, width: 2.6 * p.weight };
	if (c.has('spot')) look = { ...look, width: 3.2 * p.weight, lineOpacity: 1 };
	if (c.has('selected')) look = { ...look, width: 4.5, lineOpacity: 1 };
	if (c.has('on-path')) look = { colour: p.path, width: 5, lineOpacity: 1, label: true };
	return { ...look, opacity: opacityOf(c) };
}

/** `name="value"` pairs, escaped; undefined values are left out. */
const attrs = (values: Record<string, string | number | undefined>) =>
	Object.entries(values)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => ` ${key}="${xml(value!)}"`)
		.join('');

/**
 * Offsets of each relation from the straight line between its nodes: 0 for a lone one,
 * spread evenly on both sides for relations that share a pair of nodes.
 */
function parallelOffsets(edges: readonly ShownEdge[]): Map<string, number> {
	const pairs = new Map<string, ShownEdge[]>();
	for (const e of edges) {
		const key = [e.source, e.target].sort().join('\u0000');
		pairs.set(key, [...(pairs.get(key) ?? []), e]);
	}
	const offsets = new Map<string, number>();
	for (const group of pairs.values()) {
		group.forEach((e, i) => {
			// Measured against one direction of the pair, so reversed relations still spread apart.
			const flip = e.source < e.target ? 1 : -1;
			offsets.set(e.id, flip * (i - (group.length - 1) / 2) * parallelStep);
		});
	}
	return offsets;
}

/** The path of a relation bowed `offset` units to one side, and the point its label sits on. */
function relationPath(a: Placed, b: Placed, offset: number) {
	const line = borderLine(a, b);
	if (offset === 0) {
		return {
			d: `M${r1(line.sx)} ${r1(line.sy)}L${r1(line.tx)} ${r1(line.ty)}`,
			line,
			mid: { x: (line.sx + line.tx) / 2, y: (line.sy + line.ty) / 2 }
		};
	}
	const control = {
		x: (a.x + b.x) / 2 - line.uy * offset,
		y: (a.y + b.y) / 2 + line.ux * offset
	};
	// The curve leaves and meets each node towards the control point, as Cytoscape's does.
	const start = borderLine(a, { ...control, size: 0 });
	const end = borderLine({ ...control, size: 0 }, b);
	const d = `M${r1(start.sx)} ${r1(start.sy)}Q${r1(control.x)} ${r1(control.y)} ${r1(end.tx)} ${r1(end.ty)}`;
	const mid = {
		x: 0.25 * start.sx + 0.5 * control.x + 0.25 * end.tx,
		y: 0.25 * start.sy + 0.5 * control.y + 0.25 * end.ty
	};
	return { d, line: end, mid };
}

/** Degrees that lay a label along a line and keep it upright. */
function upright(ux: number, uy: number): number {
	let angle = (Math.atan2(uy, ux) * 180) / Math.PI;
	if (angle > 90) angle -= 180;
	if (angle <= -90) angle += 180;
	return r1(angle);
}

const labelText = {
	'font-family': frameMetrics.fontFamily,
	fill: lightPalette.text,
	stroke: lightPalette.textOutline,
	'stroke-width': 4,
	'stroke-opacity': 0.9,
	'stroke-linejoin': 'round',
	'paint-order': 'stroke',
	'text-anchor': 'middle'
};

/** A box in model coordinates: the part of the graph a screen shows. */
export interface ViewBox {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * The shown graph drawn as SVG at one unit per pixel, moved so its extent starts at (0, 0);
 * with `view`, only that box of it (the screen's), cut at its edges.
 */
export function drawShown(
	graph: ShownGraph,
	p: Palette = lightPalette,
	view?: ViewBox
): DrawnGraph {
	const at = new Map(graph.nodes.map((n) => [n.id, n]));
	const bounds = extent();
	const lines: string[] = [];
	const edgeLabels: string[] = [];
	const offsets = parallelOffsets(graph.edges);
	for (const e of graph.edges) {
		const a = at.get(e.source);
		const b = at.get(e.target);
		if (!a || !b) continue;
		const look = edgeLook(new Set(e.classes), e.stance, p, e.draft === true);
		const path = relationPath(a, b, offsets.get(e.id) ?? 0);
		const { sx, sy, tx, ty } = borderLine(a, b);
		bounds.include(Math.min(sx, tx), Math.min(sy, ty), Math.max(sx, tx), Math.max(sy, ty));
		bounds.include(path.mid.x, path.mid.y, path.mid.x, path.mid.y);
		const opacity = look.opacity < 1 ? look.opacity : undefined;
		lines.push(
			`<g${attrs({ 'data-id': e.id, opacity })}><path${attrs({
				d: path.d,
				fill: 'none',
				stroke: look.colour,
				'stroke-width': look.width,
				'stroke-opacity': look.lineOpacity,
				'stroke-dasharray': lineDash[e.stance]
			})}/>${
				e.directed
					? `<path${attrs({ d: arrowPath(path.line), fill: look.colour, 'fill-opacity': look.lineOpacity })}/>`
					: ''
			}</g>`
		);
		if (!look.label) continue;
		const { x, y } = path.mid;
		edgeLabels.push(
			`<text${attrs({
				x: r1(x),
				y: r1(y),
				transform: `rotate(${upright(path.line.ux, path.line.uy)} ${r1(x)} ${r1(y)})`,
				'font-size': edgeLabelFont.size,
				'dominant-baseline': 'central',
				opacity
			})}>${xml(e.label)}</text>`
		);
	}

	const shapes: string[] = [];
	const nodeLabels: string[] = [];
	for (const n of graph.nodes) {
		const look = nodeLook(new Set(n.classes), p, n.draft === true);
		const opacity = look.opacity < 1 ? look.opacity : undefined;
		bounds.include(n.x - n.size / 2, n.y - n.size / 2, n.x + n.size / 2, n.y + n.size / 2);
		shapes.push(
			`<path${attrs({
				'data-id': n.id,
				d: shapePath(typeShape(n.type), n.x, n.y, n.size),
				fill: typeColour(n.type),
				'fill-opacity': look.fillOpacity,
				stroke: look.border.colour,
				'stroke-width': look.border.width,
				'stroke-opacity': look.border.opacity,
				'stroke-dasharray': look.borderDash,
				opacity
			})}/>`
		);
		if (!look.label) continue;
		const label = nodeLabel(n.label, n);
		bounds.include(label.box.x1, label.box.y1, label.box.x2, label.box.y2);
		// One <text> per line, as editors and text extraction read them most reliably.
		const lines = label.lines
			.map((line, i) => {
				const y = r1(label.y + i * labelFont.size * labelFont.lineHeight);
				return `<text${attrs({ x: label.x, y })}>${xml(line)}</text>`;
			})
			.join('');
		const weight = look.bold ? 'bold' : undefined;
		nodeLabels.push(`<g${attrs({ 'data-id': n.id, 'font-weight': weight, opacity })}>${lines}</g>`);
	}

	const box = view
		? {
				x: r1(view.x1),
				y: r1(view.y1),
				width: r1(view.x2 - view.x1),
				height: r1(view.y2 - view.y1)
			}
		: bounds.box(pad);
	// Cut at the screen's edges: a clip in the drawing's own coordinates.
	const clip = view
		? `<clipPath id="shown-view"><rect${attrs({ x: box.x, y: box.y, width: box.width, height: box.height })}/></clipPath>`
		: '';
	const svg = [
		`<g transform="translate(${r1(-box.x)} ${r1(-box.y)})"${view ? ' clip-path="url(#shown-view)"' : ''}>`,
		clip,
		`<g class="relations">${lines.join('')}</g>`,
		`<g class="nodes">${shapes.join('')}</g>`,
		`<g class="labels"${attrs({ ...labelText, 'font-size': labelFont.size })}>${nodeLabels.join('')}${edgeLabels.join('')}</g>`,
		'</g>'
	].join('');
	return { width: Math.ceil(box.width), height: Math.ceil(box.height), svg };
}
