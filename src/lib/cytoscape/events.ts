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

const refOf = (e: EventObject): ElementRef => ({
	kind: e.target.isNode() ? 'node' : 'edge',
	id: e.target.id()
});

/**
 * Holds the canvas back for the frame that paints a tap's answer. Cytoscape redraws the whole
 * canvas after every press (the pressed element is activated and released), and the view's
 * emphasis follows a frame later: drawing both in that frame, and handing the new canvas to
 * the compositor, would double the time before the evidence shows. The batch ends after the
 * answer's paint, and the next frame draws the press and the emphasis at once.
 */
function holdDrawing(cy: Core, s: Schedule) {
	cy.startBatch();
	s.afterPaint(() => cy.endBatch());
}

export function bindEvents(
	cy: Core,
	container: HTMLElement,
	on: GraphEvents,
	s: Schedule
): () => void {
	let lastMoved = 0;
	const tapElement = (e: EventObject) => {
		holdDrawing(cy, s);
		on.select(refOf(e));
	};
	const tapBackground = (e: EventObject) => {
		if (e.target !== cy) return;
		holdDrawing(cy, s);
		on.select(null);
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
		lastMoved = performance.now();
		if (!cy.scratch('fitting')) on.moved.value = true;
	};
	cy.on('tap', 'node, edge', tapElement);
	cy.on('tap', tapBackground);
	cy.on('mouseover', 'node, edge', over);
	cy.on('mouseout', 'node, edge', out);
	cy.on('viewport', viewport);

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
		cy.off('tap', 'node, edge', tapElement);
		cy.off('tap', tapBackground);
		cy.off('mouseover', 'node, edge', over);
		cy.off('mouseout', 'node, edge', out);
		cy.off('viewport', viewport);
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
