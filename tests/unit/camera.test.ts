import { describe, expect, it } from 'vitest';
import {
	frameKey,
	frameZoom,
	spotlight,
	spotlightZoom,
	zoomSteps
} from '../../src/lib/cytoscape/camera';

const projector = { width: 1920, height: 1080 };

describe('zoomSteps', () => {
	it('zooms in and out by steps that undo each other', () => {
		expect(zoomSteps.in).toBeGreaterThan(1);
		expect(zoomSteps.in * zoomSteps.out).toBeCloseTo(1, 10);
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

describe('frameZoom', () => {
	it('fits the box inside 48 px of padding, and zooms in no further than a presentation', () => {
		expect(frameZoom({ w: 1184, h: 10 }, { width: 1280, height: 800 })).toBeCloseTo(1, 10);
		expect(frameZoom({ w: 1, h: 1 }, { width: 1280, height: 800 })).toBe(spotlight.maxZoom);
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
