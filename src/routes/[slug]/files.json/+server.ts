/**
 * A bundled dataset's files, as a local map holds them: what "Make an editable
 * copy" on the home page stores. Prerendered like every page of the dataset, so
 * the service worker keeps it offline with them once the dataset is opened.
 */
import { json } from '@sveltejs/kit';
import { filesFromDataset } from '$lib/local/from-dataset';
import { datasetEntries, loadDatasetPage } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = datasetEntries;

export const GET: RequestHandler = ({ params }) => {
	const { dataset } = loadDatasetPage(params.slug);
	return json({
		slug: dataset.slug,
		title: dataset.source.title,
		files: filesFromDataset(dataset)
	});
};
