import { datasetSlugs } from '$lib/server/datasets';
import { datasetPage } from '$lib/server/build-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => datasetSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => ({ ...datasetPage(params.slug), step: 1 });
