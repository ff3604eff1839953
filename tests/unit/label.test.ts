import { describe, expect, it } from 'vitest';
import { shortLabel, wrapLabel } from '../../src/lib/graph/label';

describe('wrapLabel', () => {
	it.each([
		{ label: 'North Korea', lines: ['North Korea'] },
		{ label: 'U.S.-Japan-South Korea trilateral', lines: ['U.S.-Japan-South', 'Korea trilateral'] },
		{ label: '  spaced   out  ', lines: ['spaced out'] },
		{ label: '', lines: [] }
	])('wraps "$label" at spaces', ({ label, lines }) => {
		expect(wrapLabel(label)).toEqual(lines);
	});

	it('cuts a word too long for a line into pieces', () => {
		expect(wrapLabel('x'.repeat(40))).toEqual(['x'.repeat(16), 'x'.repeat(16), 'x'.repeat(8)]);
	});

	it('keeps a 10,000-character label to four lines ending in "…"', () => {
		const lines = wrapLabel('Permanent Council '.repeat(560));
		expect(lines).toHaveLength(4);
		expect(lines.every((l) => l.length <= 16)).toBe(true);
		expect(lines[3]!.endsWith('…')).toBe(true);
	});

	it('does not add "…" when the label fits exactly', () => {
		expect(wrapLabel('aaaa bbbb cccc dddd', 4)).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd']);
	});
});

describe('shortLabel', () => {
	it('keeps labels up to the limit whole', () => {
		expect(shortLabel('North Korea')).toBe('North Korea');
		expect(shortLabel('x'.repeat(120))).toBe('x'.repeat(120));
	});

	it('cuts longer ones with "…", never inside a surrogate pair', () => {
		expect(shortLabel('abc def', 4)).toBe('abc…');
		expect(shortLabel('😀😀😀', 2)).toBe('😀…');
		expect(shortLabel('x'.repeat(10_000))).toHaveLength(121);
	});
});
