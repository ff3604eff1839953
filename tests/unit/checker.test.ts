import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkDataset } from '../../src/lib/graph/check';
import { checkFolder } from '../../src/lib/server/datasets';
import type { Problem } from '../../src/lib/graph/problems';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/datasets', name);

function problemsOf(name: string): Problem[] {
	const result = checkFolder(fixture(name));
	if (result.ok) throw new Error(`expected ${name} to fail the check`);
	return result.problems;
}

describe('checkDataset on broken files', () => {
	const cases: { fixture: string; file: string; path: string; message: RegExp; fix: RegExp }[] = [
		{
			fixture: 'quote-changed-word',
			file: 'graph.json',
			path: 'nodes[2].evidence[0].exact',
			message:
				/not in the article; nearest match: "Gamma’s missiles worry Alpha\." \(the article has "missiles" where the quote has "rockets"\)/,
			fix: /character for character/
		},
		{
			fixture: 'quote-straight-apostrophe',
			file: 'graph.json',
			path: 'nodes[2].evidence[0].exact',
			message:
				/the article has a curly apostrophe \(’\) where the quote has a straight apostrophe \('\)/,
			fix: /curly quotes, apostrophes/
		},
		{
			fixture: 'quote-whitespace',
			file: 'graph.json',
			path: 'nodes[1].evidence[0].exact',
			message: /the article has a non-breaking space where the quote has a space/,
			fix: /non-breaking spaces/
		},
		{
			fixture: 'quote-ambiguous',
			file: 'graph.json',
			path: 'nodes[0].evidence[0].exact',
			message: /"Alpha and Beta" occurs 2 times in the article \(blocks 2, 3\)/,
			fix: /"prefix".*"suffix"/
		},
		{
			fixture: 'quote-wrong-prefix',
			file: 'graph.json',
			path: 'nodes[0].evidence[0].exact',
			message: /is in the article, but not with the given prefix\/suffix/,
			fix: /exact text just before/
		},
		{
			fixture: 'duplicate-id',
			file: 'graph.json',
			path: 'edges[1].id',
			message: /the id "beta" is already used at nodes\[1\]/,
			fix: /its own id/
		},
		{
			fixture: 'dangling-edge',
			file: 'graph.json',
			path: 'edges[0].target',
			message: /names target "epsilon", which is no node's id/,
			fix: /add a node with id "epsilon"/
		},
		{
			fixture: 'no-evidence',
			file: 'graph.json',
			path: 'nodes[1].evidence',
			message: /has no evidence/,
			fix: /at least one/
		},
		{
			fixture: 'bad-vocabulary',
			file: 'graph.json',
			path: 'edges[1].stance',
			message: /stance "hostile" is not one of: cooperative, adversarial, neutral/,
			fix: /listed values/
		},
		{
			fixture: 'missing-key',
			file: 'graph.json',
			path: 'nodes[2].summary',
			message: /"summary" is missing/,
			fix: /Add "summary"/
		},
		{
			fixture: 'unknown-key',
			file: 'graph.json',
			path: 'nodes[0].colour',
			message: /unknown key "colour"/,
			fix: /Remove it or correct its spelling/
		},
		{
			fixture: 'actor-without-kind',
			file: 'graph.json',
			path: 'nodes[1].kind',
			message: /the actor "beta" has no "kind"/,
			fix: /state, government, person, organization, public/
		},
		{
			fixture: 'asserted-by-unknown',
			file: 'graph.json',
			path: 'edges[0].assertedBy.actor',
			message: /asserted by "zeta", which is no node's id/,
			fix: /existing node/
		},
		{
			fixture: 'article-missing',
			file: 'article.txt',
			path: '$',
			message: /the article file is missing/,
			fix: /byte for byte/
		},
		{
			fixture: 'article-empty',
			file: 'article.txt',
			path: '$',
			message: /the article file is empty/,
			fix: /byte for byte/
		},
		{
			fixture: 'url-javascript',
			file: 'graph.json',
			path: 'source.url',
			message: /url must start with http:\/\/ or https:\/\/, but starts with "javascript:"/,
			fix: /address of the article as published, starting with https:\/\//
		},
		{
			fixture: 'invalid-json',
			file: 'graph.json',
			path: '$',
			message: /not valid JSON: .*\(line 33, column 4\)/,
			fix: /JSON syntax/
		}
	];

	it.each(cases)(
		'$fixture: reports $path in $file',
		({ fixture: name, file, path, message, fix }) => {
			const problems = problemsOf(name);
			expect(problems).toHaveLength(1);
			const [problem] = problems;
			expect(problem!.file).toBe(`tests/fixtures/datasets/${name}/${file}`);
			expect(problem!.path).toBe(path);
			expect(problem!.message).toMatch(message);
			expect(problem!.fix).toMatch(fix);
		}
	);

	it('reports every problem of a file at once, not just the first', () => {
		const paths = problemsOf('many-problems').map((p) => p.path);
		expect(paths.sort()).toEqual(
			['edges[0].target', 'nodes[1].evidence[0].exact', 'nodes[2].type'].sort()
		);
	});
});

describe('checkDataset on a valid file', () => {
	it('resolves each quote to offsets whose text equals the quote', () => {
		const result = checkFolder(fixture('valid'));
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
		const { dataset } = result;
		for (const element of [...dataset.nodes, ...dataset.edges]) {
			for (const passage of element.passages) {
				expect(dataset.text.slice(passage.start, passage.end)).toBe(passage.exact);
			}
		}
	});

	it('uses prefix and suffix to pick the one occurrence meant', () => {
		const result = checkFolder(fixture('valid'));
		if (!result.ok) throw new Error('expected valid');
		const alpha = result.dataset.nodes.find((n) => n.id === 'alpha')!;
		expect(alpha.passages[0]).toMatchObject({ start: 19, end: 24, block: 2, paragraph: 1 });
	});

	it('gives each passage its block role, paragraph number and surrounding sentence', () => {
		const result = checkFolder(fixture('valid'));
		if (!result.ok) throw new Error('expected valid');
		const { dataset } = result;
		const edge = dataset.edges.find((e) => e.id === 'alpha-worried')!;
		const [passage] = edge.passages;
		expect(passage!.role).toBe('body');
		expect(dataset.text.slice(passage!.context.start, passage!.context.end)).toBe(
			'Gamma’s missiles worry Alpha.'
		);
	});
});

describe('checkDataset on drafted elements', () => {
	const files = () => {
		const dir = fixture('valid');
		const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
		return { slug: 'valid', dir, article: readFileSync(join(dir, 'article.txt'), 'utf8'), graph };
	};

	it('accepts "status": "draft" on nodes and edges and keeps it in the dataset', () => {
		const { graph, ...rest } = files();
		graph.nodes[0].status = 'draft';
		graph.edges[0].status = 'draft';
		const result = checkDataset({ ...rest, graph: JSON.stringify(graph) });
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
		expect(result.dataset.nodes[0]!.status).toBe('draft');
		expect(result.dataset.edges[0]!.status).toBe('draft');
		expect(result.dataset.nodes[1]!.status).toBeUndefined();
	});

	it('refuses a status outside the vocabulary, naming the path', () => {
		const { graph, ...rest } = files();
		graph.edges[0].status = 'guessed';
		const result = checkDataset({ ...rest, graph: JSON.stringify(graph) });
		if (result.ok) throw new Error('expected a problem');
		expect(result.problems.map((p) => p.path)).toEqual(['edges[0].status']);
		expect(result.problems[0]!.message).toMatch(/not one of: draft, confirmed/);
	});
});
