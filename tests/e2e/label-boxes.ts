/**
 * What a reader sees of the labels in a close-up, measured from the boxes Cytoscape draws:
 * every label of an element in view (spotlit, focused, on the traced path, selected or next
 * to the selection) is whole inside the canvas, shares no area with another label, and no
 * node's body and no relation's line in view runs across it; and how large each is drawn.
 * Runs in the page.
 */
import type { Page } from '@playwright/test';

/** Pixels two boxes may share each way: outlines, backgrounds' padding and antialiasing. */
export const tolerance = 3;

export interface LabelReport {
	/** Labels checked. */
	labels: number;
	/** Each fault, named by kind and element ids: cut, label × label, node × label, line × label. */
	faults: string[];
	/** Each label's size on screen: its font size times the zoom, in px. */
	sizes: { id: string; px: number }[];
}

/** Measures the labels of the elements matching `selector` on the running graph. */
export function measureLabels(page: Page, selector: string): Promise<LabelReport> {
	return page.evaluate(
		([selector, tolerance]) => {
			type Box = { x1: number; y1: number; x2: number; y2: number };
			type Point = { x: number; y: number };
			type El = {
				id(): string;
				isNode(): boolean;
				visible(): boolean;
				hasClass(c: string): boolean;
				style(k: string): string;
				numericStyle(k: string): number;
				renderedBoundingBox(o: object): Box;
				source(): El;
				target(): El;
				renderedSourceEndpoint(): Point;
				renderedTargetEndpoint(): Point;
				renderedControlPoints(): Point[] | undefined;
			};
			const cy = (
				window as unknown as {
					__cy: {
						width(): number;
						height(): number;
						zoom(): number;
						$(s: string): { toArray(): El[] };
					};
				}
			).__cy;
			// Dimmed, faded and quiet elements are the background the close-up is drawn on.
			const background = ['dimmed', 'faded', 'quiet', 'hidden'];
			const inView = cy
				.$(selector)
				.toArray()
				.filter((e) => e.visible() && !background.some((c) => e.hasClass(c)));
			const labels: { id: string; box: Box; node: boolean }[] = [];
			const sizes: { id: string; px: number }[] = [];
			const bodies: { id: string; box: Box }[] = [];
			const lines: { id: string; points: Point[] }[] = [];
			for (const e of inView) {
				if (e.style('label')) {
					const box = e.renderedBoundingBox({
						includeNodes: false,
						includeEdges: false,
						includeLabels: true,
						includeOverlays: false,
						includeUnderlays: false
					});
					labels.push({ id: e.id(), box, node: e.isNode() });
					sizes.push({ id: e.id(), px: e.numericStyle('font-size') * cy.zoom() });
				}
				if (e.isNode()) {
					const box = e.renderedBoundingBox({
						includeLabels: false,
						includeOverlays: false,
						includeUnderlays: false
					});
					bodies.push({ id: e.id(), box });
				} else {
					// Cytoscape draws a bezier as quadratic pieces: each control point pulls the piece
					// between the midpoints of its neighbours (the ends for the first and last).
					const from = e.renderedSourceEndpoint();
					const to = e.renderedTargetEndpoint();
					const controls = controlPoints(e);
					const anchors = [from];
					for (let k = 1; k < controls.length; k++)
						anchors.push(mid(controls[k - 1]!, controls[k]!));
					anchors.push(to);
					const points: Point[] = [];
					for (let k = 0; k + 1 < anchors.length; k++) {
						const [a, b] = [anchors[k]!, anchors[k + 1]!];
						const c = controls[k] ?? mid(a, b);
						for (let t = 0; t <= 1; t += 1 / 48) {
							const u = 1 - t;
							points.push({
								x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
								y: u * u * a.y + 2 * u * t * c.y + t * t * b.y
							});
						}
					}
					lines.push({ id: e.id(), points });
				}
			}
			// Cytoscape throws for a relation it draws straight (alone between its two nodes).
			function controlPoints(e: El): Point[] {
				try {
					return e.renderedControlPoints() ?? [];
				} catch {
					return [];
				}
			}
			function mid(a: Point, b: Point): Point {
				return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
			}
			const shared = (a: Box, b: Box) => {
				const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
				const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
				return w > tolerance && h > tolerance ? `${Math.round(w)}×${Math.round(h)}` : '';
			};
			const faults: string[] = [];
			const [width, height] = [cy.width(), cy.height()];
			for (const l of labels) {
				const { x1, y1, x2, y2 } = l.box;
				if (x1 < -1 || y1 < -1 || x2 > width + 1 || y2 > height + 1)
					faults.push(`cut: ${l.id} (${[x1, y1, x2, y2].map(Math.round)} in ${width}×${height})`);
			}
			for (const [i, a] of labels.entries()) {
				for (const b of labels.slice(i + 1)) {
					const s = shared(a.box, b.box);
					if (s) faults.push(`label × label: ${a.id} × ${b.id} (${s})`);
				}
				for (const n of bodies) {
					if (n.id === a.id) continue;
					const s = shared(a.box, n.box);
					if (s) faults.push(`node × label: ${n.id} × ${a.id} (${s})`);
				}
				// A line crosses a relation's label where it runs through the label's box shrunk by
				// the tolerance (a relation's own label sits on it). A node's label in a close-up sits
				// on a background above every line (Cytoscape draws nodes over edges): lines pass
				// under it.
				if (a.node) continue;
				const inner = {
					x1: a.box.x1 + tolerance,
					y1: a.box.y1 + tolerance,
					x2: a.box.x2 - tolerance,
					y2: a.box.y2 - tolerance
				};
				for (const line of lines) {
					if (line.id === a.id) continue;
					const crosses = line.points.some(
						(p) => p.x > inner.x1 && p.x < inner.x2 && p.y > inner.y1 && p.y < inner.y2
					);
					if (crosses) faults.push(`line × label: ${line.id} × ${a.id}`);
				}
			}
			return { labels: labels.length, faults, sizes };
		},
		[selector, tolerance] as const
	);
}
