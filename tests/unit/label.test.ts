import { describe, expect, it } from 'vitest';
import { nodeName, shortLabel, wrapLabel } from '../../src/lib/graph/label';
import { loadCampDavid, node } from './graphs';

describe('wrapLabel', () => {
	it.each([
		{ label: 'Japan', lines: ['Japan'] },
		{ label: 'Yoon Suk Yeol', lines: ['Yoon Suk Yeol'] },
		{ label: 'abcdefgh abcdefg', lines: ['abcdefgh abcdefg'] },
		{ label: 'abcdefgh abcdefgh', lines: ['abcdefgh', 'abcdefgh'] },
		{ label: 'Camp David summit', lines: ['Camp David', 'summit'] },
		{ label: 'North Korea’s nuclear program', lines: ['North Korea’s', 'nuclear program'] },
		{ label: 'Internationalization', lines: ['Internationalization'] },
		{
			label: 'A denuclearization-first approach',
			lines: ['A', 'denuclearization-first', 'approach']
		},
		{ label: '  Joe \n Biden\t ', lines: ['Joe Biden'] },
		{ label: 'Joe\u00a0\u00a0Biden', lines: ['Joe Biden'] },
		{ label: '', lines: [] },
		{ label: ' \t\n ', lines: [] }
	])('wraps "$label" at 16 characters as $lines', ({ label, lines }) => {
		expect(wrapLabel(label)).toEqual(lines);
	});

	it.each([
		{ label: 'a b c d', width: 3, lines: ['a b', 'c d'] },
		{ label: 'a b c d', width: 1, lines: ['a', 'b', 'c', 'd'] },
		{ label: 'Camp David summit', width: 40, lines: ['Camp David summit'] },
		{ label: 'U.S. nuclear credibility', width: 12, lines: ['U.S. nuclear', 'credibility'] }
	])('wraps "$label" at width $width as $lines', ({ label, width, lines }) => {
		expect(wrapLabel(label, width)).toEqual(lines);
	});

	it.each(loadCampDavid().nodes.map((n) => n.label))(
		'wraps the real label "%s" into lines of at most 16 characters, losing no word',
		(label) => {
			const lines = wrapLabel(label);
			for (const line of lines) {
				if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(16);
			}
			expect(lines.join(' ')).toBe(label.trim().split(/\s+/).join(' '));
		}
	);

	it('fills each line as far as the width allows', () => {
		const lines = wrapLabel('one two three four five six seven eight nine ten', 10, 10);
		expect(lines).toEqual(['one two', 'three four', 'five six', 'seven', 'eight nine', 'ten']);
		lines.slice(0, -1).forEach((line, i) => {
			const nextWord = lines[i + 1]!.split(' ')[0]!;
			expect(line.length + 1 + nextWord.length).toBeGreaterThan(10);
		});
	});
});

describe('wrapLabel on labels no graph can hold', () => {
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

describe('nodeName', () => {
	const index = { nodes: new Map([['jp', node('jp', { label: 'Japan' })]]) };

	it.each([
		['jp', 'Japan'],
		['atlantis', 'atlantis']
	])('names %s as %s (the id when the graph has no such node)', (id, name) => {
		expect(nodeName(index, id)).toBe(name);
	});
});
