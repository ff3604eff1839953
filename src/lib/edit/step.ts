/**
 * "Add this view as a step": what the explorer shows becomes a step of the story. The selection
 * is the most specific (a node, or a relation with its two ends), then a traced path, then a
 * focused neighbourhood (which wins over the selection of its own node: focusing keeps that node
 * selected). The step's passage is the words last chosen for it, else the first
 * passage of what it shows.
 */
import type { Passage } from '../graph/dataset';
import { nodeName, shortLabel } from '../graph/label';
import type { Explorer } from '../state/explorer.svelte';

export interface ViewStep {
	title: string;
	nodes: string[];
	edges: string[];
	/** The passage the step would quote when no words were chosen for it. */
	passage: Passage | undefined;
}

type Shown = Pick<
	Explorer,
	'selectedNode' | 'selectedEdge' | 'pathSteps' | 'focusSet' | 'index' | 'view'
>;

export function stepOfView(e: Shown): ViewStep | null {
	const name = (id: string) => shortLabel(nodeName(e.index, id), 40);
	// "Focus on neighbours" keeps its node selected: the view then is the neighbourhood.
	const focusedOnSelection = !!e.focusSet && e.view.focus === e.selectedNode?.id;
	if (e.selectedNode && !focusedOnSelection) {
		const n = e.selectedNode;
		return { title: shortLabel(n.label, 60), nodes: [n.id], edges: [], passage: n.passages[0] };
	}
	if (e.selectedEdge) {
		const x = e.selectedEdge;
		return {
			title: `${name(x.source)} ${x.label} ${name(x.target)}`,
			nodes: [x.source, x.target],
			edges: [x.id],
			passage: x.passages[0]
		};
	}
	if (e.pathSteps?.length) {
		const steps = e.pathSteps;
		return {
			title: `From ${name(steps[0]!.from)} to ${name(steps.at(-1)!.to)}`,
			nodes: [...new Set(steps.flatMap((s) => [s.from, s.to]))],
			edges: steps.map((s) => s.edge.id),
			passage: steps[0]!.edge.passages[0]
		};
	}
	if (e.focusSet && e.view.focus) {
		const focus = e.index.nodes.get(e.view.focus);
		return {
			title: `${name(e.view.focus)} and its neighbours`,
			nodes: [...e.focusSet.nodes],
			edges: [...e.focusSet.edges],
			passage: focus?.passages[0]
		};
	}
	return null;
}
