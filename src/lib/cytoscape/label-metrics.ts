/**
 * How big a node's label is drawn, and the box a node and its label fill: the build-time
 * layout, the stylesheet and the static picture share these numbers. Plain numbers, no
 * d3-scale, so the first paint can read them.
 */

/** Label metrics shared by the build-time layout and the stylesheet. */
export const labelFont = { size: 12, lineHeight: 1.25, charWidth: 6.9, gap: 4, wrap: 16 };

/** Relation labels: a little smaller than node labels, which they must not outshout. */
export const edgeLabelFont = { size: 10.5 };

/** The box a node and its label occupy, for a node of diameter `size`. */
export function nodeBox(lines: readonly string[], size: number): { w: number; h: number } {
	const longest = Math.max(0, ...lines.map((l) => l.length));
	const textHeight = lines.length * labelFont.size * labelFont.lineHeight;
	return {
		w: Math.max(size, longest * labelFont.charWidth + 4),
		h: size + labelFont.gap + textHeight
	};
}
