/** Cytoscape element definitions for a dataset, at the positions computed at build time. */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset, Positions } from '../graph/dataset';
import { wrapLabel } from '../graph/label';
import { relationNames, symmetricRelations } from '../graph/vocabulary';
import { labelFont, sizeScale } from './scales';

export function toElements(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions
): ElementDefinition[] {
	const size = sizeScale(Math.max(1, ...dataset.nodes.map((n) => n.passages.length)));
	const nodes: ElementDefinition[] = dataset.nodes.map((n) => ({
		group: 'nodes',
		data: {
			id: n.id,
			label: wrapLabel(n.label, labelFont.wrap).join('\n'),
			name: n.label,
			type: n.type,
			kind: n.kind ?? '',
			status: n.status ?? 'confirmed',
			passages: n.passages.length,
			size: Math.round(size(n.passages.length))
		},
		position: { ...(positions[n.id] ?? { x: 0, y: 0 }) }
	}));
	const edges: ElementDefinition[] = dataset.edges.map((e) => ({
		group: 'edges',
		data: {
			id: e.id,
			source: e.source,
			target: e.target,
			relation: e.relation,
			label: e.label || relationNames[e.relation],
			stance: e.stance,
			directed: !symmetricRelations.includes(e.relation),
			status: e.status ?? 'confirmed',
			passages: e.passages.length
		}
	}));
	return [...nodes, ...edges];
}
