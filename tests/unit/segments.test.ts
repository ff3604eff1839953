import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataset } from '../../src/lib/graph/check';
import { segmentRanges, segmentText } from '../../src/lib/graph/queries';
import { keepUnchanged } from '../../src/lib/graph/segments';
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

describe('keepUnchanged', () => {
	it('keeps the segments of every block an edit left alone, and only those', () => {
		if (!bundled.ok) throw new Error('dataset does not pass the checker');
		const dataset = bundled.dataset;
		const before = segmentRanges(dataset, dataset.blocks);
		// One node loses its first passage: the blocks it was in change, no other.
		const node = dataset.nodes.find((n) => n.passages.length > 1)!;
		const dropped = node.passages[0]!;
		const edited = {
			...dataset,
			nodes: dataset.nodes.map((n) => (n === node ? { ...n, passages: n.passages.slice(1) } : n))
		};
		const after = segmentRanges(edited, dataset.blocks);
		const kept = keepUnchanged(before, after);
		expect(kept).toEqual(after);
		dataset.blocks.forEach((block, i) => {
			const touched = block.start < dropped.end && dropped.start < block.end;
			expect(kept[i] === before[i], `block ${block.index}`).toBe(!touched);
		});
	});

	it('takes the new segments when there were none before', () => {
		if (!bundled.ok) throw new Error('dataset does not pass the checker');
		const next = segmentRanges(bundled.dataset, bundled.dataset.blocks);
		expect(keepUnchanged(undefined, next)).toBe(next);
	});
});
