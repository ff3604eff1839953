import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/lib/graph/sorted';

describe('lowerBound', () => {
	const starts = [0, 4, 4, 9, 15];
	const cases: [number, number][] = [
		[-1, 0],
		[0, 0],
		[3, 1],
		[4, 1],
		[5, 3],
		[15, 4],
		[16, 5]
	];
	it.each(cases)('finds the first start not before %i at index %i', (x, index) => {
		expect(lowerBound(starts, (s) => s < x)).toBe(index);
	});

	it('answers 0 for an empty list', () => {
		expect(lowerBound([], () => true)).toBe(0);
	});

	it('agrees with a linear search on every prefix of a sorted list', () => {
		const sorted = [1, 1, 2, 3, 5, 8, 13, 21];
		for (let x = 0; x <= 22; x++) {
			const linear = sorted.findIndex((s) => s >= x);
			expect(lowerBound(sorted, (s) => s < x)).toBe(linear === -1 ? sorted.length : linear);
		}
	});
});
