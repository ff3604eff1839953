/**
 * What the live graph listens to: taps select, hover emphasises (not on a large graph, nor
 * while the view moves under a still pointer or a drag), the viewport records that the
 * reader has moved it, and a resize keeps the graph fitted until the reader moves it.
 * Returns the function that removes every listener it added.
 */
import type { Core, EventObject } from 'cytoscape';
import type { ElementRef } from '../graph/queries';
import { fitVisible } from './camera';
import type { Schedule } from './schedule';

export interface GraphEvents {
	select(ref: ElementRef | null): void;
	hover(ref: ElementRef | null): void;
	/** Whether hovering emphasises anything (off for large graphs: a restyle redraws all). */
	hoverable: boolean;
	/** Whether the reader has panned or zoomed since the last fit: resizes then keep the view. */
	moved: { value: boolean };
}

/** A hover within this many ms after the view moved is the view sliding under the pointer. */
const settleMs = 200;

/** A press that moves further than this (CSS px) is a drag, not a click's jitter. */
const dragPx = 3;

/** The longest the canvas is held for one press, in case its release is never reported. */
const holdMs = 1000;

const refOf = (e: EventObject): ElementRef => ({
	kind: e.target.isNode() ? 'node' : 'edge',
	id: e.target.id()
});

/**
 * Holds the canvas back from a press until the frame that paints a tap's answer. Cytoscape
 * redraws the whole canvas on a press (the pressed element is activated) and on its release,
 * and the view's emphasis follows a frame later: drawing them in the frames before the answer,
 * and handing each new canvas to the compositor, would double the time before the evidence
 * shows. The hold ends after the answer's paint, and the next frame draws the press and the
 * emphasis at once; a press that becomes a drag (a pan) lets go at once, so the pan is drawn.
 */
export function pressHold(cy: Core, s: Schedule) {
	let safety: ReturnType<typeof setTimeout> | undefined;
	const release = () => {
		clearTimeout(safety);
		if (!s.held) return;
		s.held = false;
		cy.endBatch();
	};
	return {
		/** Holds drawing, once however often it is called before the release. */
		hold() {
			if (s.held) return;
			s.held = true;
			cy.startBatch();
			// A press whose end never comes (a cancelled touch) lets go on its own.
			safety = setTimeout(release, holdMs);
		},
		release,
		/** Lets go after the next paint. */
		releaseAfterPaint: () => s.releasing(release)
	};
}

export function bindEvents(
	cy: Core,
	container: HTMLElement,
	on: GraphEvents,
	s: Schedule
): () => void {
	let lastMoved = 0;
	const press = pressHold(cy, s);
	let pressAt: { x: number; y: number } | null = null;
	const pressed = (e: EventObject) => {
		pressAt = e.renderedPosition;
		press.hold();
	};
	// A press moved past a click's jitter is a pan: it is drawn as it goes.
	const dragged = (e: EventObject) => {
		if (!pressAt) return;
		const [dx, dy] = [e.renderedPosition.x - pressAt.x, e.renderedPosition.y - pressAt.y];
		if (dx * dx + dy * dy > dragPx * dragPx) press.release();
	};
	const released = () => {
		pressAt = null;
		press.hold();
		press.releaseAfterPaint();
	};
	const tapElement = (e: EventObject) => on.select(refOf(e));
	const tapBackground = (e: EventObject) => {
		if (e.target === cy) on.select(null);
	};
	const over = (e: EventObject) => {
		container.style.cursor = 'pointer';
		if (!on.hoverable || (e.originalEvent as MouseEvent | undefined)?.buttons) return;
		if (performance.now() - lastMoved < settleMs) return;
		on.hover(refOf(e));
	};
	const out = () => {
		on.hover(null);
		container.style.cursor = '';
	};
	const viewport = () => {
		press.release();
		lastMoved = performance.now();
		if (!cy.scratch('fitting')) on.moved.value = true;
	};
	/** Every graph event listened to, with its selector (if any): bound here, unbound on teardown. */
	const graphListeners: [string, string | null, (e: EventObject) => void][] = [
		['tapstart', null, pressed],
		['tapdrag', null, dragged],
		['tapend', null, released],
		// A second finger makes the press a gesture, which ends with no tapend; so does a cancel.
		['cxttapstart', null, press.release],
		['tap', 'node, edge', tapElement],
		['tap', null, tapBackground],
		['mouseover', 'node, edge', over],
		['mouseout', 'node, edge', out],
		['viewport', null, viewport]
	];
	const cancels = ['touchcancel', 'pointercancel'] as const;
	for (const [events, selector, f] of graphListeners) {
		if (selector) cy.on(events, selector, f);
		else cy.on(events, f);
	}
	for (const type of cancels) container.addEventListener(type, press.release);

	// The observer also reports the size the instance was made at: only real changes redraw.
	let size = [container.clientWidth, container.clientHeight];
	const resize = new ResizeObserver(() => {
		const next = [container.clientWidth, container.clientHeight];
		if (next[0] === size[0] && next[1] === size[1]) return;
		size = next;
		cy.resize();
		if (on.moved.value) return;
		cy.scratch('fitting', true);
		fitVisible(cy, false);
		cy.scratch('fitting', false);
	});
	resize.observe(container);

	return () => {
		resize.disconnect();
		press.release();
		for (const [events, selector, f] of graphListeners) {
			if (selector) cy.off(events, selector, f);
			else cy.off(events, f);
		}
		for (const type of cancels) container.removeEventListener(type, press.release);
		container.style.cursor = '';
	};
}

/** The visible node drawn at a point of the page (client coordinates), if any. */
export function nodeAt(cy: Core, clientX: number, clientY: number): ElementRef | null {
	const box = cy.container()!.getBoundingClientRect();
	const [x, y] = [clientX - box.left, clientY - box.top];
	const node = cy.nodes(':visible').filter((n) => {
		const b = n.renderedBoundingBox({ includeLabels: false });
		return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
	})[0];
	return node ? { kind: 'node', id: node.id() } : null;
}
