import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import type { Positions } from '../../src/lib/graph/dataset';
import { centralNode, neighbourInDirection, type Direction } from '../../src/lib/graph/navigate';
import { indexGraph, otherEnd } from '../../src/lib/graph/queries';
import { edge, loadCampDavid, node } from './graphs';

/** A star: `o` at the origin joined to each other node; `stray` is placed but not joined. */
function star(positions: Positions) {
	const ids = Object.keys(positions);
	const index = indexGraph({
		nodes: ids.map((id) => node(id)),
		edges: ids.filter((id) => id !== 'o' && id !== 'stray').map((id) => edge('o', id))
	});
	return (direction: Direction, allowed?: (id: string) => boolean, from = 'o') =>
		neighbourInDirection(index, positions, from, direction, allowed);
}

const arrows: Direction[] = ['up', 'down', 'left', 'right'];

const compass = star({
	o: { x: 0, y: 0 },
	east: { x: 100, y: 0 },
	north: { x: 0, y: -100 },
	south: { x: 10, y: 80 },
	stray: { x: -50, y: 0 }
});

describe('neighbourInDirection', () => {
	it.each([
		{ direction: 'right' as const, expected: 'east' },
		{ direction: 'up' as const, expected: 'north' },
		{ direction: 'down' as const, expected: 'south' },
		{ direction: 'left' as const, expected: null }
	])('moves $direction to $expected', ({ direction, expected }) => {
		expect(compass(direction)).toBe(expected);
	});

	it('only moves along an edge, not to a node merely lying that way', () => {
		// stray lies to the left but is not joined to o.
		expect(compass('left')).toBeNull();
	});

	it.each([
		{ at: { x: 100, y: 100 }, directions: ['down', 'right'] },
		{ at: { x: 100, y: -100 }, directions: ['up', 'right'] },
		{ at: { x: 100, y: 101 }, directions: ['down'] },
		{ at: { x: -100, y: 99 }, directions: ['left'] }
	])(
		'reaches a neighbour at ($at.x, $at.y) only by $directions: the cone is 90° wide',
		({ at, directions }) => {
			const move = star({ o: { x: 0, y: 0 }, n: at });
			expect(arrows.filter((d) => move(d) === 'n')).toEqual(directions);
		}
	);

	it('prefers the neighbour at a smaller angle to the arrow over a nearer one', () => {
		const move = star({
			o: { x: 0, y: 0 },
			aside: { x: 80, y: 40 },
			ahead: { x: 100, y: 0 }
		});
		expect(move('right')).toBe('ahead');
	});

	it('weighs angle against distance: a near neighbour a little off the arrow beats a far one on it', () => {
		// aside is 20° off the arrow, ahead is dead on it but six times as far.
		const move = star({
			o: { x: 0, y: 0 },
			aside: { x: 50 * Math.cos(Math.PI / 9), y: 50 * Math.sin(Math.PI / 9) },
			ahead: { x: 300, y: 0 }
		});
		expect(move('right')).toBe('aside');
	});

	it('prefers the neighbour on the arrow when both are about as near', () => {
		const move = star({
			o: { x: 0, y: 0 },
			aside: { x: 100 * Math.cos(Math.PI / 5), y: 100 * Math.sin(Math.PI / 5) },
			ahead: { x: 110, y: 0 }
		});
		expect(move('right')).toBe('ahead');
	});

	it('prefers the nearer of two neighbours at the same angle', () => {
		const move = star({ o: { x: 0, y: 0 }, far: { x: 0, y: 200 }, near: { x: 0, y: 50 } });
		expect(move('down')).toBe('near');
	});

	it('breaks an exact tie by id', () => {
		const move = star({ o: { x: 0, y: 0 }, b: { x: 40, y: 0 }, a: { x: 40, y: 0 } });
		expect(move('right')).toBe('a');
	});

	it('never moves to a neighbour drawn on top of the node', () => {
		const move = star({ o: { x: 0, y: 0 }, twin: { x: 0, y: 0 } });
		expect(arrows.map((d) => move(d))).toEqual([null, null, null, null]);
	});

	it('skips neighbours that are not allowed', () => {
		const move = star({ o: { x: 0, y: 0 }, near: { x: 50, y: 0 }, far: { x: 200, y: 10 } });
		expect(move('right', (id) => id !== 'near')).toBe('far');
		expect(move('right', (id) => id === 'o')).toBeNull();
	});

	it('returns null from a node without a position', () => {
		expect(compass('right', undefined, 'nowhere')).toBeNull();
	});

	it('ignores a neighbour without a position', () => {
		const index = indexGraph({
			nodes: [node('o'), node('lost'), node('east')],
			edges: [edge('o', 'lost'), edge('o', 'east')]
		});
		const positions = { o: { x: 0, y: 0 }, east: { x: 10, y: 0 } };
		expect(neighbourInDirection(index, positions, 'o', 'right')).toBe('east');
	});

	describe('on the real dataset and its layout', () => {
		const dataset = loadCampDavid();
		const index = indexGraph(dataset);
		let positions: Positions;
		beforeAll(() => {
			positions = layoutDataset(dataset);
		});

		it.each(arrows)(
			'moves %s from every node only to a neighbour within 45° of the arrow',
			(direction) => {
				const [ux, uy] = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[direction];
				let moves = 0;
				for (const { id } of dataset.nodes) {
					const to = neighbourInDirection(index, positions, id, direction);
					if (to === null) continue;
					moves++;
					const neighbours = index.incident.get(id)!.map((x) => otherEnd(x, id));
					expect(neighbours).toContain(to);
					const dx = positions[to]!.x - positions[id]!.x;
					const dy = positions[to]!.y - positions[id]!.y;
					expect((dx * ux! + dy * uy!) / Math.hypot(dx, dy)).toBeGreaterThanOrEqual(
						Math.SQRT1_2 - 1e-9
					);
				}
				expect(moves).toBeGreaterThan(0);
			}
		);
	});
});

describe('centralNode', () => {
	// Mean position (50, 27.5): c is nearest.
	const positions: Positions = {
		a: { x: 0, y: 0 },
		b: { x: 100, y: 0 },
		c: { x: 50, y: 10 },
		d: { x: 50, y: 100 }
	};

	it('picks the node nearest the mean position of all nodes', () => {
		expect(centralNode(positions)).toBe('c');
	});

	it('takes the mean over allowed nodes only, and breaks a tie by order', () => {
		// Without c the mean is (50, 33.3): a and b are equally near.
		expect(centralNode(positions, (id) => id !== 'c')).toBe('a');
	});

	it.each([
		{ name: 'there are no positions', positions: {}, allowed: undefined },
		{ name: 'no node is allowed', positions, allowed: () => false }
	])('returns null when $name', ({ positions: p, allowed }) => {
		expect(centralNode(p, allowed)).toBeNull();
	});

	it('returns the only node of a one-node drawing', () => {
		expect(centralNode({ solo: { x: 7, y: 9 } })).toBe('solo');
	});

	it('does not mutate its input', () => {
		const frozen = Object.freeze(structuredClone(positions));
		centralNode(frozen);
		expect(frozen).toEqual(positions);
	});
});
