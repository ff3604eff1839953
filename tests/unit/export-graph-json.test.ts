import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/graph/check';
import type { Dataset } from '../../src/lib/graph/dataset';
import { toGraph, toGraphJson } from '../../src/lib/graph/export/graph-json';
import { bundled, valid } from './export-fixtures';

function roundTrip(dataset: Dataset) {
	return checkDataset({
		slug: dataset.slug,
		dir: 'export',
		article: dataset.text,
		graph: toGraphJson(dataset)
	});
}

describe('toGraphJson', () => {
	it.each([
		{ name: 'the bundled article', load: bundled },
		{ name: 'the valid fixture (quotes that need a prefix)', load: valid }
	])('round-trips $name through checkDataset unchanged', ({ load }) => {
		// The graph file holds the graph; a presentation lives in its own story.json.
		const { story: _story, ...dataset } = load();
		const result = roundTrip(dataset);
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (result.ok) expect(result.dataset).toEqual(dataset);
	});

	it('keeps the source with its block roles', () => {
		const graph = toGraph(bundled());
		expect(graph.source).toMatchObject({
			outlet: 'The Hill',
			published: '2023-08-17',
			blocks: { '1': 'disclaimer', '2': 'headline', '3': 'caption', '12': 'author-note' }
		});
	});

	it('writes each passage as a quote, with context only where the text repeats', () => {
		const dataset = valid();
		const graph = toGraph(dataset);
		const alpha = graph.nodes.find((n) => n.id === 'alpha')!;
		// "Alpha" opens two paragraphs and ends a sentence: three characters of context tell them apart.
		expect(alpha.evidence).toEqual([{ exact: 'Alpha', prefix: 'e\n\n' }]);
		const beta = graph.nodes.find((n) => n.id === 'beta')!;
		expect(beta.evidence).toEqual([{ exact: 'Beta worries too.' }]);
	});

	it('keeps stance and who asserts each relation', () => {
		const graph = toGraph(bundled());
		const noted = graph.edges.find((e) => e.assertedBy.by === 'actor')!;
		expect(noted.assertedBy.actor).toBeTruthy();
		expect(graph.edges.every((e) => e.stance && e.evidence.length > 0)).toBe(true);
	});

	it('is the repository format: tabs and a final newline', () => {
		const json = toGraphJson(valid());
		expect(json.startsWith('{\n\t"source": {')).toBe(true);
		expect(json.endsWith('}\n')).toBe(true);
	});

	it('does not mutate its input', () => {
		const dataset = bundled();
		const before = structuredClone(dataset);
		toGraphJson(dataset);
		expect(dataset).toEqual(before);
	});
});
