/**
 * How the explorer's view changes, as pure functions from a view to the next
 * one: the Explorer class only wires them to its state and the address.
 * None of them changes the view it is given.
 */
import type { ElementRef } from '../graph/dataset';
import type { GraphIndex } from '../graph/traversal';
import type { NodeType, Stance } from '../graph/vocabulary';
import { emptyView, type View } from './view';

/** `list` with `item` added at the end, or taken out when it was there. */
const toggled = <T>(list: readonly T[], item: T): T[] =>
	list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Hides the nodes of `type`, or shows them again. */
export const toggleType = (view: View, type: NodeType): View => ({
	...view,
	hiddenTypes: toggled(view.hiddenTypes, type)
});

/** Hides the relations of `stance`, or shows them again. */
export const toggleStance = (view: View, stance: Stance): View => ({
	...view,
	hiddenStances: toggled(view.hiddenStances, stance)
});

/**
 * Selects a node or a relation (null: nothing). Choosing a node whose type the filters hide
 * shows that type again, rather than an empty graph.
 */
export function select(view: View, ref: ElementRef | null, index: Pick<GraphIndex, 'nodes'>): View {
	const type = ref?.kind === 'node' ? index.nodes.get(ref.id)?.type : undefined;
	return {
		...view,
		node: ref?.kind === 'node' ? ref.id : null,
		edge: ref?.kind === 'edge' ? ref.id : null,
		hiddenTypes: view.hiddenTypes.filter((t) => t !== type)
	};
}

/** What Escape does: clears the selection first; with nothing selected, the focus and the path. */
export const clear = (view: View): View =>
	view.node || view.edge
		? { ...view, node: null, edge: null }
		: { ...view, focus: null, path: null };

/**
 * Traces the shortest path between two nodes (either null: no path). The path takes the
 * selection's place, so the panel shows its steps rather than the node it was traced from.
 */
export const tracePath = (view: View, from: string | null, to: string | null): View =>
	from && to ? { ...view, node: null, edge: null, path: [from, to] } : { ...view, path: null };

/** The whole graph as it is: nothing selected, focused, traced or hidden. A fresh value each time. */
export const resetView = (): View => ({ ...emptyView, hiddenTypes: [], hiddenStances: [] });
