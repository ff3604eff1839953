import { error } from '@sveltejs/kit';
import { datasetSlugs } from '$lib/server/datasets';
import { loadDataset } from '$lib/server/build-data';
import { loadDatasetPage } from '$lib/server/page-data';
import { noStepMessage } from '$lib/views/not-found';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	datasetSlugs().flatMap((slug) =>
		(loadDataset(slug)?.dataset.story?.steps ?? []).map((_, i) => ({ slug, step: String(i + 1) }))
	);

export const load: PageServerLoad = ({ params }) => {
	const page = loadDatasetPage(params.slug);
	const count = page.dataset.story?.steps.length ?? 0;
	const step = Number(params.step);
	if (!Number.isInteger(step) || step < 1 || step > count) {
		error(404, noStepMessage(count, params.step));
	}
	return { ...page, step };
};
