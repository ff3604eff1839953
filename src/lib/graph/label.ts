/**
 * Labels as shown: wrapped into lines for the graph, shortened for panels and
 * lists. A label may be any length; what is drawn stays a few lines.
 */
import type { GraphIndex } from './queries';

/** Longest label shown whole; longer ones are cut with "…". */
export const labelLimit = 120;

/** `label` cut to at most `max` characters plus "…", never inside a surrogate pair. */
export function shortLabel(label: string, max = labelLimit): string {
	if (label.length <= max) return label;
	const cut = /[\ud800-\udbff]$/.test(label.slice(0, max)) ? max - 1 : max;
	return `${label.slice(0, cut).trimEnd()}…`;
}

/**
 * Wraps a label into at most `maxLines` lines of about `width` characters,
 * breaking at spaces; a word too long for any line is cut into pieces, and a
 * label too long for the lines ends with "…".
 */
export function wrapLabel(label: string, width = 16, maxLines = 4): string[] {
	const words = label
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((word) =>
			word.length > width * 1.5 ? (word.match(new RegExp(`.{1,${width}}`, 'gsu')) ?? []) : [word]
		);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (!line) line = word;
		else if (line.length + 1 + word.length <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
		if (lines.length === maxLines) break;
	}
	if (line && lines.length < maxLines) lines.push(line);
	if (lines.length === maxLines && lines.join(' ').length < words.join(' ').length) {
		const last = lines[maxLines - 1]!;
		lines[maxLines - 1] = `${last.slice(0, Math.max(1, width - 1))}…`;
	}
	return lines;
}

/** The label of node `id`, or the id itself when the graph has no such node. */
export const nodeName = (index: Pick<GraphIndex, 'nodes'>, id: string): string =>
	index.nodes.get(id)?.label ?? id;
