/**
 * "Make an editable copy" of a bundled dataset: its files rebuilt from the
 * checked dataset by the same exports the explorer offers, so the copy passes
 * the checker exactly as the original does.
 */
import type { Dataset } from '../graph/dataset';
import { toGraphJson } from '../graph/export/graph-json';
import { toStoryJson } from '../graph/export/story-json';
import type { MapFiles } from './types';

export function filesFromDataset(dataset: Dataset): MapFiles {
	return { article: dataset.text, graph: toGraphJson(dataset), story: toStoryJson(dataset) };
}
