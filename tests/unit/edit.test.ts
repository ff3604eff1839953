/** The edits a person makes to a map, one by one, on a small map made here. */
import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit, type MapDoc } from '../../src/lib/edit/edits';
import { quoteForSelection } from '../../src/lib/edit/selection';
import { record, redo, startHistory, undo } from '../../src/lib/edit/history';
import { resolveQuote } from '../../src/lib/graph/anchor';
import { splitBlocks } from '../../src/lib/graph/text';
import type { GraphEdge, GraphNode } from '../../src/lib/graph/schema';

const node = (id: string, label: string, exact: string[], aliases: string[] = []): GraphNode => ({
	id,
	label,
	type: 'actor',
	kind: 'state',
	aliases,
	summary: `${label} in the text.`,
	evidence: exact.map((e) => ({ exact: e }))
});
const edge = (id: string, source: string, target: string, exact: string): GraphEdge => ({
	id,
	source,
	target,
	relation: 'threatens',
	label: 'threatens',
	stance: 'adversarial',
	assertedBy: { by: 'authors' },
	basis: 'stated',
	evidence: [{ exact }]
});

const doc: MapDoc = {
	graph: {
		source: { title: 'A test', authors: [], blocks: {} },
		nodes: [
			node('north-korea', 'North Korea', ['North Korea', 'Pyongyang fired'], ['Pyongyang']),
			node('dprk', 'DPRK', ['the DPRK']),
			node('japan', 'Japan', ['Japan'])
		],
		edges: [
			edge('nk-japan', 'north-korea', 'japan', 'North Korea threatens Japan'),
			edge('dprk-japan', 'dprk', 'japan', 'the DPRK threatens Japan'),
			edge('nk-dprk', 'north-korea', 'dprk', 'North Korea is the DPRK')
		]
	},
	story: {
		title: 'Story',
		steps: [
			{
				title: 'One',
				narration: 'The threat.',
				nodes: ['dprk', 'japan'],
				edges: ['dprk-japan', 'nk-dprk'],
				passage: { exact: 'Japan' }
			}
		]
	}
};

const apply = (edit: Edit, from = doc) => {
	const result = applyEdit(from, edit);
	if (!result.ok) throw new Error(result.reason);
	return result.doc;
};
const refusal = (edit: Edit, from = doc) => {
	const result = applyEdit(from, edit);
	return result.ok ? null : result.reason;
};

describe('merging two nodes', () => {
	const merged = apply({ kind: 'merge-nodes', keep: 'north-korea', absorb: 'dprk' });

	it('unites their names and passages into the one kept', () => {
		const nk = merged.graph.nodes.find((n) => n.id === 'north-korea')!;
		expect(merged.graph.nodes.map((n) => n.id)).toEqual(['north-korea', 'japan']);
		expect(nk.aliases).toEqual(['DPRK', 'Pyongyang']);
		expect(nk.evidence.map((q) => q.exact)).toEqual(['North Korea', 'Pyongyang fired', 'the DPRK']);
	});

	it('re-points relations, collapses the two that now say the same, and drops the self-loop', () => {
		expect(merged.graph.edges).toHaveLength(1);
		const [only] = merged.graph.edges;
		expect(only!.id).toBe('nk-japan');
		expect(only!.evidence.map((q) => q.exact)).toEqual([
			'North Korea threatens Japan',
			'the DPRK threatens Japan'
		]);
	});

	it('keeps the story pointing at what remains', () => {
		expect(merged.story!.steps[0]!.nodes).toEqual(['north-korea', 'japan']);
		expect(merged.story!.steps[0]!.edges).toEqual(['nk-japan']);
	});

	it('refuses to merge a node into itself or into one that is gone', () => {
		expect(refusal({ kind: 'merge-nodes', keep: 'japan', absorb: 'japan' })).toMatch(/itself/);
		expect(refusal({ kind: 'merge-nodes', keep: 'japan', absorb: 'gone' })).toMatch(/still be/);
	});
});

