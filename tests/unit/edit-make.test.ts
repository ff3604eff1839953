/**
 * The edits the editing components build: fresh ids, the schema's fields, passages found again
 * by their offsets, the merge preview, where new nodes are drawn, the drafts' order, and the
 * relation types offered for two ends.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/graph/check';
import { relationsBetween, shortList } from '../../src/lib/graph/relation-ends';
import type { Graph } from '../../src/lib/graph/schema';
import { splitBlocks } from '../../src/lib/graph/text';
import { relationTypes } from '../../src/lib/graph/vocabulary';
import { applyEdit, type Edit, type MapDoc } from '../../src/lib/edit/edits';
import { quoteForSelection } from '../../src/lib/edit/selection';
import {
	evidenceIndex,
	mergePreview,
	newEdge,
	newNode,
	parseAliases,
	updateEdge,
	updateNode,
	type EdgeFields,
	type NodeFields
} from '../../src/lib/edit/make';
import { placeNew } from '../../src/lib/edit/place';
import { draftsInReadingOrder, problemTarget } from '../../src/lib/edit/drafts';
import { filesFromDoc, docFromFiles } from '../../src/lib/edit/session.svelte';

const dir = 'graph-data/camp-david-2023';
const article = readFileSync(`${dir}/article.txt`, 'utf8');
const doc: MapDoc = {
	graph: JSON.parse(readFileSync(`${dir}/graph.json`, 'utf8')) as Graph,
	story: null
};
const blocks = splitBlocks(article, doc.graph.source.blocks ?? {});
const check = (d: MapDoc) => checkDataset({ slug: 'x', dir: 'x', ...filesFromDoc(d, article) });

function selection(words: string, from = 0) {
	const start = article.indexOf(words, from);
	const s = quoteForSelection(article, blocks, start, start + words.length);
	if (!s.ok) throw new Error(s.reason);
	return s.quote;
}

describe('a new node from selected words', () => {
	it('gets an id of its own and passes the checker', () => {
		const fields = {
			label: 'Japan',
			type: 'actor' as const,
			kind: 'state' as const,
			aliases: [],
			summary: 'A second Japan, to test the id.',
			background: ''
		};
		const made = newNode(doc, fields, selection('Camp David'));
		expect(made.id).toBe('japan-2');
		const applied = applyEdit(doc, made.edit);
		expect(applied.ok).toBe(true);
		if (!applied.ok) return;
		const checked = check(applied.doc);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		const node = checked.dataset.nodes.find((n) => n.id === 'japan-2')!;
		expect(node.passages.map((p) => p.exact)).toEqual(['Camp David']);
		expect(node.status).toBeUndefined();
	});

	it('writes a kind only for an actor, and editing to another type drops it', () => {
		const edit = updateNode('japan', {
			label: 'Japan',
			type: 'concept',
			kind: 'state',
			aliases: [],
			summary: 'x',
			background: ''
		});
		// As the history keeps it, through JSON.
		const applied = applyEdit(doc, JSON.parse(JSON.stringify(edit)) as Edit);
		expect(applied.ok && applied.doc.graph.nodes.find((n) => n.id === 'japan')!.kind).toBe(
			undefined
		);
		expect(applied.ok && JSON.stringify(applied.doc.graph)).not.toContain(
			'"type":"concept","kind"'
		);
	});
});

describe('a new relation', () => {
	it('joins two nodes with the selection as its evidence, stated by default', () => {
		const made = newEdge(
			doc,
			{
				source: 'japan',
				target: 'south-korea',
				relation: 'improves_relations_with',
				label: 'improves relations with',
				stance: 'cooperative',
				assertedBy: { by: 'authors', actor: 'japan' },
				basis: 'stated',
				background: ''
			},
			// Words of the body, which the authors wrote (the caption's are the caption's).
			selection('Camp David', blocks.find((b) => b.role === 'body')!.start)
		);
		expect(made.edit.kind).toBe('add-edge');
		if (made.edit.kind !== 'add-edge') return;
		// The actor goes with "authors": only an actor's claim names one.
		expect(made.edit.edge.assertedBy).toEqual({ by: 'authors' });
		const applied = applyEdit(doc, made.edit);
		expect(applied.ok && check(applied.doc).ok).toBe(true);
	});
});

describe('background, and whether a relation is stated or inferred', () => {
	/** An edit as the history keeps it: through JSON, where `undefined` is lost. */
	const kept = (edit: Edit) => JSON.parse(JSON.stringify(edit)) as Edit;
	const apply = (d: MapDoc, edit: Edit) => {
		const applied = applyEdit(d, kept(edit));
		if (!applied.ok) throw new Error(applied.reason);
		return applied.doc;
	};
	const japan = doc.graph.nodes.find((n) => n.id === 'japan')!;
	const japanFields: NodeFields = {
		...japan,
		kind: japan.kind ?? '',
		aliases: japan.aliases ?? [],
		background: ''
	};
	const edge = doc.graph.edges.find((e) => e.id === 'japan-member-of-us-japan-alliance')!;
	const edgeFields: EdgeFields = { ...edge, background: '' };
	const node = (d: MapDoc) => d.graph.nodes.find((n) => n.id === 'japan')!;
	const relation = (d: MapDoc) => d.graph.edges.find((e) => e.id === edge.id)!;

	it.each([
		['is written trimmed', '  An island state in East Asia.  ', 'An island state in East Asia.'],
		['left empty, is left out', '   ', undefined]
	])('a node’s background %s', (_, typed, stored) => {
		const withOne = apply(doc, updateNode('japan', { ...japanFields, background: 'Was there.' }));
		const d = apply(withOne, updateNode('japan', { ...japanFields, background: typed }));
		expect(node(d).background).toBe(stored);
		expect(check(d).ok).toBe(true);
	});

	it('a draft saved from its form is confirmed: a person has read it', () => {
		const drafted: MapDoc = {
			...doc,
			graph: {
				...doc.graph,
				nodes: doc.graph.nodes.map((n) => (n.id === 'japan' ? { ...n, status: 'draft' } : n)),
				edges: doc.graph.edges.map((e) => (e.id === edge.id ? { ...e, status: 'draft' } : e))
			}
		};
		const d = apply(
			apply(drafted, updateNode('japan', japanFields)),
			updateEdge(edge.id, edgeFields)
		);
		expect('status' in node(d)).toBe(false);
		expect('status' in relation(d)).toBe(false);
		expect(check(d).ok).toBe(true);
	});

	it('a relation’s background is written, and taken away when emptied', () => {
		const d = apply(doc, updateEdge(edge.id, { ...edgeFields, background: 'Since 1951.' }));
		expect(relation(d).background).toBe('Since 1951.');
		expect('background' in relation(apply(d, updateEdge(edge.id, edgeFields)))).toBe(false);
	});

	it('an inference with its note passes the checker; without one the check says what to add', () => {
		const inferred = (note: string) =>
			apply(
				doc,
				updateEdge(edge.id, {
					...edgeFields,
					basis: 'inference',
					assertedBy: { by: 'authors', note }
				})
			);
		const d = inferred('Read from the summit’s joint statement.');
		expect(relation(d)).toMatchObject({
			basis: 'inference',
			assertedBy: { by: 'authors', note: 'Read from the summit’s joint statement.' }
		});
		expect(check(d).ok).toBe(true);
		const bare = check(inferred('  '));
		expect(bare.ok ? [] : bare.problems.map((p) => p.message)).toEqual([
			expect.stringContaining('does not say what it is inferred from')
		]);
	});

	it('editing a relation keeps the note on who says so', () => {
		const blinken = doc.graph.edges.find((e) => e.id === 'antony-blinken-leads-state-department')!;
		const d = apply(doc, updateEdge(blinken.id, { ...blinken, label: 'heads', background: '' }));
		expect(d.graph.edges.find((e) => e.id === blinken.id)!.assertedBy).toEqual(blinken.assertedBy);
	});
});

