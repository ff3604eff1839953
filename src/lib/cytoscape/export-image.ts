/**
 * Pictures of the graph as it is shown (filters and emphasis included), at its
 * full extent, framed with a legend and the source line: PNG at a chosen scale
 * and SVG through cytoscape-svg. Loaded only when the user exports.
 */
import cytoscape, { type Core, type ExportOptions } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { Dataset } from '../graph/dataset';
import { sourceParts } from '../graph/export/source-line';
import { nodeTypeNames, nodeTypes, stances } from '../graph/vocabulary';
import { frameMetrics, layoutFrame, type LegendItem } from './export-frame';
import { paintFrame } from './export-frame-canvas';
import { frameSvg } from './export-frame-svg';

cytoscape.use(cytoscapeSvg);

type SvgCore = Core & { svg(options: ExportOptions): string };

interface Renderer {
	drawRoundPolygonPath(context: { beginPath(): void }, ...rest: unknown[]): void;
}

/**
 * Cytoscape draws round polygons (the mechanism nodes' round-triangle) without
 * beginPath(), which a canvas given a fresh Path2D does not need but
 * cytoscape-svg's SVG context does: without it the shape is lost and its fill
 * lands on the previous label. Begin the path for the length of one export.
 */
function withRoundPolygonsBegun<T>(cy: Core, draw: () => T): T {
	const renderer = (cy as Core & { renderer(): Renderer }).renderer();
	const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
	const original = renderer.drawRoundPolygonPath;
	renderer.drawRoundPolygonPath = function (context, ...rest) {
		context.beginPath();
		return original.call(this, context, ...rest);
	};
	try {
		return draw();
	} finally {
		if (own) renderer.drawRoundPolygonPath = original;
		else delete (renderer as Partial<Renderer>).drawRoundPolygonPath;
	}
}

/**
 * Both renderers multiply the scale by the screen's pixel ratio unless a
 * maximum size is given; giving one (never reached) makes 2× mean 2× on
 * every screen.
 */
const exact = (scale: number): ExportOptions => ({
	full: true,
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

export async function graphPng(cy: Core, source: Dataset['source'], scale: number): Promise<Blob> {
	const legend = legendOf(cy);
	const picture = await cy.png({ ...exact(scale), output: 'blob-promise' });
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

export function graphSvg(cy: Core, source: Dataset['source']): Blob {
	const legend = legendOf(cy);
	const drawn = withRoundPolygonsBegun(cy, () => (cy as SvgCore).svg(exact(1)));
	const title = `Graph of “${source.title}”${source.outlet ? ` (${source.outlet})` : ''}`;
	const framed = frameSvg(
		drawn,
		({ width, height }) =>
			layoutFrame({
				graphWidth: width,
				graphHeight: height,
				legend,
				source: sourceParts(source),
				measure: measurer()
			}),
		title
	);
	return new Blob([framed], { type: 'image/svg+xml' });
}
