/**
 * The graph as plain SVG geometry, from the build-time positions and the look the
 * stylesheet's scales give (look.ts): what the page shows before any JavaScript runs,
 * until Cytoscape has drawn. Shapes and lines are merged into one path per
 * node type and per stance, so even 10,000 nodes make a handful of elements.
 */
import type { Dataset, Positions } from '../graph/dataset';
import type { ElementRef } from '../graph/queries';
import { wrapLabel } from '../graph/label';
import {
	nodeTypes,
	stances,
	symmetricRelations,
	type NodeType,
	type Stance
} from '../graph/vocabulary';
import { isLarge } from './render-options';
import { labelFont, nodeBox } from './label-metrics';
import type { GraphLook } from './look';
import { lightPalette } from './palettes';
import { lineStroke, nodeStroke } from './element-look';
import { groups, type Group } from './path-groups';

export interface StaticPicture {
	/** `minX minY width height` around every node, label and line. */
	viewBox: string;
	/** Only the groups that draw something. */
	edges: (Group & {
		stance: Stance;
		colour: string;
		dash: string | undefined;
		opacity: number;
		width: number;
	})[];
	arrows: (Group & { stance: Stance; colour: string; opacity: number })[];
	nodes: (Group & {
		type: NodeType;
		colour: string;
		fillOpacity: number | undefined;
		borderDash: string | undefined;
		borderOpacity: number;
	})[];
	/** Omitted for large graphs, whose labels are too small to read at the first fit. */
	labels: { id: string; x: number; y: number; lines: string[] }[];
}

/** Each stance's line pattern (SVG `stroke-dasharray`), as the stylesheet's line styles draw it. */
export const lineDash: Record<Stance, string | undefined> = {
	cooperative: undefined,
	adversarial: '7 4',
	neutral: '1.6 3.2'
};

export const r1 = (v: number) => Math.round(v * 10) / 10;

/** Polygon vertices of each shape on the unit square [-1, 1]², as Cytoscape draws them. */
const polygons: Record<string, [number, number][]> = {
	hexagon: [
		[-1, 0],
		[-0.5, -1],
		[0.5, -1],
		[1, 0],
		[0.5, 1],
		[-0.5, 1]
	],
	rhomboid: [
		[-1, -1],
		[0.333, -1],
		[1, 1],
		[-0.333, 1]
	],
	diamond: [
		[0, -1],
		[1, 0],
		[0, 1],
		[-1, 0]
	],
	'round-triangle': [
		[0, -1],
		[1, 1],
		[-1, 1]
	],
	octagon: [
		[-1, -0.41],
		[-0.41, -1],
		[0.41, -1],
		[1, -0.41],
		[1, 0.41],
		[0.41, 1],
		[-0.41, 1],
		[-1, 0.41]
	]
};

