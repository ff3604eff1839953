/**
 * Puts the graph's SVG inside an export frame: legend and source line become
 * SVG elements. Built through the DOM (text set with textContent), never by
 * joining markup, so no label or title can break the document.
 */
import type { Frame } from './export-frame';
import { frameMetrics as m } from './export-frame';
import { stanceDash, swatchPaths } from './legend-marks';
import { typeColour } from './scales';
import { lightPalette } from './style';

const svgNS = 'http://www.w3.org/2000/svg';

/**
 * The framed picture as an SVG document string. `layout` gets the graph's
 * drawn size and returns the frame; `title` names the picture for screen readers.
 */
export function frameSvg(
	graphSvg: string,
	layout: (graph: { width: number; height: number }) => Frame,
	title: string
): string {
	const doc = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
	const root = doc.documentElement;
	if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
		throw new Error('the graph could not be drawn as SVG');
	}
	const frame = layout({
		width: Number(root.getAttribute('width')),
		height: Number(root.getAttribute('height'))
	});
	const el = (name: string, attributes: Record<string, string | number> = {}, text?: string) => {
		const element = doc.createElementNS(svgNS, name);
		for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
		if (text !== undefined) element.textContent = text;
		return element;
	};

	const graph = el('g', { transform: `translate(${frame.graph.x} ${frame.graph.y})` });
	while (root.firstChild) graph.append(root.firstChild);

	const legend = el('g', {
		'font-family': m.fontFamily,
		'font-size': m.legendFontSize,
		fill: m.text,
		'dominant-baseline': 'central'
	});
	for (const { item, x, y, labelX } of frame.legend) {
		if (item.kind === 'type') {
			const scale = m.swatch / 16;
			legend.append(
				el('path', {
					d: swatchPaths[item.type],
					transform: `translate(${x} ${y - m.swatch / 2}) scale(${scale})`,
					fill: typeColour(item.type),
					stroke: '#1d2733',
					'stroke-opacity': 0.6
				})
			);
		} else {
			legend.append(
				el('line', {
					x1: x + 1,
					y1: y,
					x2: x + m.stanceSample - 1,
					y2: y,
					stroke: lightPalette.edge[item.stance],
					'stroke-width': 2.5,
					'stroke-dasharray': stanceDash[item.stance].join(' ') || 'none',
					'stroke-linecap': item.stance === 'neutral' ? 'round' : 'butt'
				})
			);
		}
		legend.append(el('text', { x: labelX, y }, item.label));
	}

	const source = el('g', {
		'font-family': m.fontFamily,
		'font-size': m.sourceFontSize,
		fill: m.muted
	});
	for (const line of frame.source) source.append(el('text', { x: line.x, y: line.y }, line.text));

	root.setAttribute('width', String(frame.width));
	root.setAttribute('height', String(frame.height));
	root.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
	root.append(
		el('title', {}, title),
		el('rect', { width: frame.width, height: frame.height, fill: m.background }),
		graph,
		legend,
		source
	);
	return new XMLSerializer().serializeToString(doc);
}
