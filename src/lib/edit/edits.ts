/**
 * The changes a person makes to a map, as data: each edit is a plain object (kept in the undo
 * history and in storage as JSON) and `applyEdit` is a pure function from one map to the next.
 * An edit that cannot apply (an id that is gone, a node's last passage) is refused with the
 * reason, never half done; what the checker would still object to (a summary left empty) is
 * for the live check to list, not for the edit to refuse.
 */
import type { ElementRef } from '../graph/dataset';
import type { GraphEdge, GraphNode, Graph, Quote } from '../graph/schema';
import type { StoryInput } from '../graph/story';

/** One step of a story, as story.json holds it. */
export type StepInput = StoryInput['steps'][number];

/** A map as its files hold it: graph.json and, when there is one, story.json. */
export interface MapDoc {
	graph: Graph;
	story: StoryInput | null;
}

type NodeFields = 'label' | 'type' | 'kind' | 'aliases' | 'summary' | 'background' | 'status';
type EdgeFields =
	| 'source'
	| 'target'
	| 'relation'
	| 'label'
	| 'stance'
	| 'assertedBy'
	| 'basis'
	| 'background'
	| 'status';

/** The fields a node or an edge may be without, so an update may take them away. */
/** `status` among them: an element saved from its form has been read, so a draft no longer. */
export type OptionalNodeField = 'kind' | 'background' | 'status';
export type OptionalEdgeField = 'background' | 'status';

export type Edit =
	| { kind: 'add-node'; node: GraphNode }
	/**
	 * `unset`: fields the node no longer has (a kind, once it is not an actor). Named, since an
	 * `undefined` in `patch` would not survive the history's trip through JSON.
	 */
	| {
			kind: 'update-node';
			id: string;
			patch: Partial<Pick<GraphNode, NodeFields>>;
			unset?: OptionalNodeField[];
	  }
	/** Deletes the node with its relations, and takes it out of the story's steps. */
	| { kind: 'delete-node'; id: string }
	| { kind: 'add-edge'; edge: GraphEdge }
	| {
			kind: 'update-edge';
			id: string;
			patch: Partial<Pick<GraphEdge, EdgeFields>>;
			unset?: OptionalEdgeField[];
	  }
	| { kind: 'delete-edge'; id: string }
	| { kind: 'add-evidence'; ref: ElementRef; quote: Quote }
	| { kind: 'remove-evidence'; ref: ElementRef; index: number }
	/** `absorb` goes into `keep`: names and passages united, relations re-pointed. */
	| { kind: 'merge-nodes'; keep: string; absorb: string }
	/** One of a node's other names becomes a node of its own, with the passages that use it. */
	| { kind: 'split-alias'; id: string; alias: string; newId: string }
	/** A draft read and kept: it is confirmed. (Rejecting a draft deletes it.) */
	| { kind: 'accept'; ref: ElementRef }
	/** A step added at the end of the story (which begins, titled `title`, if there is none). */
	| { kind: 'add-step'; step: StepInput; title: string }
	| { kind: 'update-step'; index: number; patch: Partial<Pick<StepInput, 'title' | 'narration'>> }
	/** The last step taken away takes the story with it. */
	| { kind: 'delete-step'; index: number }
	| { kind: 'move-step'; from: number; to: number };

export type Applied = { ok: true; doc: MapDoc } | { ok: false; reason: string };

const refused = (reason: string): Applied => ({ ok: false, reason });

const sameQuote = (a: Quote, b: Quote) =>
	a.exact === b.exact &&
	(a.prefix ?? '') === (b.prefix ?? '') &&
	(a.suffix ?? '') === (b.suffix ?? '');

/** `quotes` with each quote once, in the order first seen. */
function unite(...lists: Quote[][]): Quote[] {
	const out: Quote[] = [];
	for (const q of lists.flat()) if (!out.some((o) => sameQuote(o, q))) out.push(q);
	return out;
}

const withGraph = (doc: MapDoc, graph: Partial<Graph>): MapDoc => ({
	...doc,
	graph: { ...doc.graph, ...graph }
});

/** The story with `node` and `edge` deciding, per step, what each id becomes (null: it goes). */
function mapStory(
	story: StoryInput | null,
	node: (id: string) => string | null,
	edge: (id: string) => string | null
): StoryInput | null {
	if (!story) return null;
	const ids = (xs: string[], f: (id: string) => string | null) => [
		...new Set(xs.map(f).filter((x): x is string => x !== null))
	];
	return {
		...story,
		steps: story.steps.map((s) => ({ ...s, nodes: ids(s.nodes, node), edges: ids(s.edges, edge) }))
	};
}

/** `x` without the fields `unset` names (a copy: `x` is the one made for the update). */
function without<T extends object>(x: T, unset: readonly string[] = []): T {
	for (const key of unset) delete (x as Record<string, unknown>)[key];
	return x;
}

const findNode = (doc: MapDoc, id: string) => doc.graph.nodes.find((n) => n.id === id);
const findEdge = (doc: MapDoc, id: string) => doc.graph.edges.find((e) => e.id === id);
const taken = (doc: MapDoc, id: string) =>
	doc.graph.nodes.some((n) => n.id === id) || doc.graph.edges.some((e) => e.id === id);

