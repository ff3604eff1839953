import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('segmentText on any passages', () => {
	/** The cut as first written: every boundary, then every passage tested against every segment. */
	function naive(dataset: Pick<Dataset, 'nodes' | 'edges'>, start: number, end: number) {
		const covering = [
			...dataset.nodes.flatMap((n) => n.passages.map((p) => ({ p, kind: 'node', id: n.id }))),
			...dataset.edges.flatMap((e) => e.passages.map((p) => ({ p, kind: 'edge', id: e.id })))
		].filter(({ p }) => p.end > start && p.start < end);
		const points = [
			...new Set([
				start,
				end,
				...covering.flatMap(({ p }) => [Math.max(start, p.start), Math.min(end, p.end)])
			])
		].sort((a, b) => a - b);
		return points.slice(0, -1).map((s, i) => {
			const e = points[i + 1]!;
			const seen = new Set<string>();
			const elements = covering
				.filter(({ p }) => p.start <= s && p.end >= e)
				.filter(({ kind, id }) => !seen.has(`${kind}:${id}`) && Boolean(seen.add(`${kind}:${id}`)))
				.map(({ kind, id }) => ({ kind, id }));
			return { start: s, end: e, elements };
		});
	}

	const span = fc
		.tuple(fc.nat({ max: 60 }), fc.nat({ max: 15 }))
		.map(([start, length]) => ({ start, end: start + length }));
	const elements = fc.array(fc.array(span, { maxLength: 4 }), { maxLength: 6 });

	it('cuts exactly as testing every passage against every segment would', () => {
		fc.assert(
			fc.property(elements, elements, span, (nodeSpans, edgeSpans, range) => {
				const passages = (spans: { start: number; end: number }[]) =>
					spans.map((s) => ({ ...s }) as Dataset['nodes'][number]['passages'][number]);
				const dataset = {
					nodes: nodeSpans.map((spans, i) => ({ id: `n${i}`, passages: passages(spans) })),
					edges: edgeSpans.map((spans, i) => ({ id: `e${i}`, passages: passages(spans) }))
				} as unknown as Pick<Dataset, 'nodes' | 'edges'>;
				expect(segmentText(dataset, range.start, range.end)).toEqual(
					naive(dataset, range.start, range.end)
				);
			})
		);
	});
});
