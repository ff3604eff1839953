/**
 * Work that can wait until what the user asked to see has been painted:
 * restyling the graph, scrolling the reader to a passage, writing the
 * address. None of it may hold up the paint of a tap's answer.
 */

/** Runs `f` in the first task after the next frame has been painted. */
export function afterPaint(f: () => void): void {
	requestAnimationFrame(() => setTimeout(f, 0));
}

/**
 * Runs `f` after the next paint, once the browser is idle (at most `timeout` ms later), so
 * it does not hold up the frame after either. Where there is no idle callback (Safari),
 * in the first task after the paint.
 */
export function whenIdle(f: () => void, timeout = 300): void {
	afterPaint(() => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout });
		else f();
	});
}
