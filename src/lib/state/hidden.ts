/**
 * What the legend's filters hide of the view: the selection (and by which filters), or every
 * node. Pure functions, so the explorer can say so and offer the way back.
 */
import type { GraphIndex } from '../graph/traversal';
import type { NodeType, Stance } from '../graph/vocabulary';
import type { View } from './view';

export interface HiddenBy {
	types: NodeType[];
	stances: Stance[];
}

/** The filters that hide the selected node or relation, or null when it is shown (or none is). */
export function selectionHiddenBy(
	view: Pick<View, 'node' | 'edge' | 'hiddenTypes' | 'hiddenStances'>,
	index: Pick<GraphIndex, 'nodes' | 'edges'>
): HiddenBy | null {
	const typeOf = (id: string) => index.nodes.get(id)?.type;
	const hiddenType = (id: string) => {
		const type = typeOf(id);
		return type && view.hiddenTypes.includes(type) ? [type] : [];
	};
	let hidden: HiddenBy = { types: [], stances: [] };
	if (view.node) hidden.types = hiddenType(view.node);
	const edge = view.edge ? index.edges.get(view.edge) : undefined;
	if (edge) {
		hidden = {
			types: [...new Set([...hiddenType(edge.source), ...hiddenType(edge.target)])],
			stances: view.hiddenStances.includes(edge.stance) ? [edge.stance] : []
		};
	}
	return hidden.types.length || hidden.stances.length ? hidden : null;
}

/** The view with the filters that hide its selection lifted, and every other filter kept. */
export function revealSelection(view: View, index: Pick<GraphIndex, 'nodes' | 'edges'>): View {
	const hidden = selectionHiddenBy(view, index);
	if (!hidden) return view;
	return {
		...view,
		hiddenTypes: view.hiddenTypes.filter((t) => !hidden.types.includes(t)),
		hiddenStances: view.hiddenStances.filter((s) => !hidden.stances.includes(s))
	};
}

/** Whether the type filter hides every node of the graph (a graph with nodes). */
export function everyNodeHidden(
	view: Pick<View, 'hiddenTypes'>,
	types: readonly NodeType[]
): boolean {
	return types.length > 0 && types.every((t) => view.hiddenTypes.includes(t));
}
