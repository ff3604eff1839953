/**
 * One hit test per click. Cytoscape finds the element under the pointer by testing every
 * element of the graph, and a click asks at one spot three times: as the pointer arrives
 * (its hover), on the press and on the release. The answer is kept and given again while
 * the picture it was found in is the one on screen: until the graph is drawn again (after any
 * move, restyle or new data), an element is added or removed, or the camera moves. A press's
 * own restyle (the pressed element made active) is held back from the canvas until its
 * answer has been painted (see `pressHold`), so the release reuses the press's test. A kept
 * answer also lapses after `keepMs`.
 *
 * For the canvas renderer only: the WebGL renderer finds elements in a picking buffer, which
 * costs little, and reports no redraws.
 */
import type { Core } from 'cytoscape';

/** The part of Cytoscape's renderer that answers "what is at this point?" (model coordinates). */
export interface HitRenderer {
	findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown[];
}

/** How long an answer is kept at most: longer than a click's press, shorter than a pause. */
export const keepMs = 500;

/** What ends the picture an answer was found in. */
const changes = 'render add remove viewport';

const rendererOf = (cy: Core) =>
	(cy as unknown as { renderer(): HitRenderer | null | undefined }).renderer?.() ?? null;

/**
 * Shares hit tests on `cy`'s renderer (or `renderer`, in tests). Returns the function that
 * puts the renderer's own test back and stops listening.
 */
export function shareHitTests(
	cy: Core,
	renderer: HitRenderer | null = rendererOf(cy),
	now: () => number = () => performance.now()
): () => void {
	if (!renderer || typeof renderer.findNearestElements !== 'function') return () => {};
	const own = Object.prototype.hasOwnProperty.call(renderer, 'findNearestElements');
	const test = renderer.findNearestElements;
	let picture = 0;
	let kept: {
		x: number;
		y: number;
		interactive: boolean;
		touch: boolean;
		picture: number;
		at: number;
		answer: unknown[];
	} | null = null;
	const changed = () => void picture++;
	cy.on(changes, changed);
	renderer.findNearestElements = function (x, y, interactive, touch) {
		const at = now();
		const same =
			kept?.picture === picture &&
			at - kept.at <= keepMs &&
			kept.x === x &&
			kept.y === y &&
			kept.interactive === interactive &&
			kept.touch === touch;
		if (!same) {
			const answer = test.call(this, x, y, interactive, touch);
			kept = { x, y, interactive, touch, picture, at, answer };
		}
		// A copy: Cytoscape's callers own the array they are handed.
		return kept!.answer.slice();
	};
	return () => {
		cy.off(changes, changed);
		if (own) renderer.findNearestElements = test;
		else delete (renderer as Partial<HitRenderer>).findNearestElements;
	};
}
