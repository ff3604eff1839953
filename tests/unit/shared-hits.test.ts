import { describe, expect, it } from 'vitest';
import { keepMs, shareHitTests, type HitRenderer } from '../../src/lib/cytoscape/shared-hits';
import { headlessGraph, loadValid } from './graphs';

const positions = {
	alpha: { x: 0, y: 0 },
	beta: { x: 100, y: 0 },
	'gamma-missiles': { x: 50, y: 80 }
};

/** A renderer whose hit test counts its calls and answers with the node nearest the point. */
function counting(cy: ReturnType<typeof headlessGraph>) {
	const calls: [number, number][] = [];
	class Renderer implements HitRenderer {
		findNearestElements(x: number, y: number) {
			calls.push([x, y]);
			const near = cy
				.nodes()
				.toArray()
				.sort(
					(a, b) =>
						Math.hypot(a.position('x') - x, a.position('y') - y) -
						Math.hypot(b.position('x') - x, b.position('y') - y)
				);
			return near.slice(0, 1);
		}
	}
	const renderer: HitRenderer = new Renderer();
	return { renderer, calls };
}

function setup() {
	// Styles on, as in the page: a restyle is then reported.
	const cy = headlessGraph(loadValid(), positions, { styleEnabled: true });
	const { renderer, calls } = counting(cy);
	let clock = 0;
	const stop = shareHitTests(cy, renderer, () => clock);
	const ask = (x: number, y: number, touch = false) =>
		(renderer.findNearestElements(x, y, true, touch) as { id(): string }[]).map((e) => e.id());
	return { cy, renderer, calls, stop, ask, tick: (ms: number) => (clock += ms) };
}

describe('shareHitTests', () => {
	it('tests once for a hover, a press and a release at the same spot', () => {
		const { ask, calls } = setup();
		expect([ask(2, 3), ask(2, 3), ask(2, 3)]).toEqual([['alpha'], ['alpha'], ['alpha']]);
		expect(calls).toHaveLength(1);
	});

	it('keeps the answer until the graph is drawn again: a change not yet on screen does not count', () => {
		const { cy, ask, calls } = setup();
		expect(ask(40, 0)).toEqual(['alpha']);
		// The press's own restyle, held back from the canvas until the answer's paint, and a
		// move not drawn yet.
		(cy.$id('alpha') as unknown as { activate(): void }).activate();
		cy.$id('beta').position({ x: 40, y: 0 });
		expect(ask(40, 0)).toEqual(['alpha']);
		expect(calls).toHaveLength(1);
		cy.emit('render');
		expect(ask(40, 0)).toEqual(['beta']);
		expect(calls).toHaveLength(2);
	});

	it('tests again at another spot, or for a touch where a mouse asked', () => {
		const { ask, calls } = setup();
		ask(2, 3);
		expect(ask(98, 1)).toEqual(['beta']);
		ask(98, 1, true);
		expect(calls).toHaveLength(3);
	});

	it('tests again at once when an element is added or removed, or the camera moves', () => {
		const { cy, ask, calls } = setup();
		ask(60, 0);
		cy.pan({ x: 10, y: 0 });
		ask(60, 0);
		cy.add({ data: { id: 'delta' }, position: { x: 60, y: 0 } });
		expect(ask(60, 0)).toEqual(['delta']);
		cy.$id('delta').remove();
		expect(ask(60, 0)).toEqual(['beta']);
		expect(calls).toHaveLength(4);
	});

	it('keeps an answer no longer than keepMs', () => {
		const { ask, calls, tick } = setup();
		ask(2, 3);
		tick(keepMs);
		ask(2, 3);
		expect(calls).toHaveLength(1);
		tick(1);
		ask(2, 3);
		expect(calls).toHaveLength(2);
	});

	it('hands each caller an array of its own', () => {
		const { renderer } = setup();
		const first = renderer.findNearestElements(2, 3, true, false);
		first.length = 0;
		expect(renderer.findNearestElements(2, 3, true, false)).toHaveLength(1);
	});

	it("puts the renderer's own test back and stops listening", () => {
		const { cy, renderer, calls, stop, ask } = setup();
		stop();
		expect(Object.prototype.hasOwnProperty.call(renderer, 'findNearestElements')).toBe(false);
		ask(2, 3);
		ask(2, 3);
		expect(calls).toHaveLength(2);
		expect((cy as unknown as { emitter(): { listeners: unknown[] } }).emitter().listeners).toEqual(
			[]
		);
	});

	it('does nothing where there is no renderer (a headless graph)', () => {
		const cy = headlessGraph(loadValid(), positions);
		expect(() => shareHitTests(cy)()).not.toThrow();
	});
});