describe('other edits', () => {
	it('deleting a node deletes its relations and takes it out of the story', () => {
		const after = apply({ kind: 'delete-node', id: 'dprk' });
		expect(after.graph.edges.map((e) => e.id)).toEqual(['nk-japan']);
		expect(after.story!.steps[0]).toMatchObject({ nodes: ['japan'], edges: [] });
	});

	it('splitting an alias off moves the passages that use it', () => {
		const after = apply({
			kind: 'split-alias',
			id: 'north-korea',
			alias: 'Pyongyang',
			newId: 'pyongyang'
		});
		const nk = after.graph.nodes.find((n) => n.id === 'north-korea')!;
		const split = after.graph.nodes.find((n) => n.id === 'pyongyang')!;
		expect(nk.aliases).toEqual([]);
		expect(nk.evidence.map((q) => q.exact)).toEqual(['North Korea']);
		expect(split).toMatchObject({ label: 'Pyongyang', status: 'draft', type: 'actor' });
		expect(split.evidence.map((q) => q.exact)).toEqual(['Pyongyang fired']);
		expect(
			refusal({ kind: 'split-alias', id: 'north-korea', alias: 'Pyongyang', newId: 'japan' })
		).toMatch(/already used/);
	});

	it('never takes away an element’s last passage', () => {
		const ref = { kind: 'node', id: 'japan' } as const;
		expect(refusal({ kind: 'remove-evidence', ref, index: 0 })).toMatch(/only passage/);
		const two = apply({ kind: 'add-evidence', ref, quote: { exact: 'Tokyo' } });
		expect(refusal({ kind: 'add-evidence', ref, quote: { exact: 'Tokyo' } }, two)).toMatch(
			/already/
		);
		const one = apply({ kind: 'remove-evidence', ref, index: 0 }, two);
		expect(one.graph.nodes.find((n) => n.id === 'japan')!.evidence).toEqual([{ exact: 'Tokyo' }]);
	});

	it('accepting a draft confirms it; a relation must join nodes of the map', () => {
		const draft = apply({ kind: 'update-edge', id: 'nk-japan', patch: { status: 'draft' } });
		const accepted = apply({ kind: 'accept', ref: { kind: 'edge', id: 'nk-japan' } }, draft);
		expect(accepted.graph.edges[0]).not.toHaveProperty('status');
		expect(refusal({ kind: 'update-edge', id: 'nk-japan', patch: { target: 'gone' } })).toMatch(
			/Both ends/
		);
	});
});

describe('undo and redo', () => {
	it('undo gives back the map before, redo the map after, and a new edit clears redo', () => {
		let h = startHistory(doc);
		const made = record(h, doc, { kind: 'delete-edge', id: 'nk-dprk' });
		if (!made.ok) throw new Error(made.reason);
		h = made.history;
		const back = undo(h);
		if (!back.ok) throw new Error(back.reason);
		expect(back.doc).toEqual(doc);
		const again = redo(back.history, back.doc);
		if (!again.ok) throw new Error(again.reason);
		expect(again.doc).toEqual(made.doc);
		const other = record(back.history, back.doc, { kind: 'delete-node', id: 'japan' });
		expect(other.ok && other.history.undone).toEqual([]);
		expect(undo(startHistory(doc))).toEqual({ ok: false, reason: 'Nothing to undo.' });
	});
});

describe('a passage from a selection', () => {
	const text = 'Tokyo and Seoul met.\n\nTokyo hosted. Seoul came.\n';
	const blocks = splitBlocks(text);

	it('trims the selection and writes the shortest selector that finds exactly those words', () => {
		const second = text.lastIndexOf('Tokyo');
		const chosen = quoteForSelection(text, blocks, second - 2, second + 5);
		expect(chosen).toEqual({
			ok: true,
			quote: { exact: 'Tokyo', prefix: '\n' },
			start: second,
			end: second + 5
		});
		if (!chosen.ok) return;
		expect(resolveQuote(text, chosen.quote)).toMatchObject({ start: second, end: second + 5 });
	});

	it('refuses a selection across paragraphs, or of spaces alone, with the reason', () => {
		expect(quoteForSelection(text, blocks, 10, 30)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/one paragraph/)
		});
		expect(quoteForSelection(text, blocks, 20, 22)).toMatchObject({ ok: false });
	});
});
