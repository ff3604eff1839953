/** The presentation's keys: which step each moving command leads to. */
import { describe, expect, it } from 'vitest';
import { stepFor } from '../../src/lib/views/present-keys';

describe('stepFor', () => {
	it('moves within the story and stops at its ends; other commands move nothing', () => {
		expect(stepFor('next', 3, 15)).toBe(4);
		expect(stepFor('next', 15, 15)).toBe(15);
		expect(stepFor('previous', 1, 15)).toBe(1);
		expect(stepFor('first', 9, 15)).toBe(1);
		expect(stepFor('last', 2, 15)).toBe(15);
		expect(stepFor('fullscreen', 2, 15)).toBeNull();
		expect(stepFor('presenter', 2, 15)).toBeNull();
	});
});
