/**
 * Where the parts of an exported picture go: the graph on top, then the
 * legend, then the source line, with margins. Pure geometry in CSS pixels
 * (the PNG export multiplies by its scale); text is measured by the caller,
 * so the same layout serves the canvas and the SVG.
 */
import type { NodeType, Stance } from '../graph/vocabulary';

export const frameMetrics = {
	margin: 24,
	/** Below the graph, before the legend. */
	gap: 16,
	/** The narrowest picture: a tiny graph still gets a readable legend and source line. */
	minContentWidth: 560,
	fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
	legendFontSize: 13,
	rowHeight: 24,
	swatch: 14,
	stanceSample: 26,
	markGap: 6,
	itemGap: 20,
	sourceFontSize: 12,
	sourceLineHeight: 17,
	text: '#1d2733',
	muted: '#4f5b67',
	background: '#ffffff'
} as const;

export type LegendItem =
	| { kind: 'type'; type: NodeType; label: string }
	| { kind: 'stance'; stance: Stance; label: string };

export interface PlacedItem {
	item: LegendItem;
	/** Left edge of the mark; the label follows it. */
	x: number;
	/** Vertical centre of the row. */
	y: number;
	labelX: number;
}

export interface Frame {
	width: number;
	height: number;
	graph: { x: number; y: number; width: number; height: number };
	legend: PlacedItem[];
	/** Baselines of the wrapped source line. */
	source: { text: string; x: number; y: number }[];
}

export interface FrameInput {
	graphWidth: number;
	graphHeight: number;
	/** Groups of legend items; each group starts on a new row. */
	legend: LegendItem[][];
	/** The source line in phrases (see sourceParts): it wraps between them where it can. */
	source: string[];
	/** Width of `text` set in the frame's font at `size` px. */
	measure: (text: string, size: number) => number;
}

export function layoutFrame(input: FrameInput): Frame {
	const m = frameMetrics;
	const content = Math.max(input.graphWidth, m.minContentWidth);
	const graph = {
		// Whole pixels, so the graph's bitmap is not resampled.
		x: m.margin + Math.round((content - input.graphWidth) / 2),
		y: m.margin,
		width: input.graphWidth,
		height: input.graphHeight
	};

	const legend: PlacedItem[] = [];
	let y = graph.y + graph.height + m.gap + m.rowHeight / 2;
	for (const group of input.legend.filter((g) => g.length)) {
		let x = m.margin;
		for (const item of group) {
			const mark = item.kind === 'type' ? m.swatch : m.stanceSample;
			const width = mark + m.markGap + input.measure(item.label, m.legendFontSize);
			if (x > m.margin && x + width > m.margin + content) {
				x = m.margin;
				y += m.rowHeight;
			}
			legend.push({ item, x, y, labelX: x + mark + m.markGap });
			x += width + m.itemGap;
		}
		y += m.rowHeight;
	}
	const legendBottom = y - m.rowHeight / 2;

	const lines = wrapPhrases(input.source, content, (t) => input.measure(t, m.sourceFontSize));
	const first = legendBottom + m.gap / 2 + m.sourceFontSize;
	const source = lines.map((text, i) => ({ text, x: m.margin, y: first + i * m.sourceLineHeight }));
	const bottom = source.length
		? source.at(-1)!.y + (m.sourceLineHeight - m.sourceFontSize)
		: legendBottom;

	return {
		width: Math.ceil(content + 2 * m.margin),
		height: Math.ceil(bottom + m.margin),
		graph,
		legend,
		source
	};
}

/** Greedy wrap that keeps each phrase whole when it fits on a line of its own. */
export function wrapPhrases(
	phrases: readonly string[],
	width: number,
	measure: (t: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const phrase of phrases) {
		const candidate = line ? `${line} ${phrase}` : phrase;
		if (measure(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		const wrapped = wrap(phrase, width, measure);
		line = wrapped.pop() ?? '';
		lines.push(...wrapped);
	}
	if (line) lines.push(line);
	return lines;
}

/** Greedy word wrap; a word wider than the line (a long URL) is broken where it must be. */
export function wrap(text: string, width: number, measure: (t: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		let rest = word;
		while (measure(rest) > width) {
			let cut = rest.length - 1;
			while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}