it('names other names one a line, each once, never the label', () => {
	expect(parseAliases('Tokyo\n Japanese ,Tokyo\nJapan\n\n', 'Japan')).toEqual([
		'Tokyo',
		'Japanese'
	]);
});

it('finds the quote of a shown passage by its offsets, whatever prefix it was written with', () => {
	const checked = check(doc);
	if (!checked.ok) throw new Error('bundled map fails');
	for (const node of checked.dataset.nodes.slice(0, 10)) {
		node.passages.forEach((p) => {
			const k = evidenceIndex(doc, { kind: 'node', id: node.id }, p, article, blocks);
			const quote = doc.graph.nodes.find((n) => n.id === node.id)!.evidence[k]!;
			expect(quote.exact).toBe(p.exact);
		});
	}
});

it('says what a merge will change before it is made', () => {
	const lines = mergePreview(doc, 'japan', 'south-korea');
	expect(lines[0]).toMatch(
		/^“South Korea” becomes another name of “Japan”, with its \d+ passages\.$/
	);
	expect(lines.some((l) => /relations? between the two go/.test(l))).toBe(true);
});

describe('new nodes on the picture', () => {
	const dataset = {
		nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
		edges: [
			{ id: 'e1', source: 'c', target: 'a' },
			{ id: 'e2', source: 'c', target: 'b' }
		]
	} as unknown as Parameters<typeof placeNew>[0];
	const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } };

	it('leaves every old node where it was and puts a related one near its relations', () => {
		const placed = placeNew(dataset, positions);
		expect(placed.a).toEqual(positions.a);
		expect(placed.b).toEqual(positions.b);
		expect(Math.abs(placed.c!.x - 200)).toBeLessThan(100);
		// One with no relation goes beside the picture, clear of every node.
		expect(placed.d!.x).toBeGreaterThan(400);
		for (const [id, p] of Object.entries(placed))
			for (const [other, q] of Object.entries(placed))
				if (id < other) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(90);
	});

	it('is the same picture every time', () => {
		expect(placeNew(dataset, positions)).toEqual(placeNew(dataset, positions));
	});

	it('puts one with no relation yet beside the nodes named in its sentence', () => {
		const passage = (start: number, sentence: number) => ({
			start,
			end: start + 5,
			context: { start: sentence, end: sentence + 100 }
		});
		const withText = {
			nodes: [
				{ id: 'a', passages: [passage(10, 0)] },
				{ id: 'b', passages: [passage(5000, 4900)] },
				{ id: 'new', passages: [passage(40, 0)] }
			],
			edges: []
		} as unknown as Parameters<typeof placeNew>[0];
		const placed = placeNew(withText, positions);
		// Beside a, named in the same sentence; not beside b, nor in a row right of the picture.
		expect(Math.hypot(placed.new!.x - positions.a.x, placed.new!.y - positions.a.y)).toBeLessThan(
			150
		);
	});
});

