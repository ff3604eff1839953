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
import { resetCloseUp } from './close-up';
import { closeUpKey, exploreCloseUp, placeAgain } from './explore-labels';
import { closeUpLabelPx } from './label-sizes';
import { placeScopeLabels, viewScope } from './place-labels';
import { latestAfterPaint, latestAtFrame } from './schedule';
import { restoreSpread } from './spread';
import { applyEmphasis, applyHover, type Emphasis } from './sync';
import { syncElements } from './sync-elements';

/** A view on its way in, and its place in the order of views. */
interface Pushed {
	e: Emphasis;
	token: number;
}

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

/** Close-up label sizes for the window as it now is. */
const readablePx = (presenting: boolean) =>
	closeUpLabelPx(presenting, { width: window.innerWidth, height: window.innerHeight });

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

	/**
	 * The close-up last settled, on which graph, and whether its labels all read: while the camera
	 * stays where it left it, a view that shows it again only places its labels again.
	 */
	let settled: { graph: LiveGraph; key: string; readable: boolean } | null = null;

	// An edited map: its elements first, so the emphasis pushed for it finds them.
	let shown = untrack(() => explorer.dataset);
	$effect(() => {
		const dataset = explorer.dataset;
		const graph = v.running();
		if (!graph || dataset === shown) return;
		shown = dataset;
		const { added, removed } = syncElements(
			graph.cy,
			dataset,
			untrack(() => explorer.positions)
		);
		// An element made again (an undo, then a redo) has none of the sizes the close-up gave it.
		if (added || removed) settled = null;
	});

	let styled = untrack(v.theme);
	$effect(() => {
		const name = v.theme();
		const graph = v.running();
		if (!graph || name === styled) return;
		styled = name;
		graph.cy.style(v.styleFor(name));
	});

	// What the view frames, once: set when a traced path or a focused neighbourhood is first
	// shown, framed once its labels are placed (the frame holds them whole).
	const framing = $derived(camera.frameKey(explorer.view));
	let toFrame = false;
	// A view with nothing to frame cancels a framing that a skipped placement left behind.
	$effect(() => {
		if (v.running()) toFrame = framing !== '';
	});

	// The canvas says when the view has settled (emphasis on, labels placed, camera arrived):
	// `data-settled` turns false as a view goes in, and true once the latest one has.
	let latest = 0;
	const settle = (graph: LiveGraph, token: number) => () => {
		if (token === latest) graph.cy.container()!.dataset.settled = 'true';
	};

	// The view goes in after the frame that paints the evidence for it: the answer to a tap
	// comes first, the graph's restyle a frame later (the first view before the first frame).
	// In the explorer placing measures the labels, which restyles now what the next frame
	// would: it waits for the frame that draws the emphasis, and moves the labels in the one
	// after.
	const place = perGraph((graph) =>
		latestAfterPaint(graph.schedule, ({ e, token }: Pushed) => {
			// A newer view is on its way, and places its own labels.
			if (token !== latest) return;
			const scope = viewScope(graph.cy, e);
			const done = settle(graph, token);
			if (!scope) {
				settled = null;
				resetCloseUp(graph.cy);
				restoreSpread(graph.cy);
				placeScopeLabels(graph.cy, null);
				return done();
			}
			// A focused neighbourhood or a traced path is framed once, when first shown, at the zoom
			// its labels are sized for; a selection stays where the reader found it.
			const frame = toFrame;
			const px = readablePx(false);
			// A framed close-up moves the camera, so it is never the one settled before.
			const key = frame ? null : closeUpKey(graph.cy, e, scope, px);
			// Placed again, labels that read before and now crowd (a longer name) are settled afresh.
			if (key && settled?.graph === graph && settled.key === key) {
				const crowded = placeAgain(graph.cy, scope);
				if (!crowded || !settled.readable) return done();
			}
			const { zoom, readable } = exploreCloseUp(graph.cy, e, scope, frame, px);
			settled = key ? { graph, key, readable } : null;
			if (!frame) return done();
			toFrame = false;
			camera.frameElements(graph.cy, scope, zoom, done);
			v.moved.value = true;
		})
	);
	// A presented step is sized, spread, placed and framed at once, when the step changes.
	let presented: Emphasis['spotlight'] = null;
	const push = perGraph((graph) =>
		latestAfterPaint(graph.schedule, ({ e, token }: Pushed) => {
			applyEmphasis(graph.cy, e);
			if (!e.spotlight && !presented) return place(graph)({ e, token });
			// A presented step sizes labels its own way: the next close-up settles afresh.
			settled = null;
			if (e.spotlight === presented) return settle(graph, token)();
			presented = e.spotlight ?? null;
			camera.presentElements(
				graph.cy,
				presented,
				readablePx(true),
				() => placeScopeLabels(graph.cy, viewScope(graph.cy, e)),
				settle(graph, token)
			);
		})
	);
	$effect(() => {
		const graph = v.running();
		if (!graph) return;
		const e: Emphasis = {
			view: explorer.view,
			index: explorer.index,
			focusSet: explorer.focusSet,
			pathSteps: explorer.pathSteps,
			keyboardFocus: v.keyboardFocus(),
			fadeRest: v.fadeRest,
			spotlight: v.spotlight()
		};
		graph.cy.container()!.dataset.settled = 'false';
		graph.schedule.answering();
		push(graph)({ e, token: ++latest });
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
