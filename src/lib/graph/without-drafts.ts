/**
 * A map with its drafts left out, for an export of only what a person has read and kept: no
 * draft node, no draft edge, no edge that loses an end (or the actor who asserts it), and the
 * story's steps without the ids that went. A step left with nothing in focus goes too, and a
 * story left with no step goes, so what comes out still passes the checker.
 *
 * One function for both shapes a map has: its files (graph.json and story.json) and the checked
 * Dataset the views and exports read.
 */
import type { Dataset } from './dataset';

interface Element {
	id: string;
	status?: string | undefined;
}

interface Edge extends Element {
	source: string;
	target: string;
	assertedBy: { actor?: string | undefined };
}

interface Step {
	nodes: string[];
	edges: string[];
}

interface Graphish {
	nodes: Element[];
	edges: Edge[];
}

const isDraft = (x: Element) => x.status === 'draft';

/** How many of the map's nodes and edges are drafts. */
export function draftCount(graph: { nodes: Element[]; edges: Element[] }): number {
	return graph.nodes.filter(isDraft).length + graph.edges.filter(isDraft).length;
}

export function withoutDrafts<G extends Graphish, S extends { steps: Step[] }>(
	graph: G,
	story: S | null | undefined
): { graph: G; story: S | null } {
	const nodes = graph.nodes.filter((n) => !isDraft(n)) as G['nodes'];
	const kept = new Set(nodes.map((n) => n.id));
	const edges = graph.edges.filter(
		(e) =>
			!isDraft(e) &&
			kept.has(e.source) &&
			kept.has(e.target) &&
			(e.assertedBy.actor === undefined || kept.has(e.assertedBy.actor))
	) as G['edges'];
	const keptEdges = new Set(edges.map((e) => e.id));
	const steps = (story?.steps ?? [])
		.map((s) => ({
			...s,
			nodes: s.nodes.filter((id) => kept.has(id)),
			edges: s.edges.filter((id) => keptEdges.has(id))
		}))
		.filter((s) => s.nodes.length + s.edges.length > 0);
	return {
		graph: { ...graph, nodes, edges },
		story: story && steps.length ? { ...story, steps } : null
	};
}

/** The checked dataset with its drafts left out: what the exports are made from. */
export function datasetWithoutDrafts(dataset: Dataset): Dataset {
	const { graph, story } = withoutDrafts(dataset, dataset.story);
	const { story: _dropped, ...rest } = graph;
	return story ? { ...rest, story } : rest;
}
