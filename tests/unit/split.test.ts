import { describe, expect, it } from 'vitest';
import { splitAfterKey } from '../../src/lib/components/SplitHandle/split';

const limits = { min: 20, max: 80, step: 5 };

describe('splitAfterKey', () => {
	it.each([
		{ share: 60, key: 'ArrowDown', after: 65 },
		{ share: 60, key: 'ArrowUp', after: 55 },
		{ share: 60, key: 'PageDown', after: 80 },
		{ share: 60, key: 'PageUp', after: 40 },
		{ share: 78, key: 'ArrowDown', after: 80 },
		{ share: 22, key: 'ArrowUp', after: 20 },
		{ share: 60, key: 'Home', after: 20 },
		{ share: 60, key: 'End', after: 80 },
		{ share: 60, key: 'Enter', after: null },
		{ share: 60, key: 'a', after: null }
	])('$key from $share% gives $after', ({ share, key, after }) => {
		expect(splitAfterKey(share, key, limits)).toBe(after);
	});
});
