/**
 * Every data-to-visual mapping of the graph, through d3-scale: colour and
 * shape by node type, size by the number of supporting passages.
 */
import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import { nodeTypes, type NodeType } from '../graph/vocabulary';

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
export const typeColour = scaleOrdinal<NodeType, string>()
	.domain(nodeTypes)
	.range(['#0072B2', '#009E73', '#F0E442', '#D55E00', '#E69F00', '#CC79A7', '#56B4E9']);

/** Shape is the second cue, so type never depends on colour alone. */
export const typeShape = scaleOrdinal<NodeType, string>()
	.domain(nodeTypes)
	.range([
		'ellipse',
		'hexagon',
		'rhomboid',
		'diamond',
		'round-rectangle',
		'round-triangle',
		'octagon'
	]);

/** Node diameter in model units, by number of passages. */
export function sizeScale(maxPassages: number) {
	return scaleSqrt()
		.domain([1, Math.max(2, maxPassages)])
		.range([20, 46])
		.clamp(true);
}

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
