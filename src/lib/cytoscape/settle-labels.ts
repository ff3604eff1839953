/**
 * Finds the zoom at which a close-up's labels read at their size, and how many of the least
 * important to leave out when not all of them can. Larger labels (model size = px ÷ zoom)
 * widen the close-up and the room its nodes make for them, which lowers the zoom that frames
 * it: a few rounds settle it. Where the labels need more room than the canvas has, no zoom
 * does, and shrinking them would make them unreadable: labels are left out instead, as few
 * as a short search finds. Pure arithmetic over callbacks, tested in Node.
 */
import { modelSizes, type LabelPx } from './label-sizes';

type Sizes = { node: number; edge: number };

export interface SettleInputs {
	px: LabelPx;
	/** The stylesheet's sizes: labels are never set smaller. */
	base: Sizes;
	/** How many labels may be left out, least important first. */
	spare: number;
	/**
	 * How many to leave out at the first try (0 when not given). A large close-up starts with
	 * its relations' labels out: every try places all its labels again, and it has too many to
	 * search for the fewest in the time a view change has.
	 */
	from?: number;
	/** Leaves out the first `n` spare labels, and shows the rest. */
	leaveOut(n: number): void;
	/** Sets labels to `sizes`, makes room and places them; says how many found no clear place. */
	apply(sizes: Sizes): number;
	/** The zoom that frames the close-up as it now is (the current zoom, if the camera stays). */
	fit(): number;
	/** The camera zooms out no further than this: a close-up that needs less does not fit. */
	minZoom: number;
	/**
	 * Whether the search has spent its time (every placement measures and moves the whole
	 * close-up): then the fewest left out found so far stays, or, with none found, every spare
	 * label is left out. Never, when not given.
	 */
	spent?(): boolean;
}

export interface Settled {
	zoom: number;
	/** Labels left out. */
	leftOut: number;
	/** Whether every label shown reads at `px.least` or more, clear of the others. */
	readable: boolean;
}

/** Rounds of sizing per try. */
export const passes = 4;
/** Tries at most, before the best is applied again; the last leaves out every spare label. */
export const tries = 8;
/** Guesses tried in full, at most, once the search's time is spent with nothing read. */
export const lastGuesses = 3;
/** The camera's move may land a hair off the zoom asked for: labels keep 1% above their least. */
const margin = 1.01;

/**
 * One try with `n` labels left out, from the zoom `start` (the same for every try); cut short
 * when `bounded` and the search's time is spent.
 */
function attempt(
	s: SettleInputs,
	n: number,
	start: number,
	bounded = true
): Settled & { shortfall: number; crowded: number } {
	s.leaveOut(n);
	let zoom = start;
	let crowded = 0;
	let applied: Sizes | null = null;
	// Sizes the labels for `zoom`; sizes already applied are not applied again (a camera that
	// stays, or a frame that has settled).
	const size = () => {
		const sizes = modelSizes(s.px, zoom, s.base);
		if (applied?.node !== sizes.node || applied.edge !== sizes.edge) crowded = s.apply(sizes);
		applied = sizes;
		return sizes;
	};
	for (let pass = 0; pass < passes && !(bounded && s.spent?.()); pass++) {
		size();
		// Half a step further than the frame fell short: larger labels widen the frame again, and
		// a zoom a little too low only leaves the frame some room, where one too high would show
		// every label under its size.
		const fit = s.fit();
		if (fit < zoom) zoom = Math.max(s.minZoom, fit * Math.sqrt(fit / zoom));
	}
	const sizes = size();
	const shown = Math.min(zoom, s.fit());
	// How much larger the canvas would have to be (1 or less: large enough).
	const shortfall = Math.max(
		(s.px.least * margin) / (Math.min(sizes.node, sizes.edge) * shown),
		s.minZoom / shown
	);
	return {
		zoom: Math.max(shown, s.minZoom),
		leftOut: n,
		readable: crowded === 0 && shortfall <= 1 + 1e-9,
		shortfall,
		crowded
	};
}

/**
 * How many to leave out after a try that did not read, `failed` left out: too large for the
 * canvas, the share of area it fell short by (the labels' area goes with the square of the
 * size); crowded, as many as crowd, at least.
 */
function guess(s: SettleInputs, last: { shortfall: number; crowded: number }, failed: number) {
	const share = last.shortfall > 1 ? 1 - 1 / last.shortfall ** 2 : 0;
	const more = Math.max(1, last.crowded, Math.ceil((s.spare - failed) * share));
	return Math.min(s.spare, failed + more);
}

/**
 * Sizes, places and frames, leaving out as few spare labels as it finds it must: none if all
 * fit (or `from`); else a guess from how far short the canvas fell (the labels' area goes with the square
 * of the size), then halving the gap between what failed and what fitted. The state applied
 * last is the one returned. When even every spare label left out does not fit, that is what
 * is shown, its labels smaller than `least`.
 */
export function settleLabels(s: SettleInputs): Settled {
	const start = s.fit();
	const from = Math.min(s.spare, s.from ?? 0);
	let last = attempt(s, from, start);
	if (last.readable) return last;
	// Nothing more to leave out: what stays is sized in full.
	if (s.spare === from) return s.spent?.() ? attempt(s, from, start, false) : last;
	let failed = from;
	let fitted: number | null = null;
	for (let t = 1; t < tries && !s.spent?.(); t++) {
		let n: number;
		if (fitted !== null) n = Math.floor((failed + fitted) / 2);
		else if (t === tries - 1) n = s.spare;
		else n = guess(s, last, failed);
		last = attempt(s, n, start);
		if (last.readable) fitted = n;
		else failed = n;
		if (fitted !== null && fitted - failed <= 1) break;
		if (fitted === null && failed === s.spare) return last;
	}
	// What stays is sized in full, however long the search took. With nothing found to read
	// when the time ran out, the guess from the last try is tried in full, a few times at most,
	// and only if none reads is every spare label left out.
	for (let t = 0; fitted === null && t < lastGuesses; t++) {
		failed = last.leftOut;
		const n = guess(s, last, failed);
		if (n >= s.spare) break;
		last = attempt(s, n, start, false);
		if (last.readable) return last;
	}
	if (fitted === null) return attempt(s, s.spare, start, false);
	return last.leftOut === fitted ? last : attempt(s, fitted, start, false);
}
