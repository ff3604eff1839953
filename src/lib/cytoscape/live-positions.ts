/**
 * Where the nodes are now: the build-time layout unless the reader has dragged
 * some, so exported files match the picture on screen.
 */
import type { Core } from 'cytoscape';
import type { Positions } from '../graph/dataset';

export function livePositions(cy: Core): Positions {
	const positions: Positions = {};
	cy.nodes().forEach((node) => {
		const { x, y } = node.position();
		positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
	});
	return positions;
}
