import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type DatasetFiles } from '../../src/lib/graph/check';
import { limits, overLimit, utf8Length } from '../../src/lib/graph/limits';
import { fuzzyBudget, nearestMatch, resolveQuote } from '../../src/lib/graph/anchor';

const dir = join(process.cwd(), 'tests/fixtures/datasets/valid');
const valid: DatasetFiles = {
	slug: 'valid',
	dir: 'tests/fixtures/datasets/valid',
	article: readFileSync(join(dir, 'article.txt'), 'utf8'),
	graph: readFileSync(join(dir, 'graph.json'), 'utf8')
};
const graph = () => JSON.parse(valid.graph!);
const problemsOf = (files: DatasetFiles) => {
	const result = checkDataset(files);
	if (result.ok) throw new Error('expected problems');
	return result.problems;
};

describe('utf8Length and overLimit', () => {
	it.each([
		{ text: '', bytes: 0 },
		{ text: 'abc', bytes: 3 },
		{ text: '’', bytes: 3 },
		{ text: 'é', bytes: 2 },
		{ text: '😀', bytes: 4 },
		{ text: '\ud800', bytes: 3 }
	])('counts $bytes bytes in "$text"', ({ text, bytes }) => {
		expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
		expect(utf8Length(text)).toBe(bytes);
	});

	it('answers null under the limit and the size over it', () => {
		expect(overLimit('abcd', 4)).toBeNull();
		expect(overLimit('abcde', 4)).toBe(5);
		expect(overLimit('’’', 4)).toBe(6);
	});
});

describe('checkDataset refuses oversized files before parsing them', () => {
	it('refuses a 20 MB graph.json, naming the file, its size and the limit', () => {
		// Valid JSON would take long to parse and check: it must not be parsed at all.
		const nodes = Array.from({ length: 90_000 }, (_, i) => ({
			id: `n-${i}`,
			label: `Node ${i}`,
			type: 'concept',
			summary: 'x'.repeat(100),
			evidence: [{ exact: 'Alpha' }]
		}));
		const json = JSON.stringify({ ...graph(), nodes });
		expect(json.length).toBeLessThan(20 * 1024 * 1024);
		const huge = json.padEnd(20 * 1024 * 1024, ' ');
		const problems = problemsOf({ ...valid, graph: huge });
		expect(problems).toEqual([
			{
				file: 'tests/fixtures/datasets/valid/graph.json',
				path: '$',
				message: expect.stringMatching(
					/is 20\.0 MB \(20,971,5\d\d bytes\), over the limit of 10\.0 MB/
				),
				fix: expect.stringMatching(/split the article into several datasets/)
			}
		]);
	});

	it('refuses a 5 MB article.txt, naming the file, its size and the limit', () => {
		const article = `${valid.article}\n\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}`;
		const problems = problemsOf({ ...valid, article });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('tests/fixtures/datasets/valid/article.txt');
		expect(problems[0]!.message).toMatch(
			/is 5\.1 MB \(5,320,\d+ bytes\), over the limit of 2\.0 MB/
		);
		expect(problems[0]!.fix).toMatch(/one article in each dataset/);
	});

	it('reports both when both are over', () => {
		const problems = problemsOf({
			...valid,
			graph: ' '.repeat(limits.graphBytes + 1),
			article: 'a'.repeat(limits.articleBytes + 1)
		});
		expect(problems.map((p) => p.file.split('/').at(-1))).toEqual(['graph.json', 'article.txt']);
	});

	it('accepts files just under the limits', () => {
		const multiByte = utf8Length(valid.graph!) - valid.graph!.length;
		const padded = valid.graph!.padEnd(limits.graphBytes - multiByte, ' ');
		expect(utf8Length(padded)).toBe(limits.graphBytes);
		expect(checkDataset({ ...valid, graph: padded }).ok).toBe(true);
	});
});

describe('the fuzzy search is bounded', () => {
	const article = 'All quiet on the front. '.repeat(40_000); // ~1 MB

	it('nearestMatch gives up beyond its budget instead of running for minutes', () => {
		const quote = 'x'.repeat(1000);
		expect(article.length * quote.length).toBeGreaterThan(fuzzyBudget);
		expect(nearestMatch(article, quote)).toBeNull();
	});

	it('resolveQuote says the search was skipped, and the checker says why', () => {
		expect(resolveQuote(article, { exact: 'y'.repeat(5000) })).toEqual({
			ok: false,
			reason: 'missing',
			nearest: null,
			searched: false
		});
		const g = graph();
		g.nodes[0].evidence = [{ exact: 'Alpha and Beta signed a “lasting” pact! '.repeat(200) }];
		const problems = problemsOf({
			...valid,
			graph: JSON.stringify(g),
			article: valid.article + `\n\n${article}`
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]!.path).toBe('nodes[0].evidence[0].exact');
		expect(problems[0]!.message).toMatch(
			/no near match was looked for, because comparing a 8,\d{3}-character quote with a [\d,]+-character article is beyond the checker's search budget/
		);
	});

	it('still finds near matches within the budget', () => {
		expect(resolveQuote(valid.article!, { exact: "Gamma's missiles" })).toMatchObject({
			reason: 'missing',
			searched: true,
			nearest: { start: expect.any(Number) }
		});
	});
});

describe('checkDataset on hostile values', () => {
	it('rejects a javascript: source url with a clear message', () => {
		const g = graph();
		g.source.url = 'javascript:alert(1)';
		expect(problemsOf({ ...valid, graph: JSON.stringify(g) })).toEqual([
			{
				file: 'tests/fixtures/datasets/valid/graph.json',
				path: 'source.url',
				message: 'url must start with http:// or https://, but starts with "javascript:"',
				fix: expect.any(String)
			}
		]);
	});

	it.each([
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'ftp://example.org/x'
	])('rejects the url %s', (url) => {
		const g = graph();
		g.source.url = url;
		expect(problemsOf({ ...valid, graph: JSON.stringify(g) })[0]!.path).toBe('source.url');
	});

	it.each([
		{ what: 'a null prefix', quote: { exact: 'Alpha', prefix: null } },
		{ what: 'a numeric suffix', quote: { exact: 'Alpha', suffix: 7 } },
		{ what: 'a quote of blank lines', quote: { exact: '\n\n' } },
		{ what: 'an id whose toString is not a function', id: { toString: 1, valueOf: 1 } }
	])('reports $what as a problem instead of throwing', ({ quote, id }) => {
		const g = graph();
		if (quote) g.nodes[0].evidence = [quote];
		if (id) g.edges[0].id = id;
		const problems = problemsOf({ ...valid, graph: JSON.stringify(g) });
		expect(problems.length).toBeGreaterThan(0);
	});
});
