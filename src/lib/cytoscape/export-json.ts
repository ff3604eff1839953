/**
 * The graph as Cytoscape.js JSON (`cy.json()`: elements with their positions,
 * the stylesheet, zoom and pan), which `cytoscape({...json})` and Cytoscape
 * desktop (as .cyjs) can load.
 */
import type { Core } from 'cytoscape';

export function cytoscapeJson(cy: Core): Blob {
	return new Blob([`${JSON.stringify(cy.json(), null, '\t')}\n`], { type: 'application/json' });
}
