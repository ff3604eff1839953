/**
 * The legend's marks, drawn the same in the page (TypeSwatch, StanceLine) and
 * in exported pictures: a 16×16 outline per node type, a dash per stance.
 */
import type { NodeType, Stance } from '../graph/vocabulary';

/** SVG path data in a 16×16 box, echoing each type's node shape on the graph. */
export const swatchPaths: Record<NodeType, string> = {
	actor: 'M8 1a7 7 0 1 0 0.001 0Z',
	alliance: 'M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8Z',
	relationship: 'M1 2h9.3L15 14H5.7Z',
	concern: 'M8 1l7 7-7 7-7-7Z',
	event: 'M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
	mechanism: 'M8 1.5 15 14.5H1Z',
	concept: 'M5 1h6l4 4v6l-4 4H5l-4-4V5Z'
};

/** Dash pattern of a stance's sample line, in px at a stroke width of 2.5 (empty: solid). */
export const stanceDash: Record<Stance, number[]> = {
	cooperative: [],
	adversarial: [6, 3],
	neutral: [1.5, 3]
};
