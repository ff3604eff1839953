/**
 * Pushes the explorer's view into a Cytoscape instance as classes. One pass
 * recomputes every class, so the picture never depends on the order of changes.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ElementRef, GraphIndex, PathStep } from '../graph/queries';
import type { View } from '../state/view';

export interface Emphasis {
	view: View;
	index: GraphIndex;
	focusSet: { nodes: Set<string>; edges: Set<string> } | null;
	pathSteps: PathStep[] | null;
	keyboardFocus: string | null;
	/**
	 * Fade everything outside the selection's neighbourhood. Off for large graphs: restyling
	 * thousands of elements would hold up the first frame after every tap.
	 */
	fadeRest: boolean;
	/** A presentation step's elements: shown with their labels, everything else dimmed and quiet. */
	spotlight?: { nodes: Set<string>; edges: Set<string> } | null;
}

const managed = 'hidden dimmed faded selected endpoint on-path labelled keyboard-focus quiet spot';
const managedSet = new Set(managed.split(' '));

export function applyEmphasis(cy: Core, e: Emphasis) {
	const { view, index } = e;
	const hiddenNodes = new Set(
		[...index.nodes.values()].filter((n) => view.hiddenTypes.includes(n.type)).map((n) => n.id)
	);
	const edgeHidden = (id: string) => {
		const edge = index.edges.get(id)!;
		return (
			view.hiddenStances.includes(edge.stance) ||
			hiddenNodes.has(edge.source) ||
			hiddenNodes.has(edge.target)
		);
	};

	const pathNodes = new Set(e.pathSteps?.flatMap((s) => [s.from, s.to]) ?? []);
	const pathEdges = new Set(e.pathSteps?.map((s) => s.edge.id) ?? []);
	const selectedEdge = view.edge ? index.edges.get(view.edge) : undefined;
	const near = new Set<string>();
	const nearEdges = new Set<string>();
	if (view.node) {
		near.add(view.node);
		for (const edge of index.incident.get(view.node) ?? []) {
			nearEdges.add(edge.id);
			near.add(edge.source).add(edge.target);
		}
	}
	if (selectedEdge) {
		near.add(selectedEdge.source).add(selectedEdge.target);
		nearEdges.add(selectedEdge.id);
	}

	const spot = e.spotlight;
	cy.batch(() => {
		if (spot) {
			cy.nodes().forEach((n) =>
				setClasses(n, spot.nodes.has(n.id()) ? ['spot', 'labelled'] : ['dimmed', 'quiet'])
			);
			cy.edges().forEach((edge) =>
				setClasses(edge, spot.edges.has(edge.id()) ? ['spot', 'labelled'] : ['dimmed'])
			);
			return;
		}
		cy.nodes().forEach((n) => {
			const id = n.id();
			const classes: string[] = [];
			if (hiddenNodes.has(id)) classes.push('hidden');
			if (e.focusSet && !e.focusSet.nodes.has(id)) classes.push('dimmed');
			else if (e.pathSteps && !pathNodes.has(id)) classes.push('dimmed');
			else if (e.fadeRest && (view.node || selectedEdge) && !near.has(id) && !pathNodes.has(id))
				classes.push('faded');
			// In a close-up (a focused neighbourhood, a traced path, a selection's neighbours).
			const inView = !classes.length && (e.focusSet || e.pathSteps || near.has(id));
			if (inView) classes.push('labelled');
			if (pathNodes.has(id)) classes.push('on-path');
			if (id === view.node) classes.push('selected');
			if (selectedEdge && (id === selectedEdge.source || id === selectedEdge.target)) {
				classes.push('endpoint');
			}
			if (id === e.keyboardFocus) classes.push('keyboard-focus');
			setClasses(n, classes);
		});
		cy.edges().forEach((edge) => {
			const id = edge.id();
			const classes: string[] = [];
			if (edgeHidden(id)) classes.push('hidden');
			if (e.focusSet && !e.focusSet.edges.has(id)) classes.push('dimmed');
			else if (e.pathSteps && !pathEdges.has(id)) classes.push('dimmed');
			else if (
				e.fadeRest &&
				(view.node || selectedEdge) &&
				!nearEdges.has(id) &&
				!pathEdges.has(id)
			)
				classes.push('faded');
			if (pathEdges.has(id)) classes.push('on-path');
			if (id === view.edge) classes.push('selected');
			if (nearEdges.has(id)) classes.push('labelled');
			setClasses(edge, classes);
		});
	});
}

/**
 * Gives an element exactly the managed classes `wanted`, touching only elements
 * whose classes change: each change costs Cytoscape a style pass and a fresh
 * texture for that element, and a tap changes few of them.
 */
function setClasses(element: NodeSingular | EdgeSingular, wanted: string[]) {
	const current = element.classes().filter((c) => managedSet.has(c));
	if (current.length === wanted.length && wanted.every((c) => current.includes(c))) return;
	element.removeClass(managed);
	if (wanted.length) element.addClass(wanted.join(' '));
}

/**
 * Moves the hover emphasis from `from` to `to`: the hovered node's border and
 * the labels of its relations (or of the hovered relation). Its own classes, so
 * a hover touches a handful of elements, never the whole graph.
 */
export function applyHover(
	cy: Core,
	index: GraphIndex,
	from: ElementRef | null,
	to: ElementRef | null
) {
	const touched = (ref: ElementRef | null) => {
		if (!ref) return cy.collection();
		if (ref.kind === 'edge') return cy.getElementById(ref.id);
		const ids = (index.incident.get(ref.id) ?? []).map((edge) => `#${edge.id}`);
		return cy.getElementById(ref.id).union(ids.length ? cy.$(ids.join(',')) : cy.collection());
	};
	cy.batch(() => {
		touched(from).removeClass('hovered hover-labelled');
		const next = touched(to);
		next.nodes().addClass('hovered');
		next.edges().addClass('hover-labelled');
	});
}
