/**
 * The draft as a graph.json object: actors and concerns as nodes, relations
 * as edges, every element marked "status": "draft", every quote a
 * TextQuoteSelector that resolves to one place in the article.
 */
import { occurrences } from '../graph/occurrences';
import { boundedSelector, selectorFor } from '../graph/export/selector';
import type { GraphEdge, GraphNode, Quote } from '../graph/schema';
import {
	relationNames,
	symmetricRelations,
	type ActorKind,
	type RelationType
} from '../graph/vocabulary';
import type { ConcernFind } from './concerns';
import type { Actor } from './entities';
import { fold } from './gazetteer';
import { idMaker } from '../graph/ids';
import { pairsOf, relationFor, type RelationCue } from './relations';
import type { Sentence } from './sentences';

const kindNames: Record<ActorKind, string> = {
	state: 'a state',
	government: 'a government body',
	person: 'a person',
	organization: 'an organisation',
	public: 'a public (a people, its voters or its opinion)'
};

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export interface DraftElements {
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** Passages left out because the same words stand elsewhere in the text. */
	repeats: number;
}

export function buildElements(
	text: string,
	sentences: Sentence[],
	actors: Actor[],
	concerns: ConcernFind[]
): DraftElements {
	const id = idMaker();
	// Past this much context a passage repeats word for word elsewhere (a paragraph
	// pasted twice): such passages are left out, except an element's only one.
	const context = 200;
	let repeats = 0;
	const where = occurrenceFinder(text);
	const quotes = (spans: (readonly [number, number])[]): Quote[] => {
		const found = spans.map(([s, e]) => boundedSelector(text, s, e, context, where(s, e)));
		const kept = found.filter((q): q is Quote => q !== null);
		repeats += found.length - kept.length;
		return kept.length ? kept : [selectorFor(text, spans[0]![0], spans[0]![1])];
	};
	const quote = (start: number, end: number): Quote | null =>
		boundedSelector(text, start, end, context, where(start, end));
	const nodes: GraphNode[] = [];
	const nodeOf = new Map<Actor, string>();

	for (const actor of actors) {
		const spans = unique(actor.mentions.map((m) => [m.start, m.end] as const));
		const forms = new Map<string, string>();
		for (const m of actor.mentions) {
			for (const form of [text.slice(m.start, m.end), m.name]) {
				const key = fold(form).toLowerCase();
				if (key !== fold(actor.label).toLowerCase() && !forms.has(key)) forms.set(key, form);
			}
		}
		const nodeId = id(actor.label, 'actor');
		nodeOf.set(actor, nodeId);
		nodes.push({
			id: nodeId,
			label: actor.label,
			type: 'actor',
			kind: actor.kind,
			aliases: [...forms.values()],
			summary: `Drafted: ${kindNames[actor.kind]} the article names ${times(spans.length)}, first as “${text.slice(spans[0]![0], spans[0]![1])}”. Check the name and the kind.`,
			evidence: quotes(spans),
			status: 'draft'
		});
	}

	const concernNodes = new Map<string, { node: GraphNode; finds: ConcernFind[] }>();
	for (const c of concerns) {
		const phrase = text.slice(c.start, c.end);
		const key = fold(phrase).toLowerCase();
		let entry = concernNodes.get(key);
		if (!entry) {
			entry = {
				node: {
					id: id(phrase, 'concern'),
					label: phrase.charAt(0).toUpperCase() + phrase.slice(1),
					type: 'concern',
					aliases: [],
					summary: `Drafted from the word “${c.cue}”: a concern the article may raise. Check that it does, and name it in a few words.`,
					evidence: [],
					status: 'draft'
				},
				finds: []
			};
			concernNodes.set(key, entry);
			nodes.push(entry.node);
		}
		const q = quote(c.start, c.end);
		if (q || entry.node.evidence.length === 0)
			entry.node.evidence.push(q ?? selectorFor(text, c.start, c.end));
		else repeats++;
		entry.finds.push(c);
	}

	const edges = new Map<string, GraphEdge>();
	const linked = new Set<string>();
	/** Edge and sentence pairs already quoted, so a sentence is one edge's evidence once. */
	const quoted = new Set<string>();
	const relate = (source: string, target: string, cue: RelationCue, sentence: Sentence) => {
		if (source === target) return;
		const symmetric = symmetricRelations.includes(cue.relation);
		const ends = symmetric ? [source, target].sort() : [source, target];
		// The headline and the caption are their editors' words, not the authors': an edge quoting
		// them is credited to them, and kept apart from one quoting the body.
		const voice =
			sentence.block.role === 'headline' || sentence.block.role === 'caption'
				? sentence.block.role
				: 'authors';
		const key = `${ends.join('→')}:${cue.relation}:${voice}`;
		linked.add([source, target].sort().join('→'));
		// A sentence is one edge's evidence once, however often it relates the two.
		const once = `${key}@${sentence.start}`;
		if (quoted.has(once)) return;
		quoted.add(once);
		const evidence = quote(sentence.start, sentence.end);
		const found = edges.get(key);
		if (found) {
			if (evidence) found.evidence.push(evidence);
			else repeats++;
			return;
		}
		edges.set(key, {
			id: id(
				`${ends[0]}-${cue.relation.replace(/_/g, '-')}-${ends[1]}${voice === 'authors' ? '' : `-${voice}`}`,
				'relation'
			),
			source: ends[0]!,
			target: ends[1]!,
			relation: cue.relation,
			label: cue.label,
			stance: cue.stance,
			// Found, not inferred: the sentence names both; "draft" says nobody has read it yet.
			basis: 'stated',
			assertedBy: { by: voice },
			evidence: [evidence ?? selectorFor(text, sentence.start, sentence.end)],
			status: 'draft'
		});
	};

	// Titles and demonyms: "South Korean President Yoon" leads South Korea.
	const byKey = new Map(actors.map((a) => [a.key, a]));
	for (const actor of actors) {
		const state = actor.of ? byKey.get(actor.of) : undefined;
		if (!state || state === actor) continue;
		const m = actor.mentions.find((x) => x.of === actor.of) ?? actor.mentions[0]!;
		const relation: RelationType =
			actor.kind === 'public'
				? 'part_of'
				: actor.kind === 'government'
					? 'part_of'
					: actor.leads
						? 'leads'
						: 'represents';
		relate(
			nodeOf.get(actor)!,
			nodeOf.get(state)!,
			{ relation, stance: 'neutral', label: relationNames[relation] },
			sentences[m.sentence]!
		);
	}
	// "The Biden administration": Biden leads it.
	const bodies = actors
		.filter((a) => a.kind === 'government')
		.flatMap((a) => a.mentions.map((g) => ({ actor: a, g })));
	for (const person of actors.filter((a) => a.kind === 'person')) {
		for (const m of person.mentions) {
			const body = bodies.find(
				({ g }) => g !== m && g.sentence === m.sentence && g.start <= m.start && g.end >= m.end
			);
			if (body) {
				const leads = { relation: 'leads', stance: 'neutral', label: 'leads' } as const;
				relate(nodeOf.get(person)!, nodeOf.get(body.actor)!, leads, sentences[m.sentence]!);
			}
		}
	}

	// Actors named in one sentence.
	const inSentence = new Map<number, { actor: Actor; start: number; end: number }[]>();
	for (const actor of actors) {
		for (const m of actor.mentions) {
			const list = inSentence.get(m.sentence) ?? [];
			if (!list.some((x) => x.actor === actor)) list.push({ actor, start: m.start, end: m.end });
			inSentence.set(m.sentence, list);
		}
	}
	for (const [index, list] of inSentence) {
		const sentence = sentences[index]!;
		list.sort((a, b) => a.start - b.start);
		const body = text.slice(sentence.start, sentence.end);
		for (const [a, b] of pairsOf(list)) {
			const [source, target] = [nodeOf.get(a.actor)!, nodeOf.get(b.actor)!];
			if (linked.has([source, target].sort().join('→'))) continue;
			const cue = relationFor(text.slice(a.end, b.start), list.length === 2 ? body : null);
			relate(source, target, cue, sentence);
		}
	}

	// Actors named before a concern in its sentence are concerned about it; those inside it heighten it.
	for (const { node, finds } of concernNodes.values()) {
		for (const c of finds) {
			const named = (inSentence.get(c.sentence) ?? []).filter((x) => x.start < c.end).slice(0, 3);
			for (const x of named) {
				const inside = x.start >= c.start;
				const relation: RelationType = inside ? 'heightens' : 'concerned_about';
				relate(
					nodeOf.get(x.actor)!,
					node.id,
					{ relation, stance: 'neutral', label: relationNames[relation] },
					sentences[c.sentence]!
				);
			}
		}
	}
	return { nodes, edges: [...edges.values()], repeats };
}

/**
 * Where a passage's words occur in the text (as `occurrences` finds them),
 * answered from an index of the text's three-character sequences built once:
 * a draft asks this for every name and sentence it quotes.
 */
function occurrenceFinder(text: string): (start: number, end: number) => number[] {
	const index = new Map<string, number[]>();
	for (let i = 0; i + 3 <= text.length; i++) {
		const key = text.slice(i, i + 3);
		const list = index.get(key);
		if (list) list.push(i);
		else index.set(key, [i]);
	}
	const seen = new Map<string, number[]>();
	return (start, end) => {
		const exact = text.slice(start, end);
		let found = seen.get(exact);
		if (!found) {
			found =
				exact.length < 3
					? occurrences(text, exact)
					: (index.get(exact.slice(0, 3)) ?? []).filter((i) => text.startsWith(exact, i));
			seen.set(exact, found);
		}
		return found;
	};
}

function unique(spans: (readonly [number, number])[]): (readonly [number, number])[] {
	const seen = new Set<string>();
	return spans.filter(([s, e]) => {
		const key = `${s}:${e}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
