/**
 * Moves the labels of the elements a view is about (a presented step, a focused
 * neighbourhood, a traced path, a selection and its relations) clear of the nodes, of the
 * lines and of each other: a node's label below it, or above, right or left of it; a
 * relation's at its middle, or slid along it, or to either side of it. The layout kept node
 * labels apart but never saw relation labels or lines, which a view shows only close up.
 *
 * Runs once per view (after the emphasis is applied), on a few dozen elements at most; the
 * layout's positions never change here.
 */
import type { BoundingBox12, Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { crowdedLabels, placeLabels, type LabelToPlace, type Rect } from '../graph/label-placement';
import type { Emphasis } from './sync';
import { labelFont } from './label-metrics';
import { linePoints } from './edge-path';

/** More elements than this are not a close-up: left as laid out (and cheap on large graphs). */
const maxScope = 160;
/** How far along its relation (a share of the distance between its ends) a label may slide. */
const slides = [0, 0.12, -0.12, 0.24, -0.24, 0.36, -0.36, 0.44, -0.44];
/** A line is an obstacle as a row of squares at least this many model units wide, one per step. */
const lineStep = 8;
const placedStyles = 'text-margin-x text-margin-y text-valign text-halign';

const placed = new WeakMap<Core, Collection>();

const labelBox = (ele: NodeSingular | EdgeSingular): BoundingBox12 =>
	ele.boundingBox({
		includeNodes: false,
		includeEdges: false,
		includeLabels: true,
		includeOverlays: false,
		includeUnderlays: false
	} as never);

const bodyBox = (node: NodeSingular): BoundingBox12 =>
	node.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });

const hasLabel = (ele: NodeSingular | EdgeSingular) =>
	ele.visible() && String(ele.style('label') ?? '') !== '';

const shift = (b: Rect, dx: number, dy: number): Rect => ({
	x1: b.x1 + dx,
	y1: b.y1 + dy,
	x2: b.x2 + dx,
	y2: b.y2 + dy
});

/** The elements whose labels the view shows close up, or null when it shows the whole graph. */
export function viewScope(cy: Core, e: Emphasis): Collection | null {
	const ids: string[] = [];
	if (e.spotlight) ids.push(...e.spotlight.nodes, ...e.spotlight.edges);
	else if (e.pathSteps) ids.push(...e.pathSteps.flatMap((s) => [s.from, s.to, s.edge.id]));
	else if (e.focusSet) ids.push(...e.focusSet.nodes, ...e.focusSet.edges);
	else if (e.view.node) {
		ids.push(e.view.node);
		for (const edge of e.index.incident.get(e.view.node) ?? [])
			ids.push(edge.id, edge.source, edge.target);
	} else if (e.view.edge) {
		const edge = e.index.edges.get(e.view.edge);
		if (edge) ids.push(edge.id, edge.source, edge.target);
	}
	if (!ids.length || ids.length > maxScope) return null;
	let scope = cy.collection();
	for (const id of new Set(ids)) scope = scope.union(cy.getElementById(id));
	return scope.union(scope.edges().connectedNodes());
}

type LabelStyle = Partial<Record<string, string | number>> | null;

/** Where a node's label may go, in order of preference, and the style that puts it there. */
function nodeCandidates(label: Rect, body: Rect): { box: Rect; style: LabelStyle }[] {
	const gap = label.y1 - body.y2;
	const [w, h] = [label.x2 - label.x1, label.y2 - label.y1];
	const middle = (body.y1 + body.y2) / 2 - h / 2;
	return [
		{ box: label, style: null },
		{
			box: shift(label, 0, body.y1 - gap - h - label.y1),
			style: { 'text-valign': 'top', 'text-margin-y': -labelFont.gap }
		},
		{
			box: { x1: body.x2 + gap, y1: middle, x2: body.x2 + gap + w, y2: middle + h },
			style: {
				'text-valign': 'center',
				'text-halign': 'right',
				'text-margin-x': labelFont.gap,
				'text-margin-y': 0
			}
		},
		{
			box: { x1: body.x1 - gap - w, y1: middle, x2: body.x1 - gap, y2: middle + h },
			style: {
				'text-valign': 'center',
				'text-halign': 'left',
				'text-margin-x': -labelFont.gap,
				'text-margin-y': 0
			}
		},
		// Below or above, set off to one side by half the label's width.
		...[1, -1].flatMap((side) => [
			{
				box: shift(label, (side * w) / 2, 0),
				style: { 'text-margin-x': (side * w) / 2 }
			},
			{
				box: shift(label, (side * w) / 2, body.y1 - gap - h - label.y1),
				style: {
					'text-valign': 'top',
					'text-margin-y': -labelFont.gap,
					'text-margin-x': (side * w) / 2
				}
			}
		])
	];
}

