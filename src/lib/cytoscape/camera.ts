/**
 * Where the graph's camera goes: fitting the visible graph, zoom steps, framing a path or a
 * neighbourhood, presenting a story step (framed, with labels sized to be read from the back
 * of a room, label-sizes.ts), bringing one element into view. The arithmetic is pure and tested in Node; the
 * moves take the instance.
 */
import type { Collection, Core } from 'cytoscape';
import type { ElementRef } from '../graph/queries';
import { motionDuration } from '../browser/motion';
import { resetCloseUp, settleCloseUp } from './close-up';
import type { LabelPx } from './label-sizes';
import { restoreSpread } from './spread';

/** Model-to-screen padding of a fit of the whole visible graph (the static picture's inset). */
export const fitPadding = 24;

export { zoomSteps } from './zoom-steps';

/** How long each move animates, in ms (0 when the reader prefers reduced motion). */
export const moveDurations = { fit: 250, frame: 350, spotlight: 450, bringIntoView: 300 };

/** Padding around a framed path or neighbourhood. */
const framePadding = 48;

/** On a phone the whole graph is too small to read: a start there frames the selection. */
export const narrowWidth = 600;
const narrowPadding = 16;
/** The least zoom a phone opens at: labels at their model size (12 px), big enough to tap. */
export const narrowZoom = 1;

export const spotlight = {
	/** Never zoom in further than this, however few elements a step presents. */
	maxZoom: 2.2,
	/** Padding: 8% of the canvas width, at most this many px. */
	maxPadding: 80,
	paddingShare: 0.08
} as const;

/** The zoom at which a box of `box` model units fits the viewport within the padding. */
export function spotlightZoom(
	box: { w: number; h: number },
	viewport: { width: number; height: number }
): number {
	const padding = Math.min(spotlight.maxPadding, viewport.width * spotlight.paddingShare);
	return fitZoom(box, viewport, padding, spotlight.maxZoom);
}

/** The zoom at which a traced path or a focused neighbourhood fits the viewport. */
export function frameZoom(
	box: { w: number; h: number },
	viewport: { width: number; height: number }
): number {
	return fitZoom(box, viewport, framePadding, spotlight.maxZoom);
}

function fitZoom(
	box: { w: number; h: number },
	viewport: { width: number; height: number },
	padding: number,
	most: number
): number {
	return Math.min(
		most,
		(viewport.width - 2 * padding) / Math.max(box.w, 1),
		(viewport.height - 2 * padding) / Math.max(box.h, 1)
	);
}

export function fitVisible(cy: Core, animate = true) {
	const eles = cy.elements(':visible');
	if (animate)
		cy.animate(
			{ fit: { eles, padding: fitPadding } },
			{ duration: motionDuration(moveDurations.fit) }
		);
	else cy.fit(eles, fitPadding);
}

/** Zooms by `factor` about the canvas's centre. */
export function zoomAbout(cy: Core, factor: number) {
	const level = cy.zoom() * factor;
	cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

const collect = (cy: Core, ids: Iterable<string>) => {
	let eles = cy.collection();
	for (const id of ids) eles = eles.union(cy.getElementById(id));
	return eles;
};

/**
 * Frames `eles` (a traced path, a focused neighbourhood) centred at `zoom` (the zoom their
 * labels were sized for), or fitted with their labels whole when no zoom is given.
 */
export function frameElements(cy: Core, eles: Collection, zoom: number | null, done: () => void) {
	if (eles.empty()) return done();
	cy.stop(true);
	cy.animate(
		zoom === null ? { fit: { eles, padding: framePadding } } : { zoom, center: { eles } },
		{
			duration: motionDuration(moveDurations.frame),
			easing: 'ease-in-out-cubic',
			complete: done
		}
	);
}

/**
 * Presents a story step: its nodes, and its relations with their ends, framed, with labels
 * at the presentation's size (`px`), spread and placed by `place` at each size (placing moves
 * labels, which the frame must hold); labels that cannot be shown at that size are left out,
 * never the nodes the step names. `done` runs once the camera has arrived (not if another
 * move stops it).
 */
export function presentElements(
	cy: Core,
	sets: { nodes: Set<string>; edges: Set<string> } | null,
	px: LabelPx,
	place: () => number,
	done: () => void
) {
	resetCloseUp(cy);
	restoreSpread(cy);
	if (!sets) return done();
	let eles: Collection = collect(cy, sets.nodes);
	for (const id of sets.edges) {
		const edge = cy.getElementById(id);
		eles = eles.union(edge).union(edge.connectedNodes());
	}
	if (eles.empty()) return done();
	const viewport = { width: cy.width(), height: cy.height() };
	const { zoom } = settleCloseUp(cy, {
		scope: eles,
		px,
		keep: sets.nodes,
		spread: true,
		// Room between the step's nodes, and along its relations for their labels.
		gap: (edge) => edge * 1.5,
		place,
		fit: () => spotlightZoom(eles.boundingBox({ includeLabels: true }), viewport)
	});
	cy.stop(true);
	cy.animate(
		{ zoom, center: { eles } },
		{
			duration: motionDuration(moveDurations.spotlight),
			easing: 'ease-in-out-cubic',
			complete: done
		}
	);
}

/** "Show in graph": the element (a relation with its ends) centred, zoomed in to at least 1. */
export function bringIntoView(cy: Core, ref: ElementRef) {
	const target = cy.getElementById(ref.id);
	if (target.empty()) return;
	const eles = target.isEdge() ? target.connectedNodes().union(target) : target;
	cy.animate(
		{ center: { eles }, zoom: Math.max(cy.zoom(), 1) },
		{ duration: motionDuration(moveDurations.bringIntoView) }
	);
}

/**
 * The first view on a narrow screen: the selection's neighbourhood, not the whole graph, and
 * never zoomed out past a readable size (then centred on the selection itself).
 */
export function openOnSelection(cy: Core, id: string | undefined, width: number) {
	if (!id || width >= narrowWidth) return;
	const element = cy.getElementById(id);
	if (element.empty()) return;
	cy.fit(element.closedNeighborhood().union(element.connectedNodes()), narrowPadding);
	if (cy.zoom() < narrowZoom) {
		cy.zoom(narrowZoom);
		cy.center(element);
	}
}

/** Centres the node if it is drawn (at least partly) outside the canvas. */
export function keepInView(cy: Core, id: string) {
	const node = cy.getElementById(id);
	if (node.empty()) return;
	const box = node.renderedBoundingBox({ includeLabels: false });
	if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
}

/**
 * What a framing shows, as a key that changes only when the traced path or the focused
 * neighbourhood does: the graph frames it once, when it is first shown.
 */
export function frameKey(view: {
	path: readonly string[] | null;
	focus: string | null;
	depth: number;
}): string {
	if (view.path) return `path:${view.path.join(',')}`;
	return view.focus ? `focus:${view.focus}:${view.depth}` : '';
}
