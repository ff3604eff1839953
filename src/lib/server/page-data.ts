/**
 * What every page of one dataset loads (the explorer, the table): its
 * prerendered entries and its data, shared so the routes cannot drift apart.
 */
import { error } from '@sveltejs/kit';
import { datasetSlugs } from './datasets';
import { loadDataset } from './build-data';

/** One prerendered page per dataset folder. */
export const datasetEntries = () => datasetSlugs().map((slug) => ({ slug }));

export function loadDatasetPage(slug: string) {
	const loaded = loadDataset(slug);
	if (!loaded) error(404, `No dataset called “${slug}”`);
	return loaded;
}
