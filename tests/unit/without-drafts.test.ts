/**
 * Leaving the drafts out of an export: what goes (drafts, the edges they held up, the story's
 * ids of them, steps left empty), what stays, and that the bundled dataset made partly draft
 * still passes the checker once they are out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/graph/check';
import type { Graph } from '../../src/lib/graph/schema';
import type { StoryInput } from '../../src/lib/graph/story';
import {
	datasetWithoutDrafts,
	draftCount,
	withoutDrafts
} from '../../src/lib/graph/without-drafts';
import { filesWithoutDrafts } from '../../src/lib/local/files-without-drafts';
import type { MapFiles } from '../../src/lib/local/types';

const dir = 'graph-data/camp-david-2023';
const article = readFileSync(`${dir}/article.txt`, 'utf8');
const graph = JSON.parse(readFileSync(`${dir}/graph.json`, 'utf8')) as Graph;
const story = JSON.parse(readFileSync(`${dir}/story.json`, 'utf8')) as StoryInput;

const node = (id: string, status?: 'draft') => ({ id, ...(status ? { status } : {}) });
const edge = (id: string, source: string, target: string, status?: 'draft', actor?: string) => ({
	...node(id, status),
	source,
	target,
	assertedBy: actor ? { by: 'actor', actor } : { by: 'authors' }
});
const small = {
	nodes: [node('a'), node('b'), node('c', 'draft')],
	edges: [
		edge('a-b', 'a', 'b'),
		edge('a-b-drafted', 'a', 'b', 'draft'),
		edge('a-c', 'a', 'c'),
		edge('b-a-says-c', 'b', 'a', undefined, 'c')
	]
};
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

/** The bundled map with every third node and every fourth edge marked draft. */
const partlyDraft: Graph = {
	...graph,
	nodes: graph.nodes.map((n, i) => (i % 3 === 1 ? { ...n, status: 'draft' } : n)),
	edges: graph.edges.map((e, i) => (i % 4 === 2 ? { ...e, status: 'draft' } : e))
};
const json = (x: unknown) => `${JSON.stringify(x, null, '\t')}\n`;
const partlyDraftFiles: MapFiles = { article, graph: json(partlyDraft), story: json(story) };
const check = (files: MapFiles) => checkDataset({ slug: 'x', dir: 'x', ...files });

describe('withoutDrafts', () => {
	it('drops draft nodes, draft edges, edges that lose an end or the actor who asserts them', () => {
		const { graph: out } = withoutDrafts(small, null);
		expect(ids(out.nodes)).toEqual(['a', 'b']);
		expect(ids(out.edges)).toEqual(['a-b']);
	});

	it.each([
		['keeps a step with something left, without the ids that went', ['a', 'c'], ['a-c'], ['a']],
		['drops a step left with nothing in focus', ['c'], ['a-c'], null]
	])('%s', (_, nodes, edges, left) => {
		const steps = [
			{ title: 'Kept', nodes: ['b'], edges: [] },
			{ title: 'Pruned', nodes, edges }
		];
		const out = withoutDrafts(small, { title: 'T', steps }).story!;
		expect(out.steps.map((s) => s.nodes)).toEqual(left ? [['b'], left] : [['b']]);
		expect(out.steps.every((s) => s.edges.length === 0)).toBe(true);
	});

	it('drops the story when no step is left', () => {
		const steps = [{ title: 'Only drafts', nodes: ['c'], edges: ['a-c'] }];
		expect(withoutDrafts(small, { title: 'T', steps }).story).toBeNull();
	});

	it('gives back the same elements when there is no draft', () => {
		const out = withoutDrafts(graph, story);
		expect(out.graph).toEqual(graph);
		expect(out.story).toEqual(story);
	});

	it('does not mutate its input', () => {
		const before = structuredClone(partlyDraft);
		withoutDrafts(partlyDraft, story);
		expect(partlyDraft).toEqual(before);
	});

	it('counts the drafts', () => {
		expect(draftCount(small)).toBe(2);
		expect(draftCount(graph)).toBe(0);
	});
});

describe('the bundled dataset made partly draft, with its drafts left out', () => {
	const files = filesWithoutDrafts(partlyDraftFiles);
	const checked = check(files);

	it('passes the checker, with no draft left and the story still there', () => {
		expect(checked.ok ? [] : checked.problems).toEqual([]);
		expect(files.graph).not.toContain('"draft"');
		expect(files.article).toBe(article);
		if (!checked.ok) return;
		expect(checked.dataset.nodes.length).toBe(
			graph.nodes.length - draftCount({ ...partlyDraft, edges: [] })
		);
		expect(checked.dataset.story!.steps.length).toBeGreaterThan(0);
	});

	it('is the same map whether left out of the files or of the checked dataset', () => {
		const full = check(partlyDraftFiles);
		if (!full.ok || !checked.ok) throw new Error('both must pass the checker');
		const fromDataset = datasetWithoutDrafts(full.dataset);
		expect(ids(fromDataset.nodes)).toEqual(ids(checked.dataset.nodes));
		expect(ids(fromDataset.edges)).toEqual(ids(checked.dataset.edges));
		expect(fromDataset.story?.steps.map((s) => s.title)).toEqual(
			checked.dataset.story!.steps.map((s) => s.title)
		);
	});

	it('leaves the files as they are when there is no draft', () => {
		const plain = { article, graph: json(graph), story: json(story) };
		expect(filesWithoutDrafts(plain)).toEqual(plain);
	});
});