/** An SVG subpath for a node of diameter `size` at (x, y). */
export function shapePath(shape: string, x: number, y: number, size: number): string {
	const r = size / 2;
	const polygon = polygons[shape];
	if (polygon) {
		return `M${polygon.map(([px, py]) => `${r1(x + px * r)} ${r1(y + py * r)}`).join('L')}Z`;
	}
	if (shape === 'round-rectangle') {
		const c = r / 2;
		return `M${r1(x - r + c)} ${r1(y - r)}h${r1(2 * r - 2 * c)}q${r1(c)} 0 ${r1(c)} ${r1(c)}v${r1(2 * r - 2 * c)}q0 ${r1(c)} ${r1(-c)} ${r1(c)}h${r1(-(2 * r - 2 * c))}q${r1(-c)} 0 ${r1(-c)} ${r1(-c)}v${r1(-(2 * r - 2 * c))}q0 ${r1(-c)} ${r1(c)} ${r1(-c)}Z`;
	}
	return `M${r1(x - r)} ${r1(y)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
}

/** A node's centre and diameter in model units. */
export type Placed = { x: number; y: number; size: number };

/** Each node's centre and diameter in model units, as the picture and the canvas draw it. */
function placedNodes(
	dataset: Pick<Dataset, 'nodes'>,
	positions: Positions,
	look: GraphLook
): Map<string, Placed> {
	return new Map(
		dataset.nodes.map((n) => {
			const p = positions[n.id] ?? { x: 0, y: 0 };
			return [n.id, { x: p.x, y: p.y, size: look.diameters[n.passages.length]! }];
		})
	);
}

/** A line from border to border between two placed nodes, as Cytoscape draws a straight edge. */
export function borderLine(a: Placed, b: Placed) {
	const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
	return {
		ux,
		uy,
		sx: a.x + (ux * a.size) / 2,
		sy: a.y + (uy * a.size) / 2,
		tx: b.x - (ux * b.size) / 2,
		ty: b.y - (uy * b.size) / 2
	};
}

/**
 * What the static picture shows at a model point: the node under it (the nearest centre when
 * shapes overlap), else the nearest edge within `slack` model units, else nothing. Lets the
 * picture answer a tap before Cytoscape has drawn. Sizes are worked out once, so asking on
 * every pointer move stays cheap on a large graph.
 */
/** The subpath of an arrowhead at the target end of `line`. */
export function arrowPath({ ux, uy, tx, ty }: ReturnType<typeof borderLine>): string {
	const [l, w] = [7, 3.5];
	const [bx, by] = [tx - ux * l, ty - uy * l];
	return `M${r1(tx)} ${r1(ty)}L${r1(bx - uy * w)} ${r1(by + ux * w)}L${r1(bx + uy * w)} ${r1(by - ux * w)}Z`;
}

/**
 * A node's label as Cytoscape sets it, centred below the node: its lines, the first baseline
 * (one line's leading plus the font's ascent below the top) and the box node and label fill.
 */
export function nodeLabel(label: string, { x, y, size }: Placed) {
	const lines = wrapLabel(label, labelFont.wrap);
	const box = nodeBox(lines, size);
	const top = y + size / 2 + labelFont.gap;
	return {
		x,
		y: r1(top + labelFont.size),
		lines,
		box: { x1: x - box.w / 2, y1: y - size / 2, x2: x + box.w / 2, y2: y - size / 2 + box.h }
	};
}

/** Grows to hold every box it is given; `viewBox` is the result with `pad` around it. */
export function extent() {
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	return {
		include(x1: number, y1: number, x2: number, y2: number) {
			[minX, minY] = [Math.min(minX, x1), Math.min(minY, y1)];
			[maxX, maxY] = [Math.max(maxX, x2), Math.max(maxY, y2)];
		},
		box: (pad: number) => {
			// Nothing drawn (a map with no nodes yet) is an empty picture, not an invalid one.
			if (minX === Infinity) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
			return {
				x: r1(minX - pad),
				y: r1(minY - pad),
				width: r1(maxX - minX + 2 * pad),
				height: r1(maxY - minY + 2 * pad)
			};
		}
	};
}

export function pictureHitter(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions,
	look: GraphLook
): (x: number, y: number, slack: number) => ElementRef | null {
	const at = placedNodes(dataset, positions, look);
	return (x, y, slack) => {
		let best: ElementRef | null = null;
		let bestDistance = Infinity;
		for (const [id, p] of at) {
			const d = Math.hypot(p.x - x, p.y - y);
			if (d <= Math.max(p.size / 2, slack) && d < bestDistance) {
				best = { kind: 'node', id };
				bestDistance = d;
			}
		}
		if (best) return best;
		for (const e of dataset.edges) {
			const a = at.get(e.source);
			const b = at.get(e.target);
			if (!a || !b) continue;
			const { sx, sy, tx, ty } = borderLine(a, b);
			const [dx, dy] = [tx - sx, ty - sy];
			const t = Math.max(
				0,
				Math.min(1, ((x - sx) * dx + (y - sy) * dy) / (dx * dx + dy * dy || 1))
			);
			const d = Math.hypot(sx + t * dx - x, sy + t * dy - y);
			if (d <= slack && d < bestDistance) {
				best = { kind: 'edge', id: e.id };
				bestDistance = d;
			}
		}
		return best;
	};
}

/** pictureHitter for a single question. */
export function pictureHit(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions,
	look: GraphLook,
	x: number,
	y: number,
	slack: number
): ElementRef | null {
	return pictureHitter(dataset, positions, look)(x, y, slack);
}

export function staticPicture(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions,
	look: GraphLook
): StaticPicture {
	const large = isLarge(dataset.nodes.length);
	const at = placedNodes(dataset, positions, look);
	const bounds = extent();

	const nodePaths = groups(nodeTypes);
	const labels: StaticPicture['labels'] = [];
	for (const n of dataset.nodes) {
		const placed = at.get(n.id)!;
		const { x, y, size: s } = placed;
		nodePaths.add(n.type, n.status === 'draft', shapePath(look.types[n.type].shape, x, y, s));
		bounds.include(x - s / 2, y - s / 2, x + s / 2, y + s / 2);
		if (large) continue;
		const label = nodeLabel(n.label, placed);
		bounds.include(label.box.x1, label.box.y1, label.box.x2, label.box.y2);
		labels.push({ id: n.id, x: label.x, y: label.y, lines: label.lines });
	}

	const edgePaths = groups(stances);
	const arrowPaths = groups(stances);
	for (const e of dataset.edges) {
		const a = at.get(e.source);
		const b = at.get(e.target);
		if (!a || !b) continue;
		const line = borderLine(a, b);
		const draft = e.status === 'draft';
		edgePaths.add(e.stance, draft, `M${r1(line.sx)} ${r1(line.sy)}L${r1(line.tx)} ${r1(line.ty)}`);
		if (large || symmetricRelations.includes(e.relation)) continue;
		arrowPaths.add(e.stance, draft, arrowPath(line));
	}

	const box = bounds.box(2);
	return {
		viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
		edges: edgePaths.list().map(({ key: stance, group }) => ({
			...group,
			stance,
			colour: lightPalette.edge[stance],
			dash: lineDash[stance],
			...lineStroke(group.draft)
		})),
		arrows: arrowPaths.list().map(({ key: stance, group }) => ({
			...group,
			stance,
			colour: lightPalette.edge[stance],
			opacity: lineStroke(group.draft).opacity
		})),
		nodes: nodePaths.list().map(({ key: type, group }) => ({
			...group,
			type,
			colour: look.types[type].colour,
			...nodeStroke(group.draft)
		})),
		labels
	};
}
