import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/graph/dataset';
import { shareUnchanged } from '../../src/lib/graph/share-unchanged';

const passage = (start: number, exact: string) => ({
	exact,
	start,
	end: start + exact.length,
	block: 1,
	role: 'body' as const,
	paragraph: 1,
	context: { start: 0, end: 20 }
});

/** A small map, made afresh each call as the checker makes it after every edit. */
const made = (label = 'Seoul'): Dataset =>
	({
		slug: 'm',
		source: { title: 'T', outlet: null, authors: [], published: null, url: null },
		text: 'Seoul and Tokyo met.',
		blocks: [{ index: 1, role: 'body', paragraph: 1, start: 0, end: 20 }],
		nodes: [
			{ id: 'seoul', label, type: 'actor', summary: 'S', passages: [passage(0, 'Seoul')] },
			{ id: 'tokyo', label: 'Tokyo', type: 'actor', summary: 'T', passages: [passage(10, 'Tokyo')] }
		],
		edges: [
			{
				id: 'met',
				source: 'seoul',
				target: 'tokyo',
				relation: 'cooperates_with',
				label: 'met',
				stance: 'cooperative',
				passages: [passage(0, 'Seoul and Tokyo met.')]
			}
		]
	}) as unknown as Dataset;

describe('shareUnchanged', () => {
	it('keeps every element an edit left as it was, and takes the one it changed', () => {
		const before = made();
		const after = shareUnchanged(before, made('Seoul, the capital'));
		expect(after.nodes[0]).not.toBe(before.nodes[0]);
		expect(after.nodes[0]!.label).toBe('Seoul, the capital');
		expect(after.nodes[1]).toBe(before.nodes[1]);
		expect(after.edges).toBe(before.edges);
		expect(after.source).toBe(before.source);
		expect(after.blocks).toBe(before.blocks);
		expect(after).toEqual(made('Seoul, the capital'));
	});

	it('gives back the same lists when nothing changed, and new ones when an element goes', () => {
		const before = made();
		expect(shareUnchanged(before, made()).nodes).toBe(before.nodes);
		const fewer = { ...made(), nodes: made().nodes.slice(1) };
		const after = shareUnchanged(before, fewer);
		expect(after.nodes).not.toBe(before.nodes);
		expect(after.nodes).toEqual([before.nodes[1]]);
		expect(after.nodes[0]).toBe(before.nodes[1]);
	});

	it('shares nothing with a map of another article', () => {
		const other = { ...made(), text: 'Another text.' };
		const after = shareUnchanged(made(), other);
		expect(after).toBe(other);
	});
});
