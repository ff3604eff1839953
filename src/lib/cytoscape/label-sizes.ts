/**
 * How large a close-up's labels are on screen, in px after zoom, by where they are read. A
 * close-up sets its labels at `node`/`edge` px and never shows one under `least`: when they do
 * not all fit at that size, the view gives them room (frames the close-up to use the canvas,
 * lengthens its relations) and then leaves the least important out (close-up.ts), rather
 * than shrinking them past what the reader can read.
 *
 * - A presentation on a 1920×1080 screen or larger: 18 px, the projector theme's promise (no
 *   text under 18 px at 1920×1080), read from the back of a classroom.
 * - A presentation on a smaller screen (a 1280×720 projector, a laptop): 14 px. The same room
 *   sees a 1280×720 picture as large as a 1920×1080 one, so 14 px there reads as 21 px would
 *   at 1920: more than the projector bar, where the canvas is too small for 18 px labels.
 * - The explorer's close-ups (a focused neighbourhood, a traced path, a selection): 12 px, the
 *   size the graph's labels are made at (scales.ts) and the smallest text of the explorer's
 *   panels; read at arm's length, not across a room.
 * - A phone, held in the hand at 30 cm: 11 px, the smallest size the platforms' own
 *   guidelines use for text to be read (Apple's "caption 2", 11 pt); names of nodes at 12 px.
 *
 * Node labels are set a little larger than relation labels: they name what the view is about.
 */

/** On-screen sizes of a close-up's labels, in px. */
export interface LabelPx {
	node: number;
	edge: number;
	/** No label shown is smaller than this. */
	least: number;
}

/** Narrower than this (the window, in CSS px) is a phone. */
export const phoneWidth = 600;

export const labelPx = {
	presentWide: { node: 19.5, edge: 18.5, least: 18 },
	present: { node: 15, edge: 14.5, least: 14 },
	explore: { node: 13, edge: 12.5, least: 12 },
	phone: { node: 12.5, edge: 11.5, least: 11 }
} as const satisfies Record<string, LabelPx>;

/** The sizes for a presentation (or the explorer) in a window of `screen` CSS px. */
export function closeUpLabelPx(
	presenting: boolean,
	screen: { width: number; height: number }
): LabelPx {
	if (screen.width < phoneWidth) return labelPx.phone;
	if (!presenting) return labelPx.explore;
	// A little short of 1920×1080 still counts: a browser's own bars take some of the screen.
	return screen.width >= 1900 && screen.height >= 1000 ? labelPx.presentWide : labelPx.present;
}

/** Model font sizes that show labels at `px` on screen at `zoom`, never under `base`. */
export function modelSizes(
	px: LabelPx,
	zoom: number,
	base: { node: number; edge: number }
): { node: number; edge: number } {
	return { node: Math.max(base.node, px.node / zoom), edge: Math.max(base.edge, px.edge / zoom) };
}