/** Where a relation's label may go: at its middle, slid along it, or to either side of it. */
function edgeCandidates(edge: EdgeSingular, label: Rect): Rect[] {
	const from = edge.source().position();
	const to = edge.target().position();
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	const aside = (label.y2 - label.y1) / 2 + labelFont.gap;
	return [0, aside, -aside, 2 * aside, -2 * aside].flatMap((d) =>
		slides.map((t) => shift(label, t * dx - (d * dy) / length, t * dy + (d * dx) / length))
	);
}

/** Four walls around `b`, so far out that no label reaches past them. */
const wallsAround = (b: Rect): Rect[] => {
	const far = 1e6;
	return [
		{ x1: b.x1 - far, y1: b.y1 - far, x2: b.x1, y2: b.y2 + far },
		{ x1: b.x2, y1: b.y1 - far, x2: b.x2 + far, y2: b.y2 + far },
		{ x1: b.x1 - far, y1: b.y1 - far, x2: b.x2 + far, y2: b.y1 },
		{ x1: b.x1 - far, y1: b.y2, x2: b.x2 + far, y2: b.y2 + far }
	];
};

/**
 * Undoes the last placement on `cy`, then places the labels of `scope` (none when null),
 * inside `bounds` (model units) when given: the camera stays, and a label past the canvas's
 * edge is cut. Returns how many labels found no clear place (lines aside), for a caller that
 * can make room or leave some out.
 */
/** Puts the labels the last placement on `cy` moved back where the stylesheet sets them. */
export function clearPlacement(cy: Core) {
	placed.get(cy)?.removeStyle(placedStyles);
	placed.delete(cy);
}

export function placeScopeLabels(
	cy: Core,
	scope: Collection | null,
	bounds: Rect | null = null
): number {
	clearPlacement(cy);
	if (!scope || scope.empty()) return 0;
	const obstacles: Rect[] = [];
	const labels: LabelToPlace[] = [];
	const styles: LabelStyle[][] = [];
	const targets: (NodeSingular | EdgeSingular)[] = [];

	const bodies = new Map<string, number>();
	scope.nodes().forEach((node) => {
		if (!node.visible()) return;
		bodies.set(node.id(), obstacles.push(bodyBox(node)) - 1);
	});
	if (bounds) obstacles.push(...wallsAround(bounds));
	const solids = obstacles.length;
	const lines = new Map<string, number[]>();
	scope.edges().forEach((edge) => {
		if (!edge.visible()) return;
		// Squares no finer than the labels they keep clear need: a close-up seen from far out sets
		// its labels large in model units, and its lines would be thousands of tiny squares.
		const step = Math.max(lineStep, 0.75 * Number.parseFloat(String(edge.style('font-size'))));
		const half = Math.max(step, Number.parseFloat(String(edge.style('width')))) / 2;
		const own = linePoints(edge, step).map(
			(p) => obstacles.push({ x1: p.x - half, y1: p.y - half, x2: p.x + half, y2: p.y + half }) - 1
		);
		lines.set(edge.id(), own);
	});

	// Node labels first: they name what the view is about.
	scope.nodes().forEach((node) => {
		const body = bodies.get(node.id());
		if (body === undefined || !hasLabel(node)) return;
		const candidates = nodeCandidates(labelBox(node), obstacles[body]!);
		labels.push({ candidates: candidates.map((c) => c.box), own: [body] });
		styles.push(candidates.map((c) => c.style));
		targets.push(node);
	});
	scope.edges().forEach((edge) => {
		if (!hasLabel(edge)) return;
		const b = labelBox(edge);
		const candidates = edgeCandidates(edge, b);
		labels.push({ candidates, own: lines.get(edge.id()) ?? [] });
		styles.push(
			candidates.map((c, i) =>
				i === 0 ? null : { 'text-margin-x': c.x1 - b.x1, 'text-margin-y': c.y1 - b.y1 }
			)
		);
		targets.push(edge);
	});

	// A little room between boxes: what is drawn (outlines, backgrounds) differs from the
	// measured boxes by a pixel or two, and a close-up zooms in on them.
	const choices = placeLabels(obstacles, labels, 2);
	const solid = obstacles.slice(0, solids);
	let moved = cy.collection();
	cy.batch(() => {
		choices.forEach((choice, i) => {
			const style = styles[i]![choice];
			if (!style) return;
			moved = moved.union(targets[i]!);
			targets[i]!.style(style);
		});
	});
	placed.set(cy, moved);
	return crowdedLabels(
		solid,
		labels.map((l) => ({ ...l, own: l.own?.filter((j) => j < solid.length) })),
		choices,
		0
	);
}
