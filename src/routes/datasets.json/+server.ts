/**
 * The bundled datasets by slug, title and presentation steps: what the error page needs to say
 * why an address shows nothing and where to go instead. A file of its own, prerendered, so a
 * static host's 404 page (which has no data of its own) and the offline copy can read it.
 */
import { json } from '@sveltejs/kit';
import { allSummaries } from '$lib/server/build-data';
import type { KnownDataset } from '$lib/views/not-found';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	json({
		datasets: allSummaries().map(({ slug, title, steps }): KnownDataset => ({ slug, title, steps }))
	});
