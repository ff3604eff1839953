/**
 * Pictures of the graph as it is shown (filters and emphasis included), either at its
 * full extent or just what the screen shows now, framed with a legend and the source line:
 * PNG at a chosen scale and SVG drawn from the static picture's geometry. Loaded only when
 * the user exports.
 */
import type { Core, ExportOptions } from 'cytoscape';
import type { Dataset } from '../graph/dataset';
import { sourceParts } from '../graph/export/source-line';
import { nodeTypeNames, nodeTypes, stances } from '../graph/vocabulary';
import { frameMetrics, layoutFrame, type LegendItem } from './export-frame';
import { paintFrame } from './export-frame-canvas';
import { frameSvg } from './export-frame-svg';
import { drawShown, type ShownGraph } from './export-svg';

/** The whole graph, or the part of it the screen shows now (its pan and zoom). */
export type PictureExtent = 'whole' | 'shown';

/**
 * The canvas renderer multiplies the scale by the screen's pixel ratio unless a
 * maximum size is given; giving one (never reached) makes 2× mean 2× on
 * every screen.
 */
const exact = (scale: number, extent: PictureExtent): ExportOptions => ({
	full: extent === 'whole',
	scale,
	maxWidth: Number.MAX_SAFE_INTEGER,
	bg: frameMetrics.background
});

/** Legend entries for what the picture shows: the node types and stances still visible. */
function legendOf(cy: Core): LegendItem[][] {
	const visible = cy.elements(':visible');
	if (visible.nodes().empty()) {
		throw new Error('nothing is shown: the legend filter hides every node. Show some types first');
	}
	const types = new Set(visible.nodes().map((n) => n.data('type') as string));
	const shownStances = new Set(visible.edges().map((e) => e.data('stance') as string));
	return [
		nodeTypes
			.filter((t) => types.has(t))
			.map((type) => ({ kind: 'type', type, label: nodeTypeNames[type] })),
		stances
			.filter((s) => shownStances.has(s))
			.map((stance) => ({
				kind: 'stance',
				stance,
				label: `${stance[0]!.toUpperCase()}${stance.slice(1)} relation`
			}))
	];
}

function measurer(): (text: string, size: number) => number {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) throw new Error('this browser cannot measure text on a canvas');
	return (text, size) => {
		ctx.font = `${size}px ${frameMetrics.fontFamily}`;
		return ctx.measureText(text).width;
	};
}

export async function graphPng(
	cy: Core,
	source: Dataset['source'],
	scale: number,
	extent: PictureExtent = 'whole'
): Promise<Blob> {
	const legend = legendOf(cy);
	// As shown, the picture is the screen's, one CSS pixel to a unit as the canvas draws it.
	const picture = await cy.png({ ...exact(scale, extent), output: 'blob-promise' });
	const bitmap = await createImageBitmap(picture);
	try {
		const frame = layoutFrame({
			graphWidth: bitmap.width / scale,
			graphHeight: bitmap.height / scale,
			legend,
			source: sourceParts(source),
			measure: measurer()
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(frame.width * scale);
		canvas.height = Math.round(frame.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('the picture is too large for this browser to draw');
		ctx.scale(scale, scale);
		paintFrame(ctx, frame, bitmap);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob ? resolve(blob) : reject(new Error('the picture is too large for this browser')),
				'image/png'
			)
		);
	} finally {
		bitmap.close();
	}
}

/** The visible elements where they are drawn now (a reader may have dragged some), with their classes. */
function shownGraph(cy: Core): ShownGraph {
	const visible = cy.elements(':visible');
	return {
		nodes: visible.nodes().map((n) => ({
			id: n.id(),
			...n.position(),
			size: n.data('size') as number,
			type: n.data('type'),
			label: n.data('name') as string,
			classes: n.classes(),
			draft: n.data('status') === 'draft'
		})),
		edges: visible.edges().map((e) => ({
			id: e.id(),
			source: e.source().id(),
			target: e.target().id(),
			stance: e.data('stance'),
			directed: e.data('directed') === true,
			label: e.data('label') as string,
			classes: e.classes(),
			draft: e.data('status') === 'draft'
		}))
	};
}

export function graphSvg(
	cy: Core,
	source: Dataset['source'],
	extent: PictureExtent = 'whole'
): Blob {
	const legend = legendOf(cy);
	const drawn = drawShown(shownGraph(cy), undefined, extent === 'shown' ? cy.extent() : undefined);
	const frame = layoutFrame({
		graphWidth: drawn.width,
		graphHeight: drawn.height,
		legend,
		source: sourceParts(source),
		measure: measurer()
	});
	const title = `Graph of “${source.title}”${source.outlet ? ` (${source.outlet})` : ''}`;
	return new Blob([frameSvg(drawn, frame, title)], { type: 'image/svg+xml' });
}
