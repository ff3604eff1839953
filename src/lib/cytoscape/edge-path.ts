/**
 * Points along a relation's line as Cytoscape draws it, in model units: straight between its
 * endpoints, or a bezier (relations sharing a pair of nodes bow apart) made of quadratic
 * pieces, each control point pulling the piece between its neighbours' midpoints.
 */
import type { EdgeSingular, Position } from 'cytoscape';

const mid = (a: Position, b: Position): Position => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** Cytoscape throws for a relation it draws straight (alone between its two nodes). */
function controlPoints(edge: EdgeSingular): Position[] {
	try {
		return edge.controlPoints() ?? [];
	} catch {
		return [];
	}
}

/** Points `step` model units apart (about) from the line's start to its end. */
export function linePoints(edge: EdgeSingular, step: number): Position[] {
	const from = edge.sourceEndpoint();
	const to = edge.targetEndpoint();
	const controls = controlPoints(edge);
	const anchors = [from];
	for (let k = 1; k < controls.length; k++) anchors.push(mid(controls[k - 1]!, controls[k]!));
	anchors.push(to);
	const points: Position[] = [];
	for (let k = 0; k + 1 < anchors.length; k++) {
		const [a, b] = [anchors[k]!, anchors[k + 1]!];
		const c = controls[k] ?? mid(a, b);
		const length = Math.hypot(c.x - a.x, c.y - a.y) + Math.hypot(b.x - c.x, b.y - c.y);
		const n = Math.max(1, Math.ceil(length / step));
		for (let i = k === 0 ? 0 : 1; i <= n; i++) {
			const t = i / n;
			const u = 1 - t;
			points.push({
				x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
				y: u * u * a.y + 2 * u * t * c.y + t * t * b.y
			});
		}
	}
	return points;
}
