/**
 * How a confirmed element and a draft (a guess of the drafting rules) are drawn: a draft is
 * lighter, and dashed round its edge, so nobody mistakes it for a reading. The live stylesheet
 * and every SVG picture of the graph (the first paint, the SVG export) take these numbers, so
 * the three cannot drift apart.
 */

/** A confirmed element's line and border, before the palette's weight. */
export const baseLook = { lineOpacity: 0.8, lineWidth: 1.6, borderOpacity: 0.55 } as const;

export const draftLook = {
	/** Of a node's fill. */
	fillOpacity: 0.55,
	/** A node's border: dash and gap, in pixels at zoom 1. */
	borderDash: [4, 2],
	borderOpacity: 0.9,
	/** Of a relation's line and arrowhead. */
	lineOpacity: 0.45,
	/** A relation's line width, before the palette's weight. */
	lineWidth: 1.2
} as const;

/** A node shape's SVG look: a draft's fill is lighter and its border dashed. */
export const nodeStroke = (draft: boolean) =>
	draft
		? {
				fillOpacity: draftLook.fillOpacity as number | undefined,
				borderDash: draftLook.borderDash.join(' ') as string | undefined,
				borderOpacity: draftLook.borderOpacity as number
			}
		: { fillOpacity: undefined, borderDash: undefined, borderOpacity: baseLook.borderOpacity };

/** A relation line's SVG look: a draft's is lighter and thinner. */
export const lineStroke = (draft: boolean): { opacity: number; width: number } =>
	draft
		? { opacity: draftLook.lineOpacity, width: draftLook.lineWidth }
		: { opacity: baseLook.lineOpacity, width: baseLook.lineWidth };
