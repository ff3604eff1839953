/**
 * How the graph draws a dataset's nodes, worked out by the d3 scales: each type's colour and
 * shape, and a node's diameter by its number of passages. The first paint (the static picture,
 * the legend's swatches) reads these values rather than the scales, so it never downloads
 * d3-scale: the build works them out for a bundled dataset and ships them with the page; the
 * browser works them out for a map made there, with the code that opens it.
 */
import type { Dataset } from '../graph/dataset';
import { nodeTypes, type NodeType } from '../graph/vocabulary';
import { sizeScale, typeColour, typeShape } from './scales';

export interface GraphLook {
	types: Record<NodeType, { colour: string; shape: string }>;
	/** A node's diameter in model units, by its number of passages: each number the map has. */
	diameters: Record<number, number>;
}

/** A dataset's look, from the scales. */
export function graphLook(dataset: Pick<Dataset, 'nodes'>): GraphLook {
	const counts = new Set(dataset.nodes.map((n) => n.passages.length));
	const size = sizeScale(Math.max(1, ...counts));
	return {
		types: Object.fromEntries(
			nodeTypes.map((t) => [t, { colour: typeColour(t), shape: typeShape(t) }])
		) as GraphLook['types'],
		diameters: Object.fromEntries([...counts].map((c) => [c, Math.round(size(c))]))
	};
}

/** Gives a dataset's look: `graphLook`, or what the build worked out for a bundled dataset. */
export type LookOf = (dataset: Pick<Dataset, 'nodes'>) => GraphLook;
