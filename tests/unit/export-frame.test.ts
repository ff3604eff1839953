import { describe, expect, it } from 'vitest';
import {
	frameMetrics as m,
	layoutFrame,
	wrap,
	wrapPhrases,
	type LegendItem
} from '../../src/lib/cytoscape/export-frame';

/** A monospace stand-in for the browser's text measurement. */
const measure = (text: string, size: number) => text.length * size * 0.6;
const mono = (text: string) => text.length * 10;

const types: LegendItem[] = [
	{ kind: 'type', type: 'actor', label: 'Actor' },
	{ kind: 'type', type: 'concern', label: 'Concern' }
];
const stances: LegendItem[] = [
	{ kind: 'stance', stance: 'cooperative', label: 'Cooperative relation' },
	{ kind: 'stance', stance: 'adversarial', label: 'Adversarial relation' }
];
const source = [
	'Source: A title — Outlet, 1 May 2024.',
	'https://example.org/a',
	'· Made with Evidence Map'
];

describe('layoutFrame', () => {
	it('puts the graph in the margins and the legend and source line below it', () => {
		const frame = layoutFrame({
			graphWidth: 900,
			graphHeight: 600,
			legend: [types, stances],
			source,
			measure
		});
		expect(frame.width).toBe(900 + 2 * m.margin);
		expect(frame.graph).toEqual({ x: m.margin, y: m.margin, width: 900, height: 600 });
		const graphBottom = frame.graph.y + frame.graph.height;
		for (const placed of frame.legend)
			expect(placed.y - m.rowHeight / 2).toBeGreaterThanOrEqual(graphBottom);
		const legendBottom = Math.max(...frame.legend.map((p) => p.y + m.rowHeight / 2));
		expect(frame.source[0]!.y - m.sourceFontSize).toBeGreaterThanOrEqual(legendBottom);
		expect(frame.height).toBeGreaterThanOrEqual(frame.source.at(-1)!.y + m.margin);
	});

	it('starts each legend group on its own row', () => {
		const frame = layoutFrame({
			graphWidth: 900,
			graphHeight: 600,
			legend: [types, stances],
			source,
			measure
		});
		const rows = frame.legend.map((p) => p.y);
		expect(rows[0]).toBe(rows[1]);
		expect(rows[2]).toBe(rows[0]! + m.rowHeight);
		expect(frame.legend[1]!.x).toBeGreaterThan(frame.legend[0]!.labelX);
	});

	it('gives a small graph the minimum width, centred', () => {
		const frame = layoutFrame({
			graphWidth: 100,
			graphHeight: 80,
			legend: [types],
			source,
			measure
		});
		expect(frame.width).toBe(m.minContentWidth + 2 * m.margin);
		expect(frame.graph.x).toBe(m.margin + (m.minContentWidth - 100) / 2);
	});

	it('wraps legend items that do not fit into more rows, inside the margins', () => {
		const many: LegendItem[] = Array.from({ length: 12 }, () => ({
			kind: 'type',
			type: 'event',
			label: 'Event'
		}));
		const frame = layoutFrame({
			graphWidth: 300,
			graphHeight: 80,
			legend: [many],
			source,
			measure
		});
		expect(new Set(frame.legend.map((p) => p.y)).size).toBeGreaterThan(1);
		for (const p of frame.legend) {
			expect(p.labelX + measure('Event', m.legendFontSize)).toBeLessThanOrEqual(
				frame.width - m.margin
			);
		}
	});
});

describe('wrapPhrases', () => {
	it('breaks between phrases when a phrase fits on a line of its own', () => {
		expect(wrapPhrases(['aaa bbb', 'cccc', 'dd ee'], 100, mono)).toEqual(['aaa bbb', 'cccc dd ee']);
	});

	it('wraps a phrase longer than a line by words', () => {
		expect(wrapPhrases(['aaa bbb ccc', 'dd'], 70, mono)).toEqual(['aaa bbb', 'ccc dd']);
	});
});

describe('wrap', () => {
	it.each([
		{ text: 'one two three', width: 70, expected: ['one two', 'three'] },
		{ text: 'abcdefghij', width: 40, expected: ['abcd', 'efgh', 'ij'] },
		{
			text: 'go https://example.org/x',
			width: 80,
			expected: ['go', 'https://', 'example.', 'org/x']
		},
		{ text: '', width: 40, expected: [] }
	])('wraps "$text" at $width', ({ text, width, expected }) => {
		expect(wrap(text, width, mono)).toEqual(expected);
	});
});
