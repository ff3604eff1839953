/**
 * Who says so, how sure, and what is outside the article: `assertedBy` agrees with the
 * blocks its passages stand in, an inference says what it is drawn from, and `background`
 * is kept apart from the summary. Variants of tests/fixtures/datasets/valid, whose block 1
 * is a headline ("Tiny test article").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../../src/lib/graph/check';

const dir = join(process.cwd(), 'tests/fixtures/datasets/valid');
const article = readFileSync(join(dir, 'article.txt'), 'utf8');
const base = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));

type Json = Record<string, unknown>;
/** The valid graph with its second edge (alpha-worried) changed. */
function withEdge(change: Json, nodeChange: Json = {}) {
	const graph = structuredClone(base);
	graph.edges[1] = { ...graph.edges[1], ...change };
	graph.nodes[0] = { ...graph.nodes[0], ...nodeChange };
	return checkDataset({
		slug: 'valid',
		dir: 'valid',
		article,
		graph: JSON.stringify(graph)
	});
}
const problems = (result: ReturnType<typeof withEdge>) =>
	result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);

const headline = [{ exact: 'Tiny test article' }];
const body = [{ exact: 'missiles worry Alpha' }];

describe('assertedBy agrees with where its passages stand', () => {
	it.each([
		{ by: 'authors', evidence: body, found: [] },
		{ by: 'headline', evidence: headline, found: [] },
		{
			by: 'authors',
			evidence: headline,
			found: [/edges\[1\]\.assertedBy\.by: .*credited to "authors", but quotes .* the headline/]
		},
		{
			by: 'poll',
			evidence: [...body, ...headline],
			found: [/edges\[1\]\.assertedBy\.by: .*the headline, which is not their text/]
		},
		{
			by: 'headline',
			evidence: body,
			found: [/edges\[1\]\.assertedBy\.by: .*credited to the headline, but quotes .* body/]
		},
		{
			by: 'caption',
			evidence: headline,
			found: [/credited to the caption, but quotes "Tiny test article" from the headline/]
		}
	])('an edge by $by quoting $evidence gives $found', ({ by, evidence, found }) => {
		const seen = problems(withEdge({ assertedBy: { by }, evidence }));
		expect(seen).toHaveLength(found.length);
		found.forEach((f, i) => expect(seen[i]).toMatch(f));
	});

	it('keeps the headline as the asserter in the checked dataset', () => {
		const result = withEdge({ assertedBy: { by: 'headline' }, evidence: headline });
		if (!result.ok) throw new Error(problems(result).join('\n'));
		expect(result.dataset.edges[1]!.assertedBy.by).toBe('headline');
	});
});

describe('basis', () => {
	it('is "stated" when not given', () => {
		const result = withEdge({});
		if (!result.ok) throw new Error(problems(result).join('\n'));
		expect(result.dataset.edges.map((e) => e.basis)).toEqual(['stated', 'stated']);
	});

	it('accepts an inference that says what it is drawn from', () => {
		const note = 'The article puts the two side by side.';
		const result = withEdge({ basis: 'inference', assertedBy: { by: 'authors', note } });
		if (!result.ok) throw new Error(problems(result).join('\n'));
		expect(result.dataset.edges[1]).toMatchObject({ basis: 'inference', assertedBy: { note } });
	});

	it.each([
		{
			change: { basis: 'inference' },
			found:
				/edges\[1\]\.assertedBy: .*marked as an inference but does not say what it is inferred from/
		},
		{
			change: { basis: 'guess' },
			found: /edges\[1\]\.basis: basis "guess" is not one of: stated, inference/
		}
	])('reports $change', ({ change, found }) => {
		const seen = problems(withEdge(change));
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatch(found);
	});
});

describe('background', () => {
	it('is kept apart from the summary on nodes and edges', () => {
		const result = withEdge(
			{ background: 'Gamma tested missiles in 2020.' },
			{ background: 'Alpha was founded in 1900.' }
		);
		if (!result.ok) throw new Error(problems(result).join('\n'));
		const alpha = result.dataset.nodes[0]!;
		expect(alpha).toMatchObject({
			summary: 'A state in the fixture.',
			background: 'Alpha was founded in 1900.'
		});
		expect(result.dataset.edges[1]!.background).toBe('Gamma tested missiles in 2020.');
		expect(result.dataset.nodes[1]!.background).toBeUndefined();
	});

	it.each([
		{ at: 'node', change: [{}, { background: '  ' }], path: 'nodes[0].background' },
		{ at: 'edge', change: [{ background: 3 }, {}], path: 'edges[1].background' }
	])('rejects an empty or non-text background on a $at', ({ change, path }) => {
		const seen = problems(withEdge(change[0]!, change[1]));
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: background must`));
	});
});