function deleteNode(doc: MapDoc, id: string): MapDoc {
	const gone = new Set(
		doc.graph.edges.filter((e) => e.source === id || e.target === id).map((e) => e.id)
	);
	return {
		graph: {
			...doc.graph,
			nodes: doc.graph.nodes.filter((n) => n.id !== id),
			edges: doc.graph.edges.filter((e) => !gone.has(e.id))
		},
		story: mapStory(
			doc.story,
			(n) => (n === id ? null : n),
			(e) => (gone.has(e) ? null : e)
		)
	};
}

function deleteEdge(doc: MapDoc, id: string): MapDoc {
	return {
		graph: { ...doc.graph, edges: doc.graph.edges.filter((e) => e.id !== id) },
		story: mapStory(
			doc.story,
			(n) => n,
			(e) => (e === id ? null : e)
		)
	};
}

function mergeNodes(doc: MapDoc, keepId: string, absorbId: string): Applied {
	const keep = findNode(doc, keepId);
	const absorb = findNode(doc, absorbId);
	if (!keep || !absorb) return refused('Both nodes must still be in the map to merge them.');
	if (keep === absorb) return refused('A node cannot be merged into itself.');
	const names = [absorb.label, ...(absorb.aliases ?? []), ...(keep.aliases ?? [])];
	const aliases = [...new Set(names)].filter((a) => a !== keep.label);
	const merged: GraphNode = {
		...keep,
		aliases,
		evidence: unite(keep.evidence, absorb.evidence),
		...(keep.status === 'draft' && absorb.status !== 'draft' ? { status: absorb.status } : {})
	};
	// Relations re-pointed; one that now joins the node to itself goes, and two that now say the
	// same thing (same ends, same relation) become one with the passages of both.
	const point = (id: string) => (id === absorbId ? keepId : id);
	const edges: GraphEdge[] = [];
	/** Relations that went (null) or became another, for the story's steps. */
	const renamed = new Map<string, string | null>();
	for (const e of doc.graph.edges) {
		const moved = { ...e, source: point(e.source), target: point(e.target) };
		if (moved.source === moved.target) {
			renamed.set(e.id, null);
			continue;
		}
		const twin = edges.find(
			(o) => o.source === moved.source && o.target === moved.target && o.relation === moved.relation
		);
		if (twin) {
			edges[edges.indexOf(twin)] = { ...twin, evidence: unite(twin.evidence, moved.evidence) };
			renamed.set(e.id, twin.id);
		} else edges.push(moved);
	}
	return {
		ok: true,
		doc: {
			graph: {
				...doc.graph,
				nodes: doc.graph.nodes
					.filter((n) => n.id !== absorbId)
					.map((n) => (n === keep ? merged : n)),
				edges
			},
			story: mapStory(doc.story, point, (e) => (renamed.has(e) ? renamed.get(e)! : e))
		}
	};
}

function splitAlias(doc: MapDoc, id: string, alias: string, newId: string): Applied {
	const node = findNode(doc, id);
	if (!node) return refused('That node is no longer in the map.');
	if (!(node.aliases ?? []).includes(alias))
		return refused(`“${alias}” is not one of ${node.label}’s other names.`);
	if (taken(doc, newId)) return refused(`The id “${newId}” is already used in this map.`);
	const uses = (q: Quote) => q.exact.toLowerCase().includes(alias.toLowerCase());
	const moving = node.evidence.filter(uses);
	const staying = node.evidence.filter((q) => !uses(q));
	if (moving.length === 0)
		return refused(
			`No passage of ${node.label} quotes “${alias}”: select one in the article first.`
		);
	if (staying.length === 0)
		return refused(
			`Every passage of ${node.label} quotes “${alias}”: ${node.label} would keep none.`
		);
	const split: GraphNode = {
		id: newId,
		label: alias,
		type: node.type,
		...(node.kind ? { kind: node.kind } : {}),
		aliases: [],
		summary: `Named “${alias}” in the article; split from ${node.label}.`,
		evidence: moving,
		status: 'draft'
	};
	const kept: GraphNode = {
		...node,
		aliases: (node.aliases ?? []).filter((a) => a !== alias),
		evidence: staying
	};
	return {
		ok: true,
		doc: withGraph(doc, {
			nodes: doc.graph.nodes.flatMap((n) => (n === node ? [kept, split] : [n]))
		})
	};
}

function changeEvidence(
	doc: MapDoc,
	ref: ElementRef,
	change: (evidence: Quote[]) => Quote[] | string
): Applied {
	const list = ref.kind === 'node' ? doc.graph.nodes : doc.graph.edges;
	const element = list.find((x) => x.id === ref.id);
	if (!element)
		return refused(`That ${ref.kind === 'node' ? 'node' : 'relation'} is no longer in the map.`);
	const evidence = change(element.evidence);
	if (typeof evidence === 'string') return refused(evidence);
	const next = { ...element, evidence };
	return {
		ok: true,
		doc:
			ref.kind === 'node'
				? withGraph(doc, {
						nodes: doc.graph.nodes.map((n) => (n === element ? (next as GraphNode) : n))
					})
				: withGraph(doc, {
						edges: doc.graph.edges.map((e) => (e === element ? (next as GraphEdge) : e))
					})
	};
}

