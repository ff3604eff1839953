/**
 * Where the graph's camera goes: fitting the visible graph, zoom steps, framing a path or a
 * neighbourhood, presenting a story step (framed, with labels sized to be read from the back
 * of a room), bringing one element into view. The arithmetic is pure and tested in Node; the
 * moves take the instance.
 */
import type { Collection, Core } from 'cytoscape';
import type { ElementRef } from '../graph/queries';
import { edgeLabelFont, labelFont } from './scales';
import { motionDuration } from '../browser/motion';
import { restoreSpread, spreadUntilPlaced } from './spread';

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
	paddingShare: 0.08,
	/**
	 * On-screen size of presented labels, in px: at least 18 px at 1920×1080 (the projector
	 * bar), node labels a little larger, as they name what the step is about.
	 */
	nodeLabelPx: 19.5,
	edgeLabelPx: 18.5,
	/** On a phone, held in the hand: smaller, or a step's labels would bury its graph. */
	narrowNodeLabelPx: 13,
	narrowEdgeLabelPx: 12,
	/**
	 * Rounds of sizing: larger labels widen the frame (and the room their nodes make for them),
	 * which lowers the zoom; four settle it.
	 */
	passes: 4,
	/**
	 * Labels are sized for no less than this share of the first fit's zoom. Where a step's
	 * labels cannot fit the canvas at their size (a phone), sizing for ever lower zooms would
	 * grow them without end: there they are sized once, and the frame shows them smaller.
	 */
	leastZoomShare: 0.6
} as const;

/** Model font sizes that make presented labels `spotlight.*LabelPx` on screen at `zoom`. */
export function spotlightLabelSizes(zoom: number, narrow = false): { node: number; edge: number } {
	const [node, edge] = narrow
		? [spotlight.narrowNodeLabelPx, spotlight.narrowEdgeLabelPx]
		: [spotlight.nodeLabelPx, spotlight.edgeLabelPx];
	return {
		node: Math.max(labelFont.size, node / zoom),
		edge: Math.max(edgeLabelFont.size, edge / zoom)
	};
}

/** The zoom at which a box of `box` model units fits the viewport within the padding. */
export function spotlightZoom(
	box: { w: number; h: number },
	viewport: { width: number; height: number }
): number {
	const padding = Math.min(spotlight.maxPadding, viewport.width * spotlight.paddingShare);
	return Math.min(
		spotlight.maxZoom,
		(viewport.width - 2 * padding) / Math.max(box.w, 1),
		(viewport.height - 2 * padding) / Math.max(box.h, 1)
	);
}

/**
 * Sizes presented labels and finds the zoom that shows them: `size` applies label sizes,
 * `measure` gives the presented box as it now is. Zooming to exactly the returned level
 * leaves every label at least its on-screen size, whatever a fit would have chosen.
 */
export function settleSpotlight(
	size: (sizes: { node: number; edge: number }) => void,
	measure: () => { w: number; h: number },
	viewport: { width: number; height: number }
): number {
	const narrow = viewport.width < narrowWidth;
	let zoom = spotlightZoom(measure(), viewport);
	const least = zoom * spotlight.leastZoomShare;
	for (let pass = 0; pass < spotlight.passes; pass++) {
		size(spotlightLabelSizes(zoom, narrow));
		zoom = Math.max(least, Math.min(zoom, spotlightZoom(measure(), viewport)));
	}
	size(spotlightLabelSizes(zoom, narrow));
	return zoom;
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

/** Frames `eles` (a traced path, a focused neighbourhood) with their labels whole. */
export function frameElements(cy: Core, eles: Collection, done: () => void) {
	if (eles.empty()) return done();
	cy.animate(
		{ fit: { eles, padding: framePadding } },
		{ duration: motionDuration(moveDurations.frame), easing: 'ease-in-out-cubic', complete: done }
	);
}

/**
 * Presents a story step: its nodes, and its relations with their ends, framed, with labels
 * sized by settleSpotlight and placed by `place` at each size (placing moves labels, which
 * the frame must hold). `previous` says whether a step had set label sizes, to undo:
 * restyling every element costs a full pass, so only then. `done` runs once the camera has
 * arrived (not if another move stops it).
 */
export function presentElements(
	cy: Core,
	sets: { nodes: Set<string>; edges: Set<string> } | null,
	previous: boolean,
	place: () => number,
	done: () => void
) {
	if (previous) cy.elements().removeStyle('font-size');
	restoreSpread(cy);
	if (!sets) return done();
	let eles: Collection = collect(cy, sets.nodes);
	for (const id of sets.edges) {
		const edge = cy.getElementById(id);
		eles = eles.union(edge).union(edge.connectedNodes());
	}
	if (eles.empty()) return done();
	const viewport = { width: cy.width(), height: cy.height() };
	const measure = () => eles.boundingBox({ includeLabels: true });
	const settled = settleSpotlight(
		(sizes) => {
			eles.nodes().style('font-size', sizes.node);
			eles.edges().style('font-size', sizes.edge);
			// Room between the step's nodes, and along its relations for their labels.
			spreadUntilPlaced(cy, eles.nodes(), eles.edges(), sizes.edge * 1.5, place);
		},
		measure,
		viewport
	);
	// The last sizing may have grown the box: the frame holds it whole, its labels smaller if
	// they must be.
	const zoom = Math.min(settled, spotlightZoom(measure(), viewport));
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
