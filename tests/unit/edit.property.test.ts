/**
 * Any sequence of edits, drawn at random against the map as it stands after the edits before
 * it, leaves a map the checker either accepts or answers with a list of problems (never an
 * exception), and undoing every edit gives back the map it started from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDataset } from '../../src/lib/graph/check';
import type { Graph } from '../../src/lib/graph/schema';
import type { StoryInput } from '../../src/lib/graph/story';
import { nodeTypes, relationTypes, stances } from '../../src/lib/graph/vocabulary';
import { splitBlocks } from '../../src/lib/graph/text';
import type { Edit, MapDoc } from '../../src/lib/edit/edits';
import { quoteForSelection } from '../../src/lib/edit/selection';
import { record, replay, startHistory, undo, type History } from '../../src/lib/edit/history';

const dir = 'graph-data/camp-david-2023';
const article = readFileSync(`${dir}/article.txt`, 'utf8');
const base: MapDoc = {
	graph: JSON.parse(readFileSync(`${dir}/graph.json`, 'utf8')) as Graph,
	story: JSON.parse(readFileSync(`${dir}/story.json`, 'utf8')) as StoryInput
};
const blocks = splitBlocks(article, {});

/** One random choice per field; turned into an edit against the map as it then stands. */
const seed = fc.record({
	kind: fc.integer({ min: 0, max: 14 }),
	a: fc.nat(),
	b: fc.nat(),
	c: fc.nat(),
	text: fc.string({ maxLength: 12 })
});
type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;

let made = 0;
function edit(doc: MapDoc, s: Seed): Edit {
	const { nodes, edges } = doc.graph;
	const node = (i: number) => nodes[i % Math.max(1, nodes.length)]?.id ?? 'none';
	const edge = (i: number) => edges[i % Math.max(1, edges.length)]?.id ?? 'none';
	const start = s.a % article.length;
	const selected = quoteForSelection(article, blocks, start, start + 1 + (s.b % 80));
	const quote = selected.ok ? selected.quote : { exact: 'not in the article at all' };
	switch (s.kind) {
		case 0:
			return {
				kind: 'add-node',
				node: {
					id: `made-${made++}`,
					label: s.text || 'A new node',
					type: nodeTypes[s.b % nodeTypes.length]!,
					aliases: [],
					summary: s.text,
					evidence: [quote]
				}
			};
		case 1:
			return { kind: 'update-node', id: node(s.a), patch: { label: s.text, summary: 'Changed.' } };
		case 2:
			return { kind: 'delete-node', id: node(s.a) };
		case 3:
			return {
				kind: 'add-edge',
				edge: {
					id: `made-${made++}`,
					source: node(s.a),
					target: node(s.b),
					relation: relationTypes[s.c % relationTypes.length]!,
					label: s.text || 'relates to',
					stance: stances[s.c % stances.length]!,
					assertedBy: { by: 'authors' },
					basis: 'stated',
					evidence: [quote]
				}
			};
		case 4:
			return { kind: 'update-edge', id: edge(s.a), patch: { target: node(s.b) } };
		case 5:
			return { kind: 'delete-edge', id: edge(s.a) };
		case 6:
			return { kind: 'add-evidence', ref: { kind: 'node', id: node(s.a) }, quote };
		case 7:
			return { kind: 'remove-evidence', ref: { kind: 'edge', id: edge(s.a) }, index: s.b % 3 };
		case 8:
			return { kind: 'merge-nodes', keep: node(s.a), absorb: node(s.b) };
		case 9: {
			const n = nodes[s.a % Math.max(1, nodes.length)];
			const alias = n?.aliases?.[s.b % Math.max(1, n.aliases.length)] ?? s.text;
			return { kind: 'split-alias', id: n?.id ?? 'none', alias, newId: `made-${made++}` };
		}
		case 10:
			return { kind: 'accept', ref: { kind: 'edge', id: edge(s.a) } };
		// The story: a step of what the map has (or of a node that is gone), edited, moved, deleted.
		case 11:
			return {
				kind: 'add-step',
				title: 'A story',
				step: {
					title: s.text || 'A step',
					narration: s.text,
					nodes: [node(s.a)],
					edges: s.c % 2 ? [edge(s.b)] : [],
					passage: quote
				}
			};
		case 12:
			return { kind: 'update-step', index: s.a % 20, patch: { narration: s.text } };
		case 13:
			return { kind: 'move-step', from: s.a % 20, to: s.b % 20 };
		default:
			return { kind: 'delete-step', index: s.a % 20 };
	}
}

const check = (doc: MapDoc) =>
	checkDataset({
		slug: 'camp-david-2023',
		dir,
		article,
		graph: JSON.stringify(doc.graph),
		story: doc.story ? JSON.stringify(doc.story) : null
	});

const tally = { applied: 0, refused: 0, accepted: 0, problems: 0 };

describe('editing a map', () => {
	it('never throws, leaves a map the checker accepts or lists problems for, and undoes exactly', () => {
		fc.assert(
			fc.property(fc.array(seed, { maxLength: 25 }), (seeds) => {
				let history: History = startHistory(base);
				let doc = base;
				for (const s of seeds) {
					const step = record(history, doc, edit(doc, s));
					if (step.ok) {
						({ history, doc } = step);
						tally.applied++;
					} else {
						expect(step.reason).toMatch(/\S/);
						tally.refused++;
					}
				}
				const result = check(doc);
				if (result.ok) tally.accepted++;
				else {
					expect(result.problems.length).toBeGreaterThan(0);
					tally.problems++;
				}
				expect(replay(base, history.done)).toEqual(doc);
				while (history.done.length) {
					const back = undo(history);
					if (!back.ok) throw new Error(back.reason);
					({ history, doc } = back);
				}
				expect(doc).toEqual(base);
			}),
			{ numRuns: 60 }
		);
		// The draws reach both outcomes: edits that apply and edits refused, maps that pass and
		// maps with problems (a property that only ever saw refusals would prove little).
		expect(tally.applied).toBeGreaterThan(tally.refused / 4);
		expect(tally.refused).toBeGreaterThan(0);
		expect(tally.accepted).toBeGreaterThan(0);
		expect(tally.problems).toBeGreaterThan(0);
	});
});
