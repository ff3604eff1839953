import { describe, expect, it } from 'vitest';
import { makeRoom, neededLength, type RoomNode } from '../../src/lib/graph/make-room';
import { overlaps } from '../../src/lib/graph/declutter';

/** A node of radius 10 at (x, y), with a 40×30 box (itself and its label below) around it. */
const node = (x: number, y: number): RoomNode => ({
	box: { x, y: y + 5, w: 40, h: 30 },
	x,
	y,
	r: 10
});
const centre = (box: { x: number; y: number }) => ({ x: box.x, y: box.y - 5 });

describe('neededLength', () => {
	it.each([
		['across a level relation: the label’s width', node(0, 0), node(100, 0), 60 + 20 + 4],
		['along an upright relation: the label’s height', node(0, 0), node(0, 100), 20 + 20 + 4]
	])('%s', (_, a, b, length) => {
		expect(neededLength(a, b, { w: 60, h: 20 }, 2)).toBeCloseTo(length);
	});
});

describe('makeRoom', () => {
	it('lengthens a relation too short for its label, along its own direction', () => {
		const [a, b] = makeRoom([node(0, 0), node(50, 0)], [{ a: 0, b: 1, w: 100, h: 20 }], 2);
		const [ca, cb] = [centre(a!), centre(b!)];
		expect(cb.x - ca.x).toBeGreaterThanOrEqual(124 - 1e-6);
		expect(ca.y).toBeCloseTo(cb.y);
	});

	it('moves a hub less than its neighbours', () => {
		const nodes = [node(0, 0), node(60, 0), node(-60, 0), node(0, 60)];
		const links = [1, 2, 3].map((b) => ({ a: 0, b, w: 80, h: 20 }));
		const [hub] = makeRoom(nodes, links, 2);
		expect(Math.hypot(centre(hub!).x, centre(hub!).y)).toBeLessThan(15);
	});

	it('leaves no two boxes overlapping', () => {
		const nodes = [node(0, 0), node(5, 5), node(10, 0), node(0, 10)];
		const placed = makeRoom(nodes, [{ a: 0, b: 1, w: 50, h: 20 }], 4);
		expect(overlaps(placed)).toEqual([]);
	});

	it('leaves nodes that have room where they are', () => {
		const nodes = [node(0, 0), node(300, 0)];
		const placed = makeRoom(nodes, [{ a: 0, b: 1, w: 50, h: 20 }], 4);
		expect(placed).toEqual(nodes.map((n) => n.box));
	});

	it('does not change its input', () => {
		const nodes = [node(0, 0), node(5, 5)];
		const links = [{ a: 0, b: 1, w: 50, h: 20 }];
		const copy = structuredClone({ nodes, links });
		makeRoom(nodes, links, 4);
		expect({ nodes, links }).toEqual(copy);
	});
});
