/**
 * The graph as plain SVG geometry, from the build-time positions and the same
 * scales as the stylesheet: what the page shows before any JavaScript runs,
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
import { labelFont, nodeBox, sizeScale, typeColour, typeShape } from './scales';
import { lightPalette } from './style';

export interface StaticPicture {
	/** `minX minY width height` around every node, label and line. */
	viewBox: string;
	edges: { stance: Stance; colour: string; dash: string | undefined; d: string }[];
	arrows: { stance: Stance; colour: string; d: string }[];
	nodes: { type: NodeType; colour: string; d: string }[];
	/** Omitted for large graphs, whose labels are too small to read at the first fit. */
	labels: { id: string; x: number; y: number; lines: string[] }[];
}

const dashes: Record<Stance, string | undefined> = {
	cooperative: undefined,
	adversarial: '7 4',
	neutral: '1.6 3.2'
};

const r1 = (v: number) => Math.round(v * 10) / 10;

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

type Placed = { x: number; y: number; size: number };

/** Each node's centre and diameter in model units, as the picture and the canvas draw it. */
function placedNodes(dataset: Pick<Dataset, 'nodes'>, positions: Positions): Map<string, Placed> {
	const size = sizeScale(dataset.nodes.reduce((m, n) => Math.max(m, n.passages.length), 1));
	return new Map(
		dataset.nodes.map((n) => {
			const p = positions[n.id] ?? { x: 0, y: 0 };
			return [n.id, { x: p.x, y: p.y, size: Math.round(size(n.passages.length)) }];
		})
	);
}

/** A line from border to border between two placed nodes, as Cytoscape draws a straight edge. */
function borderLine(a: Placed, b: Placed) {
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
export function pictureHitter(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions
): (x: number, y: number, slack: number) => ElementRef | null {
	const at = placedNodes(dataset, positions);
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
	x: number,
	y: number,
	slack: number
): ElementRef | null {
	return pictureHitter(dataset, positions)(x, y, slack);
}

export function staticPicture(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions
): StaticPicture {
	const large = isLarge(dataset.nodes.length);
	const at = placedNodes(dataset, positions);
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	const include = (x1: number, y1: number, x2: number, y2: number) => {
		[minX, minY] = [Math.min(minX, x1), Math.min(minY, y1)];
		[maxX, maxY] = [Math.max(maxX, x2), Math.max(maxY, y2)];
	};

	const nodePaths = new Map<NodeType, string[]>(nodeTypes.map((t) => [t, []]));
	const labels: StaticPicture['labels'] = [];
	for (const n of dataset.nodes) {
		const { x, y, size: s } = at.get(n.id)!;
		nodePaths.get(n.type)!.push(shapePath(typeShape(n.type), x, y, s));
		include(x - s / 2, y - s / 2, x + s / 2, y + s / 2);
		if (large) continue;
		const lines = wrapLabel(n.label, labelFont.wrap);
		const box = nodeBox(lines, s);
		const top = y + s / 2 + labelFont.gap;
		include(x - box.w / 2, top, x + box.w / 2, y - s / 2 + box.h);
		// The first baseline sits one line's leading plus the font's ascent below the top.
		labels.push({ id: n.id, x, y: r1(top + labelFont.size), lines });
	}

	const edgePaths = new Map<Stance, string[]>(stances.map((s) => [s, []]));
	const arrowPaths = new Map<Stance, string[]>(stances.map((s) => [s, []]));
	for (const e of dataset.edges) {
		const a = at.get(e.source);
		const b = at.get(e.target);
		if (!a || !b) continue;
		// Lines run from border to border, as Cytoscape draws them.
		const { ux, uy, sx, sy, tx, ty } = borderLine(a, b);
		edgePaths.get(e.stance)!.push(`M${r1(sx)} ${r1(sy)}L${r1(tx)} ${r1(ty)}`);
		if (large || symmetricRelations.includes(e.relation)) continue;
		const [l, w] = [7, 3.5];
		const [bx, by] = [tx - ux * l, ty - uy * l];
		arrowPaths
			.get(e.stance)!
			.push(
				`M${r1(tx)} ${r1(ty)}L${r1(bx - uy * w)} ${r1(by + ux * w)}L${r1(bx + uy * w)} ${r1(by - ux * w)}Z`
			);
	}

	const pad = 2;
	return {
		viewBox: [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad]
			.map((v) => r1(v))
			.join(' '),
		edges: stances.map((stance) => ({
			stance,
			colour: lightPalette.edge[stance],
			dash: dashes[stance],
			d: edgePaths.get(stance)!.join('')
		})),
		arrows: stances.map((stance) => ({
			stance,
			colour: lightPalette.edge[stance],
			d: arrowPaths.get(stance)!.join('')
		})),
		nodes: nodeTypes.map((type) => ({
			type,
			colour: typeColour(type),
			d: nodePaths.get(type)!.join('')
		})),
		labels
	};
}
