/**
 * Reading datasets from `graph-data/` on disk. Runs in Node only: at build
 * time (prerendering), in `npm run validate` and in tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkDataset, type CheckResult, type DatasetFiles } from '../graph/check';

/**
 * The folder of datasets: `graph-data/`, or the folder named by the
 * EVIDENCE_MAP_DATA environment variable (the end-to-end tests build the app
 * from a fixture folder of hostile data this way).
 */
export const dataRoot = resolve(process.cwd(), process.env.EVIDENCE_MAP_DATA || 'graph-data');

const readIfExists = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);

/** Every dataset folder under `root`, sorted by name. */
export function datasetSlugs(root = dataRoot): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((name) => statSync(join(root, name)).isDirectory())
		.sort();
}

export function readDatasetFiles(dir: string): DatasetFiles {
	return {
		slug: dir.split(/[\\/]/).filter(Boolean).at(-1) ?? dir,
		dir: relative(process.cwd(), dir) || dir,
		article: readIfExists(join(dir, 'article.txt')),
		graph: readIfExists(join(dir, 'graph.json')),
		story: readIfExists(join(dir, 'story.json'))
	};
}

/** Reads and checks the dataset in folder `dir`. */
export function checkFolder(dir: string): CheckResult {
	return checkDataset(readDatasetFiles(dir));
}

/** Summary of a dataset for the index page. */
export interface DatasetSummary {
	slug: string;
	title: string;
	outlet?: string;
	published?: string;
	authors: string[];
	counts: Record<string, number>;
	nodes: number;
	edges: number;
	passages: number;
	/** Steps of its presentation; 0 when it has none. */
	steps: number;
}
