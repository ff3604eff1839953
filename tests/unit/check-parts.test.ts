/** The checker's parts, each on its own: JSON positions, the size gate, quotes to passages. */
import { describe, expect, it } from 'vitest';
import { anchorEvidence, quoteAnchor } from '../../src/lib/graph/check-quotes';
import { sizeProblems } from '../../src/lib/graph/check-size';
import { parseJson } from '../../src/lib/graph/json-position';
import { limits } from '../../src/lib/graph/limits';
import { splitBlocks } from '../../src/lib/graph/text';

describe('parseJson', () => {
	const cases: { source: string; line: number; column: number }[] = [
		{ source: '{"a": 1,}', line: 1, column: 9 },
		{ source: '{\n  "a": 1\n  "b": 2\n}', line: 3, column: 3 },
		{ source: '{\n"a": 1\n}x', line: 3, column: 2 }
	];
	it.each(cases)('tells a syntax error of $source by line $line and column $column', (c) => {
		const parsed = parseJson(c.source);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toContain(`(line ${c.line}, column ${c.column})`);
	});

	it("keeps the parser's message as it is when it names no position", () => {
		const parsed = parseJson('[1,\n2,\n\n x]');
		expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/^Unexpected token 'x'/) });
	});

	it('returns the value of valid JSON', () => {
		expect(parseJson('{"nodes": [1, 2]}')).toEqual({ ok: true, value: { nodes: [1, 2] } });
	});
});

describe('sizeProblems', () => {
	const graph = (text: string | null) => ({ file: 'd/graph.json', text });
	const article = (text: string | null) => ({ file: 'd/article.txt', text });

	it('finds nothing wrong with small or missing files', () => {
		expect(sizeProblems(graph('{}'), article(null))).toEqual([]);
	});

	it('reports each file over its limit, the graph first, at the whole file', () => {
		const problems = sizeProblems(
			graph('x'.repeat(limits.graphBytes + 1)),
			article('é'.repeat(limits.articleBytes / 2 + 1))
		);
		expect(problems.map((p) => [p.file, p.path])).toEqual([
			['d/graph.json', '$'],
			['d/article.txt', '$']
		]);
		expect(problems[1]!.message).toMatch(/over the limit of 2\.0 MB/);
	});
});

describe('anchorEvidence', () => {
	const text = 'Seoul and Tokyo met. Tokyo agreed.\n\nWashington hosted them.';
	const anchor = () => quoteAnchor(text, splitBlocks(text));
	const elements = [
		{ id: 'a', evidence: [{ exact: 'Washington' }, { exact: 'Seoul' }] },
		'not an element',
		{ id: 'c', evidence: [{ exact: 'Tokyo' }, { exact: 'Osaka' }, { exact: 42 }] }
	];

	it("returns each element's passages by its index, in article order", () => {
		const passages = anchorEvidence(elements, 'nodes', anchor(), () => {});
		expect(passages.map((list) => list.map((p) => p.exact))).toEqual([
			['Seoul', 'Washington'],
			[],
			[]
		]);
	});

	it('reports each quote that cannot be found at its "exact", and skips what is not a quote', () => {
		const reported: string[] = [];
		anchorEvidence(elements, 'edges', anchor(), (path) => reported.push(path));
		expect(reported).toEqual(['edges[2].evidence[0].exact', 'edges[2].evidence[1].exact']);
	});

	it('does not mutate its input', () => {
		const before = structuredClone(elements);
		anchorEvidence(elements, 'nodes', anchor(), () => {});
		expect(elements).toEqual(before);
	});

	it('finds a quote again as a passage of its own, in the blocks as they now are', () => {
		const quote = [{ id: 'w', evidence: [{ exact: 'Washington' }] }];
		const only = (a: ReturnType<typeof anchor>) =>
			anchorEvidence(quote, 'nodes', a, () => {})[0]![0];
		const first = only(anchor());
		const again = only(anchor());
		expect(again).toEqual(first);
		expect(again).not.toBe(first);
		expect(again!.context).not.toBe(first!.context);
		// The first block made a headline: the second is now the first paragraph.
		const headed = quoteAnchor(text, splitBlocks(text, { '1': 'headline' }));
		const moved = only(headed);
		expect(moved).toMatchObject({ start: first!.start, block: 2, role: 'body', paragraph: 1 });
		expect(first).toMatchObject({ block: 2, role: 'body', paragraph: 2 });
	});
});
