/**
 * The graph as Cytoscape.js JSON (`cy.json()`: elements with their positions,
 * the stylesheet, zoom and pan), which `cytoscape({...json})` and Cytoscape
 * desktop (as .cyjs) can load.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/** `keep`: only these elements' ids (a map with its drafts left out); all of them if absent. */
export function cytoscapeJson(cy: Core, keep?: ReadonlySet<string>): Blob {
	const json = cy.json() as {
		elements?: { nodes?: ElementDefinition[]; edges?: ElementDefinition[] };
	};
	if (keep && json.elements) {
		const kept = (xs: ElementDefinition[] = []) => xs.filter((x) => keep.has(String(x.data.id)));
		json.elements = { nodes: kept(json.elements.nodes), edges: kept(json.elements.edges) };
	}
	return new Blob([`${JSON.stringify(json, null, '\t')}\n`], { type: 'application/json' });
}
