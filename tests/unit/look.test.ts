/**
 * The look the first paint reads instead of the d3 scales: it must be exactly what the scales
 * give, so the static picture and the live canvas draw the same sizes and colours.
 */
import { describe, expect, it } from 'vitest';
import { graphLook } from '../../src/lib/cytoscape/look';
import { sizeScale, typeColour, typeShape } from '../../src/lib/cytoscape/scales';
import { toElements } from '../../src/lib/cytoscape/elements';
import { nodeTypes } from '../../src/lib/graph/vocabulary';
import { loadCampDavid, loadValid } from './graphs';

describe('graphLook', () => {
	const dataset = loadCampDavid();

	it('gives each node type the colour and shape of the scales', () => {
		const { types } = graphLook(dataset);
		for (const t of nodeTypes)
			expect(types[t]).toEqual({ colour: typeColour(t), shape: typeShape(t) });
	});

	it('gives each number of passages the map has the size scale’s diameter, rounded', () => {
		const counts = dataset.nodes.map((n) => n.passages.length);
		const size = sizeScale(Math.max(...counts));
		const { diameters } = graphLook(dataset);
		expect(
			Object.keys(diameters)
				.map(Number)
				.sort((a, b) => a - b)
		).toEqual([...new Set(counts)].sort((a, b) => a - b));
		for (const c of counts) expect(diameters[c]).toBe(Math.round(size(c)));
	});

	it('sizes each node as the live graph does', () => {
		const { diameters } = graphLook(dataset);
		for (const el of toElements(dataset, {})) {
			if (el.group !== 'nodes') continue;
			expect(diameters[el.data.passages as number], el.data.id).toBe(el.data.size);
		}
	});

	it('reads the same after a trip through JSON, as the page ships it', () => {
		const look = graphLook(dataset);
		const shipped = JSON.parse(JSON.stringify(look)) as typeof look;
		for (const n of dataset.nodes)
			expect(shipped.diameters[n.passages.length]).toBe(look.diameters[n.passages.length]);
		expect(shipped.types).toEqual(look.types);
	});

	it('follows an edit: a node given more passages than any other is drawn largest', () => {
		const small = loadValid();
		const before = graphLook(small);
		const [first, ...rest] = small.nodes;
		const grown = {
			nodes: [
				{ ...first!, passages: [...first!.passages, ...first!.passages, ...first!.passages] },
				...rest
			]
		};
		const after = graphLook(grown);
		expect(after.diameters[grown.nodes[0]!.passages.length]).toBe(46);
		expect(before.diameters[first!.passages.length]).toBeLessThan(46);
	});

	it('has no diameters for a map with no nodes, and does not mutate its input', () => {
		expect(graphLook({ nodes: [] }).diameters).toEqual({});
		const copy = structuredClone(dataset.nodes);
		graphLook(dataset);
		expect(dataset.nodes).toEqual(copy);
	});
});
