import { error } from '@sveltejs/kit';
import { datasetSlugs } from '$lib/server/datasets';
import { loadDataset } from '$lib/server/build-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => datasetSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadDataset(params.slug);
	if (!loaded) error(404, `No dataset called “${params.slug}”`);
	return loaded;
};