it('lists drafts in the order the article names them, and finds a problem’s element', () => {
	const p = (start: number) => [{ start }];
	const drafts = draftsInReadingOrder({
		nodes: [
			{ id: 'late', status: 'draft', passages: p(90) },
			{ id: 'read', passages: p(1) },
			{ id: 'early', status: 'draft', passages: p(5) }
		],
		edges: [{ id: 'rel', status: 'draft', passages: p(50) }]
	} as never);
	expect(drafts.map((d) => d.id)).toEqual(['early', 'rel', 'late']);
	expect(problemTarget('edges[1].label', { nodes: [], edges: [{ id: 'a' }, { id: 'b' }] })).toEqual(
		{
			kind: 'edge',
			id: 'b'
		}
	);
	expect(problemTarget('source.title', { nodes: [], edges: [] })).toBeNull();
});

describe('relation types for two ends', () => {
	it('offers, for every relation of the bundled map, its own type', () => {
		const types = new Map(doc.graph.nodes.map((n) => [n.id, n.type]));
		for (const e of doc.graph.edges)
			expect(relationsBetween(types.get(e.source)!, types.get(e.target)!)).toContain(e.relation);
	});

	it('keeps actors’ relations between actors and puts the specific ones first', () => {
		const between = relationsBetween('concern', 'concern');
		expect(between).not.toContain('allied_with');
		expect(between).not.toContain('meets');
		const actors = relationsBetween('actor', 'actor');
		expect(actors.indexOf('allied_with')).toBeLessThan(actors.indexOf('affects'));
		expect(new Set(actors).size).toBe(actors.length);
		expect(actors.every((r) => relationTypes.includes(r))).toBe(true);
	});

	it('offers two actors the general types first, in one short list', () => {
		const list = shortList('actor', 'actor', 'meets');
		expect(list[0]).toBe('meets');
		expect(list.slice(1, 5)).toEqual(['supports', 'opposes', 'partners_with', 'allied_with']);
		expect(list).toContain('competes_with');
		expect(list).not.toContain('invades');
		expect(list).toHaveLength(9);
		expect(new Set(list).size).toBe(list.length);
		// Only types that fit the ends: a concern opposes no one, and meets no one.
		const ofConcern = shortList('concern', 'actor', 'affects');
		expect(ofConcern).not.toContain('opposes');
		expect(ofConcern).not.toContain('meets');
		expect(ofConcern.every((r) => relationsBetween('concern', 'actor').includes(r))).toBe(true);
	});
});

it('reads a map’s files and writes them back the same', () => {
	const files = filesFromDoc(doc, article);
	expect(filesFromDoc(docFromFiles(files), article)).toEqual(files);
});

describe('the story, step by step', () => {
	const step = (title: string) => ({
		title,
		narration: `About ${title}.`,
		nodes: ['japan'],
		edges: [],
		passage: selection('Camp David', blocks.find((b) => b.role === 'body')!.start)
	});
	const apply = (d: MapDoc, edit: Parameters<typeof applyEdit>[1]) => {
		const applied = applyEdit(d, edit);
		if (!applied.ok) throw new Error(applied.reason);
		return applied.doc;
	};

	it('begins a story with its first step, reorders and deletes, and the checker accepts it', () => {
		let d = apply(doc, { kind: 'add-step', title: 'My story', step: step('one') });
		d = apply(d, { kind: 'add-step', title: 'ignored', step: step('two') });
		expect(d.story?.title).toBe('My story');
		d = apply(d, { kind: 'move-step', from: 1, to: 0 });
		expect(d.story?.steps.map((s) => s.title)).toEqual(['two', 'one']);
		expect(check(d).ok).toBe(true);
		expect(applyEdit(d, { kind: 'move-step', from: 0, to: 2 }).ok).toBe(false);
		d = apply(d, { kind: 'update-step', index: 1, patch: { title: 'uno' } });
		d = apply(d, { kind: 'delete-step', index: 0 });
		expect(d.story?.steps.map((s) => s.title)).toEqual(['uno']);
		// The last step taken away takes the story with it: the map has no presentation again.
		expect(apply(d, { kind: 'delete-step', index: 0 }).story).toBeNull();
	});
});
