import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/graph/check';
import { syntheticDataset } from '../../scripts/bench/synthetic';

describe('the benchmark’s synthetic datasets', () => {
	const files = syntheticDataset(300);
	const result = checkDataset({ ...files, dir: files.slug, graph: JSON.stringify(files.graph) });

	it('pass the checker, every passage verbatim', () => {
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (!result.ok) return;
		for (const element of [...result.dataset.nodes, ...result.dataset.edges]) {
			for (const p of element.passages)
				expect(result.dataset.text.slice(p.start, p.end)).toBe(p.exact);
		}
	});

	it('have n nodes and two edges per node after the first two', () => {
		if (!result.ok) throw new Error('checked above');
		expect(result.dataset.nodes).toHaveLength(300);
		expect(result.dataset.edges).toHaveLength(2 * 300 - 3);
	});

	it('are the same for the same size and seed', () => {
		expect(syntheticDataset(300)).toEqual(files);
		expect(syntheticDataset(300, 8)).not.toEqual(files);
	});
});
