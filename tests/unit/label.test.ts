import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/graph/label';
import { loadCampDavid } from './graphs';

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
		const lines = wrapLabel('one two three four five six seven eight nine ten', 10);
		expect(lines).toEqual(['one two', 'three four', 'five six', 'seven', 'eight nine', 'ten']);
		lines.slice(0, -1).forEach((line, i) => {
			const nextWord = lines[i + 1]!.split(' ')[0]!;
			expect(line.length + 1 + nextWord.length).toBeGreaterThan(10);
		});
	});
});
