/**
 * One hit test per click. Cytoscape finds the element under the pointer by testing every
 * element of the graph, and a click asks at one spot three times: as the pointer arrives
 * (its hover), on the press and on the release. The answer is kept and given again while
 * nothing it depends on has changed: the spot asked about, the camera, and the elements
 * (any added, removed, moved, restyled or given new data). A press's own restyles, which mark
 * the pressed element active and grabbed (an overlay and a drawing layer, no change of shape),
 * do not count: without that, the release would always test again. A kept answer also lapses after
 * `keepMs`, so that nothing Cytoscape measures without telling (a label's size once a font
 * has loaded) can stay stale for long.
 */
import type { Core, EventObject } from 'cytoscape';

/** The part of Cytoscape's renderer that answers "what is at this point?" (model coordinates). */
export interface HitRenderer {
	findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown[];
}

/** How long an answer is kept at most: longer than a click's press, shorter than a pause. */
export const keepMs = 500;

/** What changes the elements' geometry, visibility or labels, or the camera. */
const changes = 'add remove position class data viewport';

/** What Cytoscape reports of a press, each just after restyling the element for it. */
const pressStates = 'activate unactivate grabon grab freeon free';

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
	let version = 0;
	let kept: { x: number; y: number; interactive: boolean; touch: boolean } | null = null;
	let keptVersion = -1;
	let keptAt = 0;
	let answer: unknown[] = [];
	const changed = () => void version++;
	// Cytoscape restyles an element just before it reports it pressed, grabbed or let go: when
	// nothing else has changed since, that restyle was only the press state's.
	let lastRestyle: { id: string; before: number } | null = null;
	const restyled = (e: EventObject) => {
		lastRestyle = { id: e.target.id(), before: version };
		version++;
	};
	const pressed = (e: EventObject) => {
		if (lastRestyle && lastRestyle.id === e.target.id() && version === lastRestyle.before + 1)
			version = lastRestyle.before;
		lastRestyle = null;
	};
	cy.on(changes, changed);
	cy.on(pressStates, pressed);
	cy.on('style', restyled);
	renderer.findNearestElements = function (x, y, interactiveOnly, isTouch) {
		const at = now();
		const same =
			kept !== null &&
			keptVersion === version &&
			at - keptAt <= keepMs &&
			kept.x === x &&
			kept.y === y &&
			kept.interactive === interactiveOnly &&
			kept.touch === isTouch;
		if (!same) {
			answer = test.call(this, x, y, interactiveOnly, isTouch);
			kept = { x, y, interactive: interactiveOnly, touch: isTouch };
			keptVersion = version;
			keptAt = at;
		}
		// A copy: Cytoscape's callers own the array they are handed.
		return answer.slice();
	};
	return () => {
		cy.off(changes, changed);
		cy.off(pressStates, pressed);
		cy.off('style', restyled);
		if (own) renderer.findNearestElements = test;
		else delete (renderer as Partial<HitRenderer>).findNearestElements;
	};
}
