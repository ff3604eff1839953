import { graphLook } from '$lib/cytoscape/look';
import { loadDatasetPage } from '$lib/server/page-data';
import type { LayoutServerLoad } from './$types';

/** The dataset's look, worked out here so the pages' first download carries no d3-scale. */
export const load: LayoutServerLoad = ({ params }) => ({
	look: graphLook(loadDatasetPage(params.slug).dataset)
});
