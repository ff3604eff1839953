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

// The label metrics live apart, with no d3-scale, for the first paint; the lazy code that
// reads them here still can.
export { edgeLabelFont, labelFont, nodeBox } from './label-metrics';
