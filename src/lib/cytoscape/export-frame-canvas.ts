/** Paints an export frame (graph picture, legend, source line) onto a 2D canvas. */
import type { Frame } from './export-frame';
import { frameMetrics as m } from './export-frame';
import { stanceDash, swatchPaths } from './legend-marks';
import { typeColour } from './scales';
import { lightPalette } from './palettes';

/** `ctx` is already scaled so that one unit is one CSS pixel of the frame. */
export function paintFrame(ctx: CanvasRenderingContext2D, frame: Frame, graph: CanvasImageSource) {
	ctx.fillStyle = m.background;
	ctx.fillRect(0, 0, frame.width, frame.height);
	ctx.drawImage(graph, frame.graph.x, frame.graph.y, frame.graph.width, frame.graph.height);

	ctx.textBaseline = 'middle';
	ctx.font = `${m.legendFontSize}px ${m.fontFamily}`;
	for (const { item, x, y, labelX } of frame.legend) {
		ctx.save();
		if (item.kind === 'type') {
			ctx.translate(x, y - m.swatch / 2);
			ctx.scale(m.swatch / 16, m.swatch / 16);
			const shape = new Path2D(swatchPaths[item.type]);
			ctx.fillStyle = typeColour(item.type);
			ctx.fill(shape);
			ctx.strokeStyle = 'rgba(29, 39, 51, 0.6)';
			ctx.stroke(shape);
		} else {
			ctx.beginPath();
			ctx.setLineDash(stanceDash[item.stance]);
			ctx.lineWidth = 2.5;
			ctx.lineCap = item.stance === 'neutral' ? 'round' : 'butt';
			ctx.strokeStyle = lightPalette.edge[item.stance];
			ctx.moveTo(x + 1, y);
			ctx.lineTo(x + m.stanceSample - 1, y);
			ctx.stroke();
		}
		ctx.restore();
		ctx.fillStyle = m.text;
		ctx.fillText(item.label, labelX, y);
	}

	ctx.textBaseline = 'alphabetic';
	ctx.font = `${m.sourceFontSize}px ${m.fontFamily}`;
	ctx.fillStyle = m.muted;
	for (const line of frame.source) ctx.fillText(line.text, line.x, line.y);
}
