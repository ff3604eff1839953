/**
 * What the prerenderer gives pages: checked datasets with their layout.
 * A dataset that fails the checker stops the build with every problem listed.
 */
import { join } from 'node:path';
import type { Dataset, Positions } from '../graph/dataset';
import { formatProblem } from '../graph/problems';
import { nodeTypes } from '../graph/vocabulary';
import { layoutDataset } from '../cytoscape/layout';
import { checkFolder, dataRoot, datasetSlugs, type DatasetSummary } from './datasets';

const cache = new Map<string, { dataset: Dataset; positions: Positions }>();

export function loadDataset(slug: string): { dataset: Dataset; positions: Positions } | null {
	if (!datasetSlugs().includes(slug)) return null;
	const cached = cache.get(slug);
	if (cached) return cached;
	const result = checkFolder(join(dataRoot, slug));
	if (!result.ok) {
		throw new Error(
			`Dataset "${slug}" has ${result.problems.length} problem(s):\n\n${result.problems.map(formatProblem).join('\n\n')}`
		);
	}
	const loaded = { dataset: result.dataset, positions: layoutDataset(result.dataset) };
	cache.set(slug, loaded);
	return loaded;
}

export function summarize(dataset: Dataset): DatasetSummary {
	const counts = Object.fromEntries(
		nodeTypes.map((t) => [t, dataset.nodes.filter((n) => n.type === t).length])
	);
	const passages = [...dataset.nodes, ...dataset.edges].reduce((n, e) => n + e.passages.length, 0);
	return {
		slug: dataset.slug,
		title: dataset.source.title,
		outlet: dataset.source.outlet,
		published: dataset.source.published,
		authors: dataset.source.authors,
		counts,
		nodes: dataset.nodes.length,
		edges: dataset.edges.length,
		passages,
		steps: dataset.story?.steps.length ?? 0
	};
}

export function allSummaries(): DatasetSummary[] {
	return datasetSlugs().map((slug) => summarize(loadDataset(slug)!.dataset));
}
