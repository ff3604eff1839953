import { describe, expect, it } from 'vitest';
import { settleLabels, type SettleInputs } from '../../src/lib/cytoscape/settle-labels';

const px = { node: 13, edge: 12.5, least: 12 };
const base = { node: 12, edge: 10.5 };

/**
 * A close-up on a canvas `canvas` px wide: `fixed` model units of bodies and spacing, plus
 * `labels` labels side by side, each 5 times its font size wide. Leaving out takes labels
 * away; `crowdedUnder` labels shown or more crowd each other whatever the room.
 */
function closeUp(
	canvas: number,
	fixed: number,
	labels: number,
	spare = labels,
	crowdedAt = Infinity
) {
	let shown = labels;
	let size = base.edge;
	const applied: number[] = [];
	const inputs: SettleInputs = {
		px,
		base,
		spare,
		leaveOut: (n) => (shown = labels - n),
		apply: (sizes) => {
			size = sizes.edge;
			applied.push(shown);
			return shown >= crowdedAt ? 1 : 0;
		},
		fit: () => Math.min(2.2, canvas / (fixed + shown * 5 * size)),
		minZoom: 0.2
	};
	return { inputs, shown: () => shown, size: () => size, applied };
}

describe('settleLabels', () => {
	it('starts from the labels it is told to leave out, and keeps them out when that reads', () => {
		const c = closeUp(1000, 200, 12);
		const settled = settleLabels({ ...c.inputs, from: 8 });
		expect(settled).toMatchObject({ leftOut: 8, readable: true });
		expect(c.applied.every((shown) => shown === 4)).toBe(true);
	});

	it('once its time is spent with nothing read, tries its last guess in full', () => {
		const c = closeUp(600, 100, 20);
		const settled = settleLabels({ ...c.inputs, spent: () => c.applied.length >= 1 });
		expect(settled.readable).toBe(true);
		expect(settled.leftOut).toBeGreaterThan(0);
		expect(settled.leftOut).toBeLessThan(20);
		expect(c.size() * settled.zoom).toBeGreaterThanOrEqual(px.least - 1e-9);
	});

	it('and leaves every spare label out when that guess does not read either', () => {
		// Any label shown crowds the others.
		const c = closeUp(600, 100, 20, 20, 1);
		const settled = settleLabels({ ...c.inputs, spent: () => c.applied.length >= 1 });
		expect(settled).toMatchObject({ leftOut: 20, readable: true });
		expect(c.applied.at(-1)).toBe(0);
	});

	it('keeps the fewest left out found before its time was spent', () => {
		const c = closeUp(600, 100, 20);
		let tries = 0;
		const inputs = {
			...c.inputs,
			leaveOut: (n: number) => {
				tries += 1;
				c.inputs.leaveOut(n);
			}
		};
		const settled = settleLabels({ ...inputs, spent: () => tries >= 3 });
		expect(settled.readable).toBe(true);
		expect(settled.leftOut).toBeLessThan(20);
		expect(c.size() * settled.zoom).toBeGreaterThanOrEqual(px.least - 1e-9);
	});

	it('shows every label at its size when the canvas has room for them', () => {
		const c = closeUp(1000, 200, 4);
		const settled = settleLabels(c.inputs);
		expect(settled).toMatchObject({ leftOut: 0, readable: true });
		expect(c.size() * settled.zoom).toBeGreaterThanOrEqual(px.least);
	});

	it('leaves labels out rather than shrink them, and no more than it must', () => {
		// 20 labels at 12.5 px want 20 × 62.5 = 1250 px of a 600 px canvas: 9 fit (562.5 px, and
		// the 100 model units of bodies under 0.375 zoom).
		const c = closeUp(600, 100, 20);
		const settled = settleLabels(c.inputs);
		expect(settled.readable).toBe(true);
		expect(c.size() * settled.zoom).toBeGreaterThanOrEqual(px.least - 1e-9);
		expect(c.shown()).toBe(9);
		expect(settled.leftOut).toBe(20 - c.shown());
	});

	it('leaves labels out where they crowd each other, whatever the size', () => {
		const c = closeUp(2000, 100, 10, 10, 7);
		const settled = settleLabels(c.inputs);
		expect(settled).toMatchObject({ readable: true, leftOut: 4 });
	});

	it('says so when even every spare label left out does not fit, and shows what is left', () => {
		// Three labels that may not be left out, too wide for the canvas at 12 px.
		const c = closeUp(100, 100, 5, 2);
		const settled = settleLabels(c.inputs);
		expect(settled).toMatchObject({ readable: false, leftOut: 2 });
		expect(c.shown()).toBe(3);
	});

	it('never frames a close-up further out than the camera goes', () => {
		const c = closeUp(400, 3000, 0, 0);
		expect(settleLabels(c.inputs).zoom).toBe(0.2);
	});

	it('is deterministic: the same close-up leaves out the same labels', () => {
		const [a, b] = [closeUp(600, 100, 20), closeUp(600, 100, 20)];
		expect(settleLabels(a.inputs)).toEqual(settleLabels(b.inputs));
		expect(a.applied).toEqual(b.applied);
	});
});
