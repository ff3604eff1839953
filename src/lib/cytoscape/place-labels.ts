/**
 * Moves the relation labels of the elements a view is about (a presented step, a focused
 * neighbourhood, a traced path, a selection and its relations) clear of the nodes and of
 * each other: each at its relation's middle, or slid along it, or to either side of it. Node
 * labels stay where the layout put them and are obstacles. The layout kept node labels
 * apart but never saw relation labels, which a view shows only close up.
 *
 * Runs once per view (after the emphasis is applied, a frame after the tap's answer), on a
 * few dozen elements at most; the layout's positions never change here.
 */
import type { BoundingBox12, Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabels, type LabelToPlace, type Rect } from '../graph/label-placement';
import type { Emphasis } from './sync';
import { labelFont } from './scales';

/** More elements than this are not a close-up: left as laid out (and cheap on large graphs). */
const maxScope = 160;
/** How far along its relation (a share of the distance between its ends) a label may slide. */
const slides = [0, 0.12, -0.12, 0.24, -0.24, 0.36, -0.36];
const placedStyles = 'text-margin-x text-margin-y';

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

const shift = (b: BoundingBox12, dx: number, dy: number): Rect => ({
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

/** Undoes the last placement on `cy`, then places the labels of `scope` (none when null). */
export function placeScopeLabels(cy: Core, scope: Collection | null) {
	placed.get(cy)?.removeStyle(placedStyles);
	placed.delete(cy);
	if (!scope || scope.empty()) return;
	const nodes = scope.nodes().filter((n) => n.visible());
	const bodies = nodes.map(bodyBox);
	const labels: LabelToPlace[] = [];
	const targets: EdgeSingular[] = [];

	// Node labels stay where the layout put them (it keeps them apart): they are obstacles.
	const obstacles = [...bodies];
	nodes.forEach((node) => {
		if (hasLabel(node)) obstacles.push(labelBox(node));
	});
	scope.edges().forEach((edge) => {
		if (!hasLabel(edge)) return;
		const b = labelBox(edge);
		const from = edge.source().position();
		const to = edge.target().position();
		// Along the relation, and to either side of it by half the label's height.
		const dx = to.x - from.x;
		const dy = to.y - from.y;
		const length = Math.hypot(dx, dy) || 1;
		const aside = (b.y2 - b.y1) / 2 + labelFont.gap;
		const sides = [0, aside, -aside];
		labels.push({
			candidates: sides.flatMap((d) =>
				slides.map((t) => shift(b, t * dx - (d * dy) / length, t * dy + (d * dx) / length))
			)
		});
		targets.push(edge);
	});

	// Boxes may touch by a few pixels: label outlines and node borders, not text.
	const choices = placeLabels(obstacles, labels, -2);
	let moved = cy.collection();
	cy.batch(() => {
		choices.forEach((choice, i) => {
			if (choice === 0) return;
			const target = targets[i]!;
			moved = moved.union(target);
			const [at, to] = [labels[i]!.candidates[0]!, labels[i]!.candidates[choice]!];
			target.style({ 'text-margin-x': to.x1 - at.x1, 'text-margin-y': to.y1 - at.y1 });
		});
	});
	placed.set(cy, moved);
}
