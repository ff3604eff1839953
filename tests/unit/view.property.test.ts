/**
 * parseView reads whatever an address holds: thousands of random and hostile
 * query strings never make it throw, never select what is not in the graph,
 * and always give messages of bounded length.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { checkFolder } from '../../src/lib/server/datasets';
import { indexGraph } from '../../src/lib/graph/queries';
import { parseView, serializeView, type View } from '../../src/lib/state/view';
import { nodeTypes, stances } from '../../src/lib/graph/vocabulary';
import { nastyQueries } from '../fixtures/nasty-queries';

export const runs = { pairs: 5000, raw: 5000 };

const result = checkFolder(join(process.cwd(), 'graph-data/camp-david-2023'));
if (!result.ok) throw new Error('the bundled dataset must pass the checker');
const index = indexGraph(result.dataset);
const nodeIds = [...index.nodes.keys()];
const edgeIds = [...index.edges.keys()];

function sound(params: URLSearchParams) {
	const { view, messages } = parseView(params, index);
	for (const id of [view.node, view.focus, ...(view.path ?? [])]) {
		if (id !== null) expect(index.nodes.has(id)).toBe(true);
	}
	if (view.edge !== null) expect(index.edges.has(view.edge)).toBe(true);
	expect(view.node !== null && view.edge !== null).toBe(false);
	expect([1, 2]).toContain(view.depth);
	for (const t of view.hiddenTypes) expect(nodeTypes).toContain(t);
	for (const s of view.hiddenStances) expect(stances).toContain(s);
	for (const m of messages) expect(m.length).toBeLessThan(400);
	// What is written back reads as the same view, with nothing to complain about.
	const again = parseView(new URLSearchParams(serializeView(view)), index);
	expect(again).toEqual({ view, messages: [] });
	return view;
}

const keys = ['node', 'edge', 'focus', 'depth', 'path', 'hide', 'hideStance'];
const value = fc.oneof(
	fc.constantFrom(...nodeIds, ...edgeIds, ...nodeTypes, ...stances, '1', '2', ''),
	fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'),
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc
		.array(fc.constantFrom(...nodeIds, ...nodeTypes, '__proto__', ''), { maxLength: 4 })
		.map((a) => a.join(',')),
	fc.string({ unit: 'grapheme', minLength: 4000, maxLength: 6000 })
);

describe('parseView on hostile addresses', { timeout: 120_000 }, () => {
	const nasty = nastyQueries.map((query) => ({
		query,
		name: query.length > 50 ? `${query.slice(0, 50)}… (${query.length} characters)` : query
	}));
	it.each(nasty)('reads $name soundly', ({ query }) => {
		sound(new URLSearchParams(query));
	});

	it(`reads ${runs.pairs} random sets of parameters soundly`, () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value), {
					maxLength: 8
				}),
				(pairs) => {
					sound(new URLSearchParams(pairs));
				}
			),
			{ numRuns: runs.pairs, seed: 7 }
		);
	});

	it(`reads ${runs.raw} random raw query strings soundly`, () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.webQueryParameters()),
				(query) => {
					sound(new URLSearchParams(query));
				}
			),
			{ numRuns: runs.raw, seed: 8 }
		);
	});

	it('names no prototype property as a node', () => {
		for (const id of ['__proto__', 'constructor', 'toString', 'valueOf']) {
			const view: View = parseView(new URLSearchParams({ node: id, focus: id }), index).view;
			expect(view.node).toBeNull();
			expect(view.focus).toBeNull();
		}
	});

	it('keeps the message about a long list of unknown filters short', () => {
		const { messages } = parseView(new URLSearchParams({ hide: 'x,'.repeat(3000) }), index);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/“x”, “x”, “x” and 2997 more ignored/);
	});
});
