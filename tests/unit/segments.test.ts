import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataset } from '../../src/lib/graph/check';
import { segmentRanges, segmentText } from '../../src/lib/graph/queries';
import { checkFolder, dataRoot } from '../../src/lib/server/datasets';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import type { Dataset } from '../../src/lib/graph/dataset';

const bundled = checkFolder(join(dataRoot, 'camp-david-2023'));
const files = syntheticDataset(300);
const synthetic = checkDataset({ ...files, dir: files.slug, graph: JSON.stringify(files.graph) });

describe('segmentRanges', () => {
	it.each([
		['camp-david-2023', bundled],
		['synthetic-300', synthetic]
	])('cuts every block of %s exactly as segmentText does, block by block', (_name, result) => {
		if (!result.ok) throw new Error('dataset does not pass the checker');
		const dataset: Dataset = result.dataset;
		expect(segmentRanges(dataset, dataset.blocks)).toEqual(
			dataset.blocks.map((b) => segmentText(dataset, b.start, b.end))
		);
	});

	it('gives a range no passage reaches one uncovered segment', () => {
		if (!bundled.ok) throw new Error('dataset does not pass the checker');
		const end = bundled.dataset.text.length;
		expect(segmentRanges(bundled.dataset, [{ start: end, end: end + 5 }])).toEqual([
			[{ start: end, end: end + 5, elements: [] }]
		]);
	});
});
