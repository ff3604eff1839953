/**
 * Puts a drawn graph inside an export frame: legend and source line become SVG elements
 * around it. Written as text with every value escaped (xml()), so no label or title can
 * break the document; no DOM, so it is tested in Node.
 */
import { xml } from '../graph/export/xml';
import type { Frame } from './export-frame';
import { frameMetrics as m } from './export-frame';
import type { DrawnGraph } from './export-svg';
import { stanceDash, swatchPaths } from './legend-marks';
import { typeColour } from './scales';
import { lightPalette } from './palettes';

const el = (name: string, attributes: Record<string, string | number>, content = '') => {
	const list = Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${xml(value)}"`)
		.join('');
	return content ? `<${name}${list}>${content}</${name}>` : `<${name}${list}/>`;
};

/** The framed picture as an SVG document; `title` names it for screen readers. */
export function frameSvg(graph: DrawnGraph, frame: Frame, title: string): string {
	const legend = frame.legend.map(({ item, x, y, labelX }) => {
		const mark =
			item.kind === 'type'
				? el('path', {
						d: swatchPaths[item.type],
						transform: `translate(${x} ${y - m.swatch / 2}) scale(${m.swatch / 16})`,
						fill: typeColour(item.type),
						stroke: m.text,
						'stroke-opacity': 0.6
					})
				: el('line', {
						x1: x + 1,
						y1: y,
						x2: x + m.stanceSample - 1,
						y2: y,
						stroke: lightPalette.edge[item.stance],
						'stroke-width': 2.5,
						'stroke-dasharray': stanceDash[item.stance].join(' ') || 'none',
						'stroke-linecap': item.stance === 'neutral' ? 'round' : 'butt'
					});
		return mark + el('text', { x: labelX, y }, xml(item.label));
	});
	const source = frame.source.map((line) => el('text', { x: line.x, y: line.y }, xml(line.text)));
	const body = [
		el('title', {}, xml(title)),
		el('rect', { width: frame.width, height: frame.height, fill: m.background }),
		el('g', { transform: `translate(${frame.graph.x} ${frame.graph.y})` }, graph.svg),
		el(
			'g',
			{
				'font-family': m.fontFamily,
				'font-size': m.legendFontSize,
				fill: m.text,
				'dominant-baseline': 'central'
			},
			legend.join('')
		),
		el(
			'g',
			{ 'font-family': m.fontFamily, 'font-size': m.sourceFontSize, fill: m.muted },
			source.join('')
		)
	].join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width: frame.width,
			height: frame.height,
			viewBox: `0 0 ${frame.width} ${frame.height}`
		},
		body
	)}\n`;
}
