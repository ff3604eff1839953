import { datasetEntries, loadDatasetPage } from '$lib/server/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = datasetEntries;

export const load: PageServerLoad = ({ params }) => loadDatasetPage(params.slug);