function changeSteps(
	doc: MapDoc,
	index: number,
	change: (steps: StepInput[]) => StepInput[]
): Applied {
	const steps = doc.story?.steps ?? [];
	if (!doc.story || !steps[index]) return refused('That step is no longer in the story.');
	const next = change([...steps]);
	return { ok: true, doc: { ...doc, story: next.length ? { ...doc.story, steps: next } : null } };
}

export function applyEdit(doc: MapDoc, edit: Edit): Applied {
	switch (edit.kind) {
		case 'add-step': {
			const story = doc.story ?? { title: edit.title, steps: [] };
			return { ok: true, doc: { ...doc, story: { ...story, steps: [...story.steps, edit.step] } } };
		}
		case 'update-step':
			return changeSteps(doc, edit.index, (steps) =>
				steps.map((s, i) => (i === edit.index ? { ...s, ...edit.patch } : s))
			);
		case 'delete-step':
			return changeSteps(doc, edit.index, (steps) => steps.filter((_, i) => i !== edit.index));
		case 'move-step': {
			const count = doc.story?.steps.length ?? 0;
			if (edit.to < 0 || edit.to >= count) return refused('A step cannot move past either end.');
			return changeSteps(doc, edit.from, (steps) => {
				const [moved] = steps.splice(edit.from, 1);
				steps.splice(edit.to, 0, moved!);
				return steps;
			});
		}
		case 'add-node':
			if (taken(doc, edit.node.id))
				return refused(`The id “${edit.node.id}” is already used in this map.`);
			return { ok: true, doc: withGraph(doc, { nodes: [...doc.graph.nodes, edit.node] }) };
		case 'update-node': {
			const node = findNode(doc, edit.id);
			if (!node) return refused('That node is no longer in the map.');
			const next = without({ ...node, ...edit.patch }, edit.unset);
			return {
				ok: true,
				doc: withGraph(doc, { nodes: doc.graph.nodes.map((n) => (n === node ? next : n)) })
			};
		}
		case 'delete-node':
			if (!findNode(doc, edit.id)) return refused('That node is no longer in the map.');
			return { ok: true, doc: deleteNode(doc, edit.id) };
		case 'add-edge': {
			const { edge } = edit;
			if (taken(doc, edge.id)) return refused(`The id “${edge.id}” is already used in this map.`);
			if (!findNode(doc, edge.source) || !findNode(doc, edge.target))
				return refused('Both ends of a relation must be nodes of the map.');
			return { ok: true, doc: withGraph(doc, { edges: [...doc.graph.edges, edge] }) };
		}
		case 'update-edge': {
			const edge = findEdge(doc, edit.id);
			if (!edge) return refused('That relation is no longer in the map.');
			const next = without({ ...edge, ...edit.patch }, edit.unset);
			if (!findNode(doc, next.source) || !findNode(doc, next.target))
				return refused('Both ends of a relation must be nodes of the map.');
			return {
				ok: true,
				doc: withGraph(doc, { edges: doc.graph.edges.map((e) => (e === edge ? next : e)) })
			};
		}
		case 'delete-edge':
			if (!findEdge(doc, edit.id)) return refused('That relation is no longer in the map.');
			return { ok: true, doc: deleteEdge(doc, edit.id) };
		case 'add-evidence':
			return changeEvidence(doc, edit.ref, (evidence) =>
				evidence.some((q) => sameQuote(q, edit.quote))
					? 'That passage is already part of its evidence.'
					: [...evidence, edit.quote]
			);
		case 'remove-evidence':
			return changeEvidence(doc, edit.ref, (evidence) => {
				if (!evidence[edit.index]) return 'That passage is no longer part of its evidence.';
				if (evidence.length === 1)
					return 'This is its only passage: add another first, or delete it instead.';
				return evidence.filter((_, i) => i !== edit.index);
			});
		case 'merge-nodes':
			return mergeNodes(doc, edit.keep, edit.absorb);
		case 'split-alias':
			return splitAlias(doc, edit.id, edit.alias, edit.newId);
		case 'accept': {
			const { ref } = edit;
			const confirm = <T extends { status?: string }>(x: T): T => {
				const { status: _, ...rest } = x;
				return rest as T;
			};
			if (ref.kind === 'node') {
				const node = findNode(doc, ref.id);
				if (!node) return refused('That node is no longer in the map.');
				return {
					ok: true,
					doc: withGraph(doc, {
						nodes: doc.graph.nodes.map((n) => (n === node ? confirm(n) : n))
					})
				};
			}
			const edge = findEdge(doc, ref.id);
			if (!edge) return refused('That relation is no longer in the map.');
			return {
				ok: true,
				doc: withGraph(doc, { edges: doc.graph.edges.map((e) => (e === edge ? confirm(e) : e)) })
			};
		}
	}
}
