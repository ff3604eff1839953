/**
 * The labels of the explorer's close-ups (a focused neighbourhood, a traced path, a selection
 * with its relations) at the explorer's readable size: what the view is about keeps its
 * label, and the close-up is shown at the zoom its labels were sized for. A focused
 * neighbourhood or a traced path makes room for its labels (its nodes move apart); a selection
 * stays where the reader found it, its labels kept inside the canvas as it is.
 */
import type { Collection, Core } from 'cytoscape';
import { frameZoom } from './camera';
import { settleCloseUp } from './close-up';
import type { LabelPx } from './label-sizes';
import { placeScopeLabels } from './place-labels';
import { labelFont } from './label-metrics';
import type { Settled } from './settle-labels';
import type { Emphasis } from './sync';

/** What the view is about: its labels are never left out. */
export function keptLabels(e: Emphasis): Set<string> {
	const { view, index } = e;
	const keep = [view.node, view.edge, view.focus, ...(view.path ?? [])];
	const edge = view.edge ? index.edges.get(view.edge) : undefined;
	if (edge) keep.push(edge.source, edge.target);
	return new Set(keep.filter((id): id is string => Boolean(id)));
}

/**
 * Sizes, places and leaves out the labels of `scope`; `frame` says the camera will frame the
 * close-up at the zoom returned (else it stays, and labels keep inside the canvas).
 */
export function exploreCloseUp(
	cy: Core,
	e: Emphasis,
	scope: Collection,
	frame: boolean,
	px: LabelPx
): Settled {
	const viewport = { width: cy.width(), height: cy.height() };
	const bounds = frame ? null : cy.extent();
	return settleCloseUp(cy, {
		scope,
		px,
		keep: keptLabels(e),
		spread: Boolean(e.focusSet || e.pathSteps),
		quick: true,
		gap: (edge) => Math.max(labelFont.size, edge),
		place: () => placeScopeLabels(cy, scope, bounds),
		fit: frame
			? () => frameZoom(scope.boundingBox({ includeLabels: true }), viewport)
			: () => cy.zoom()
	});
}

/**
 * What a close-up's settled labels depend on besides their text: the elements it shows (those
 * not hidden, with their sizes and passages), what it keeps, the label sizes asked for, the
 * canvas and the camera. A view that gives the same key as the close-up last settled (an edit
 * renamed an element of it, the keyboard moved within it) keeps its sizes and left-out labels,
 * and only places its labels again (`placeAgain`).
 */
export function closeUpKey(cy: Core, e: Emphasis, scope: Collection, px: LabelPx): string {
	const { x, y } = cy.pan();
	return [
		// A node's size and an element's passages order what is left out first.
		scope
			.filter((ele) => ele.style('display') !== 'none')
			.map((ele) => `${ele.id()}:${ele.data('size') ?? ''}:${ele.data('passages') ?? ''}`)
			.sort()
			.join(' '),
		[...keptLabels(e)].sort().join(' '),
		Boolean(e.focusSet || e.pathSteps),
		px.node,
		px.edge,
		px.least,
		cy.width(),
		cy.height(),
		cy.zoom(),
		x,
		y
	].join('|');
}

/** Places a settled close-up's labels again, at the sizes it settled on; says how many crowd. */
export function placeAgain(cy: Core, scope: Collection): number {
	return placeScopeLabels(cy, scope, cy.extent());
}
