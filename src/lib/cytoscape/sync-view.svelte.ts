/**
 * Pushes the page's state into the running graph, one effect per concern, each waiting for
 * the graph to have started: the theme's stylesheet, the view's emphasis, the framing of a
 * path or neighbourhood, a presented story step, hover, and "show in graph". Effects only
 * push out; what they push is derived. Call it while the graph's container mounts.
 */
import { untrack } from 'svelte';
import type { StylesheetJson } from 'cytoscape';
import type { ElementRef } from '../graph/queries';
import type { Explorer } from '../state/explorer.svelte';
import type { Theme } from '../state/theme.svelte';
import * as camera from './camera';
import type { LiveGraph } from './live-graph';
import { placeScopeLabels, viewScope } from './place-labels';
import { latestAfterPaint, latestAtFrame } from './schedule';
import { applyEmphasis, applyHover, type Emphasis } from './sync';
import { syncElements } from './sync-elements';

export interface ViewInputs {
	/** The running graph; reading it must track the flag that says it has started. */
	running(): LiveGraph | null;
	explorer: Explorer;
	theme(): Theme;
	styleFor(theme: Theme): StylesheetJson;
	/** A presentation step's elements, or null outside a presentation. */
	spotlight(): { nodes: Set<string>; edges: Set<string> } | null;
	/** The node the keyboard is on, while the graph has focus. */
	keyboardFocus(): string | null;
	/** Fade what is outside the selection's neighbourhood (off for large graphs). */
	fadeRest: boolean;
	/** Set when a move of the camera means a resize should no longer refit. */
	moved: { value: boolean };
}

/** The value `make` gives for the running graph, made again if the graph is replaced. */
function perGraph<T>(make: (graph: LiveGraph) => T): (graph: LiveGraph) => T {
	let made: { graph: LiveGraph; value: T } | null = null;
	return (graph) => {
		if (made?.graph !== graph) made = { graph, value: make(graph) };
		return made.value;
	};
}

export function syncView(v: ViewInputs) {
	const { explorer } = v;

	// An edited map: its elements first, so the emphasis pushed for it finds them.
	let shown = untrack(() => explorer.dataset);
	$effect(() => {
		const dataset = explorer.dataset;
		const graph = v.running();
		if (!graph || dataset === shown) return;
		shown = dataset;
		syncElements(
			graph.cy,
			dataset,
			untrack(() => explorer.positions)
		);
	});

	let styled = untrack(v.theme);
	$effect(() => {
		const name = v.theme();
		const graph = v.running();
		if (!graph || name === styled) return;
		styled = name;
		graph.cy.style(v.styleFor(name));
	});

	// The view goes in after the frame that paints the evidence for it: the answer to a tap
	// comes first, the graph's restyle a frame later (the first view before the first frame).
	const place = perGraph((graph) =>
		latestAfterPaint(graph.schedule, (e: Emphasis) =>
			placeScopeLabels(graph.cy, viewScope(graph.cy, e))
		)
	);
	const push = perGraph((graph) =>
		latestAfterPaint(graph.schedule, (e: Emphasis) => {
			applyEmphasis(graph.cy, e);
			// A presented step is framed and spread with its labels placed, at once. In the explorer
			// placing measures the labels, which restyles now what the next frame would: it waits
			// for the frame that draws the emphasis, and moves the labels in the one after.
			if (e.spotlight) placeScopeLabels(graph.cy, viewScope(graph.cy, e));
			else place(graph)(e);
		})
	);
	$effect(() => {
		const graph = v.running();
		if (!graph) return;
		push(graph)({
			view: explorer.view,
			index: explorer.index,
			focusSet: explorer.focusSet,
			pathSteps: explorer.pathSteps,
			keyboardFocus: v.keyboardFocus(),
			fadeRest: v.fadeRest,
			spotlight: v.spotlight()
		});
	});

	// Frame a traced path or a focused neighbourhood when it is first shown.
	const framing = $derived(camera.frameKey(explorer.view));
	$effect(() => {
		const graph = v.running();
		if (!framing || !graph) return;
		const ids = untrack(() =>
			explorer.pathSteps
				? explorer.pathSteps.flatMap((s) => [s.from, s.to, s.edge.id])
				: [...(explorer.focusSet?.nodes ?? [])]
		);
		if (!ids.length) return;
		camera.frameElements(graph.cy, ids);
		v.moved.value = true;
	});

	let sized = false;
	$effect(() => {
		const sets = v.spotlight();
		const graph = v.running();
		if (!graph) return;
		camera.presentElements(graph.cy, sets, sized);
		sized = sets !== null;
	});

	// Hover moves a few classes at the next frame; the emphasis effect does not depend on it.
	const hover = perGraph((graph) => {
		let hovered: ElementRef | null = null;
		return latestAtFrame(graph.schedule, (ref: ElementRef | null) => {
			applyHover(graph.cy, explorer.index, hovered, ref);
			hovered = ref;
		});
	});
	$effect(() => {
		const next = explorer.hover;
		const graph = v.running();
		if (graph) hover(graph)(next);
	});

	$effect(() => {
		const request = explorer.graphRequest;
		const graph = v.running();
		if (graph && request) camera.bringIntoView(graph.cy, request.ref);
	});
}
