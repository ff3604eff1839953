/**
 * Shrinks a box's type until its content fits its height: the box's CSS sizes are written as
 * `calc(var(--fit) * …)` with a floor, and this finds the largest `--fit` (at most 1) at
 * which nothing scrolls. A presentation step then shows whole, whatever the screen and
 * however long its passage, without a size chosen per step. A box that is not a scroll
 * container (the phone's layout, where the page scrolls) is left at 1.
 */

/** Below this the floors of every size have taken over, so smaller factors change nothing. */
const smallest = 0.3;
/** Halvings of the search interval: 7 leave it under 1% of the type size. */
const rounds = 7;

const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;

/** Sets `--fit` on `box` to the largest factor in [0.3, 1] at which it does not overflow. */
export function fitText(box: HTMLElement): number {
	const set = (fit: number) => box.style.setProperty('--fit', String(fit));
	set(1);
	const scrolls = getComputedStyle(box).overflowY;
	if ((scrolls !== 'auto' && scrolls !== 'scroll') || !overflows(box)) return 1;
	let fits = smallest;
	let tooBig = 1;
	for (let round = 0; round < rounds; round++) {
		const mid = (fits + tooBig) / 2;
		set(mid);
		if (overflows(box)) tooBig = mid;
		else fits = mid;
	}
	set(fits);
	return fits;
}

/**
 * An attachment: fits `box` now and again whenever it changes size (a window resize, full
 * screen), then calls `fitted`. Resizes are coalesced into one fit per frame.
 */
export function fitTextOnResize(fitted: () => void) {
	return (box: HTMLElement) => {
		let frame = 0;
		let width = -1;
		let height = -1;
		const run = () => {
			frame = 0;
			fitText(box);
			fitted();
		};
		const observer = new ResizeObserver(([entry]) => {
			const { inlineSize, blockSize } = entry!.borderBoxSize[0]!;
			// A fit changes the content, not the box; only a new box size needs a new fit.
			if (inlineSize === width && blockSize === height) return;
			width = inlineSize;
			height = blockSize;
			if (!frame) frame = requestAnimationFrame(run);
		});
		run();
		observer.observe(box);
		return () => {
			observer.disconnect();
			cancelAnimationFrame(frame);
		};
	};
}
