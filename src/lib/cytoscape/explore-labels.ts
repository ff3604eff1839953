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
