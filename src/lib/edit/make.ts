/**
 * The edits the editing components make, built from what a person filled in: fresh ids,
 * the fields the schema wants, and the evidence as the selection's quote. Pure, so the forms
 * stay thin and the rules are tested here.
 */
import { quoteAnchor } from '../graph/check-quotes';
import type { ElementRef, Passage } from '../graph/dataset';
import type { Assertion, GraphEdge, GraphNode, Quote } from '../graph/schema';
import type { Block } from '../graph/text';
import type { ActorKind, Basis, NodeType, RelationType, Stance } from '../graph/vocabulary';
import { idMaker } from '../graph/ids';
import type { Edit, MapDoc } from './edits';

export interface NodeFields {
	label: string;
	type: NodeType;
	kind: ActorKind | '';
	aliases: string[];
	summary: string;
	/** Outside facts, not from the article; empty for none. */
	background: string;
}

export interface EdgeFields {
	source: string;
	target: string;
	relation: RelationType;
	label: string;
	stance: Stance;
	/** `note`: what an inference is read from, or more on who says so. */
	assertedBy: Assertion;
	basis: Basis;
	/** Outside facts, not from the article; empty for none. */
	background: string;
}

/** A form's empty text is a field left out: the schema wants no empty strings. */
const given = <K extends string>(key: K, text: string): { [k in K]?: string } => {
	const t = text.trim();
	return (t ? { [key]: t } : {}) as { [k in K]?: string };
};

const ids = (doc: MapDoc) => [...doc.graph.nodes, ...doc.graph.edges].map((x) => x.id);

/** One name per line (or comma), each once, none the label itself. */
export function parseAliases(text: string, label: string): string[] {
	const names = text
		.split(/[\n,]/)
		.map((a) => a.trim())
		.filter((a) => a && a !== label.trim());
	return [...new Set(names)];
}

/** The node's fields as the schema writes them: a kind only for an actor. */
function nodePatch(fields: NodeFields): Omit<GraphNode, 'id' | 'evidence'> {
	return {
		label: fields.label.trim(),
		type: fields.type,
		...(fields.type === 'actor' && fields.kind ? { kind: fields.kind } : {}),
		aliases: fields.aliases,
		summary: fields.summary.trim(),
		...given('background', fields.background)
	};
}

export function newNode(doc: MapDoc, fields: NodeFields, quote: Quote): { id: string; edit: Edit } {
	const id = idMaker(ids(doc))(fields.label, 'node');
	return { id, edit: { kind: 'add-node', node: { id, ...nodePatch(fields), evidence: [quote] } } };
}

/** The node as its form says; saved from the form, a draft is confirmed (a person has read it). */
export function updateNode(id: string, fields: NodeFields): Edit {
	const patch = nodePatch(fields);
	const unset = (['kind', 'background'] as const).filter((k) => patch[k] === undefined);
	return { kind: 'update-node', id, patch, unset: [...unset, 'status'] };
}

function edgePatch(fields: EdgeFields): Omit<GraphEdge, 'id' | 'evidence'> {
	const { by, actor, note = '' } = fields.assertedBy;
	return {
		source: fields.source,
		target: fields.target,
		relation: fields.relation,
		label: fields.label.trim(),
		stance: fields.stance,
		assertedBy: { by, ...(by === 'actor' && actor ? { actor } : {}), ...given('note', note) },
		basis: fields.basis,
		...given('background', fields.background)
	};
}

export function newEdge(doc: MapDoc, fields: EdgeFields, quote: Quote): { id: string; edit: Edit } {
	const id = idMaker(ids(doc))(`${fields.source}-${fields.relation}-${fields.target}`, 'relation');
	return {
		id,
		edit: {
			kind: 'add-edge',
			edge: { id, ...edgePatch(fields), evidence: [quote] }
		}
	};
}

/** The relation as its form says; saved from the form, a draft is confirmed. */
export function updateEdge(id: string, fields: EdgeFields): Edit {
	const patch = edgePatch(fields);
	return {
		kind: 'update-edge',
		id,
		patch,
		unset: [...(patch.background === undefined ? (['background'] as const) : []), 'status']
	};
}

/** Which of the element's quotes in the map's file is the passage shown, or -1. */
export function evidenceIndex(
	doc: MapDoc,
	ref: ElementRef,
	passage: Pick<Passage, 'start' | 'end'>,
	text: string,
	blocks: Block[]
): number {
	const list = ref.kind === 'node' ? doc.graph.nodes : doc.graph.edges;
	const element = list.find((x) => x.id === ref.id);
	if (!element) return -1;
	const anchor = quoteAnchor(text, blocks);
	return element.evidence.findIndex((q) => {
		const p = anchor(q, () => {});
		return p?.start === passage.start && p.end === passage.end;
	});
}

/** What merging `absorb` into `keep` will change, in words, before it is done. */
export function mergePreview(doc: MapDoc, keep: string, absorb: string): string[] {
	const a = doc.graph.nodes.find((n) => n.id === absorb);
	const k = doc.graph.nodes.find((n) => n.id === keep);
	if (!a || !k) return [];
	const moved = doc.graph.edges.filter((e) => e.source === absorb || e.target === absorb);
	const between = moved.filter((e) => e.source === keep || e.target === keep).length;
	const lines = [
		`“${a.label}” becomes another name of “${k.label}”, with its ${a.evidence.length} ${a.evidence.length === 1 ? 'passage' : 'passages'}.`,
		`${moved.length - between} ${moved.length - between === 1 ? 'relation moves' : 'relations move'} to “${k.label}”; a relation with the same ends and type as one it has becomes one.`
	];
	if (between)
		lines.push(
			`${between} ${between === 1 ? 'relation' : 'relations'} between the two ${between === 1 ? 'goes' : 'go'}.`
		);
	return lines;
}

/** Who says what a passage says, by where it stands: a caption's words are the caption's. */
export function asserterFor(blocks: readonly Block[], start: number): Assertion['by'] {
	const role = blocks.find((b) => b.start <= start && start < b.end)?.role;
	return role === 'caption' || role === 'headline' ? role : 'authors';
}
