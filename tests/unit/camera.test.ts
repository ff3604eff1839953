import { describe, expect, it } from 'vitest';
import {
	frameKey,
	settleSpotlight,
	spotlight,
	spotlightLabelSizes,
	spotlightZoom,
	zoomSteps
} from '../../src/lib/cytoscape/camera';
import { edgeLabelFont, labelFont } from '../../src/lib/cytoscape/scales';

const projector = { width: 1920, height: 1080 };

describe('zoomSteps', () => {
	it('zooms in and out by steps that undo each other', () => {
		expect(zoomSteps.in).toBeGreaterThan(1);
		expect(zoomSteps.in * zoomSteps.out).toBeCloseTo(1, 10);
	});
});

describe('spotlightLabelSizes', () => {
	it.each([
		{ zoom: 0.5, node: 39, edge: 37 },
		{ zoom: 1, node: 19.5, edge: 18.5 },
		{ zoom: 1.5, node: 13, edge: 12.33 }
	])(
		'at zoom $zoom sizes labels to read $node px and $edge px on screen',
		({ zoom, node, edge }) => {
			const sizes = spotlightLabelSizes(zoom);
			expect(sizes.node).toBeCloseTo(node, 2);
			expect(sizes.edge).toBeCloseTo(edge, 2);
			expect(sizes.node * zoom).toBeCloseTo(spotlight.nodeLabelPx, 10);
			expect(sizes.edge * zoom).toBeCloseTo(spotlight.edgeLabelPx, 10);
		}
	);

	it('never sets labels below the stylesheet sizes, however far it zooms in', () => {
		expect(spotlightLabelSizes(spotlight.maxZoom)).toEqual({
			node: labelFont.size,
			edge: edgeLabelFont.size
		});
	});
});

describe('spotlightZoom', () => {
	it('fits the box inside 8% padding, at most 80 px', () => {
		// 1920 wide: 8% would be 153.6 px, so the padding is 80 px on each side.
		expect(spotlightZoom({ w: 1760, h: 10 }, projector)).toBeCloseTo(1, 10);
		expect(spotlightZoom({ w: 10, h: 920 }, projector)).toBeCloseTo(1, 10);
		// 500 wide: 40 px padding.
		expect(spotlightZoom({ w: 420, h: 1 }, { width: 500, height: 1000 })).toBeCloseTo(1, 10);
	});

	it('never zooms in past its maximum, even on a single small node', () => {
		expect(spotlightZoom({ w: 1, h: 1 }, projector)).toBe(spotlight.maxZoom);
		expect(spotlightZoom({ w: 0, h: 0 }, projector)).toBe(spotlight.maxZoom);
	});
});

describe('settleSpotlight', () => {
	/** A box whose labels widen it: `base` plus ten label widths of the node font size. */
	function labelled(base: number) {
		let size = labelFont.size;
		return {
			size: (sizes: { node: number }) => (size = sizes.node),
			measure: () => ({ w: base + 10 * size, h: 100 }),
			applied: () => size
		};
	}

	it('zooms to a level at which the sized labels still read at their on-screen size', () => {
		const box = labelled(1200);
		const zoom = settleSpotlight(box.size, box.measure, projector);
		expect(box.applied() * zoom).toBeGreaterThanOrEqual(spotlight.nodeLabelPx - 1e-9);
		// …and the framed box, with the labels at that size, fits: two rounds of sizing settle it
		// to within a percent of the padded width.
		expect(box.measure().w * zoom).toBeLessThanOrEqual((projector.width - 2 * 80) * 1.01);
	});

	it('applies the sizes of the final zoom last', () => {
		const seen: number[] = [];
		const box = labelled(600);
		const zoom = settleSpotlight(
			(sizes) => {
				seen.push(sizes.node);
				box.size(sizes);
			},
			box.measure,
			projector
		);
		expect(seen).toHaveLength(spotlight.passes + 1);
		expect(seen.at(-1)).toBe(spotlightLabelSizes(zoom).node);
	});
});

describe('frameKey', () => {
	it.each([
		[{ path: ['a', 'b'], focus: null, depth: 1 }, 'path:a,b'],
		[{ path: ['a', 'b'], focus: 'c', depth: 2 }, 'path:a,b'],
		[{ path: null, focus: 'c', depth: 2 }, 'focus:c:2'],
		[{ path: null, focus: null, depth: 2 }, '']
	])('%o frames %j', (view, key) => {
		expect(frameKey(view)).toBe(key);
	});

	it('changes with the depth of a focus, so a deeper neighbourhood is framed again', () => {
		expect(frameKey({ path: null, focus: 'c', depth: 1 })).not.toBe(
			frameKey({ path: null, focus: 'c', depth: 2 })
		);
	});
});
