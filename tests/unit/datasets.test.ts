import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkFolder, dataRoot, datasetSlugs } from '../../src/lib/server/datasets';

const slugs = datasetSlugs();

describe('every dataset in graph-data/', () => {
	it('has at least one dataset', () => {
		expect(slugs.length).toBeGreaterThan(0);
	});

	it.each(slugs)('%s passes the checker, every passage verbatim', (slug) => {
		const result = checkFolder(join(dataRoot, slug));
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (!result.ok) return;
		const { dataset } = result;
		for (const element of [...dataset.nodes, ...dataset.edges]) {
			expect(element.passages.length, `${element.id} has passages`).toBeGreaterThan(0);
			for (const p of element.passages) expect(dataset.text.slice(p.start, p.end)).toBe(p.exact);
		}
	});
});
