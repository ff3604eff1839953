import { describe, expect, it } from 'vitest';
import { closeUpLabelPx, labelPx, modelSizes } from '../../src/lib/cytoscape/label-sizes';

describe('closeUpLabelPx', () => {
	it.each([
		{ presenting: true, width: 1920, height: 1080, px: labelPx.presentWide },
		{ presenting: true, width: 2560, height: 1440, px: labelPx.presentWide },
		{ presenting: true, width: 1280, height: 720, px: labelPx.present },
		{ presenting: true, width: 1920, height: 900, px: labelPx.present },
		{ presenting: true, width: 390, height: 844, px: labelPx.phone },
		{ presenting: false, width: 1920, height: 1080, px: labelPx.explore },
		{ presenting: false, width: 1280, height: 800, px: labelPx.explore },
		{ presenting: false, width: 390, height: 844, px: labelPx.phone }
	])(
		'presenting $presenting at $width×$height reads $px.least px or more',
		({ presenting, width, height, px }) => {
			expect(closeUpLabelPx(presenting, { width, height })).toBe(px);
		}
	);

	it('keeps the projector theme’s promise: no label under 18 px at 1920×1080', () => {
		expect(closeUpLabelPx(true, { width: 1920, height: 1080 }).least).toBeGreaterThanOrEqual(18);
	});

	it('sets every size at or above its least, node labels no smaller than relations', () => {
		for (const px of Object.values(labelPx)) {
			expect(px.edge).toBeGreaterThanOrEqual(px.least);
			expect(px.node).toBeGreaterThanOrEqual(px.edge);
		}
	});
});

describe('modelSizes', () => {
	const base = { node: 12, edge: 10.5 };
	it.each([
		{ zoom: 0.5, node: 39, edge: 37 },
		{ zoom: 1, node: 19.5, edge: 18.5 },
		{ zoom: 1.5, node: 13, edge: 12.33 }
	])('at zoom $zoom sizes labels to read at their px on screen', ({ zoom, node, edge }) => {
		const sizes = modelSizes(labelPx.presentWide, zoom, base);
		expect(sizes.node).toBeCloseTo(node, 2);
		expect(sizes.edge).toBeCloseTo(edge, 2);
	});

	it('never sets labels below the stylesheet sizes, however far it zooms in', () => {
		expect(modelSizes(labelPx.explore, 4, base)).toEqual(base);
	});
});
