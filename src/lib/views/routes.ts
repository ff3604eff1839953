/**
 * Where the views of one dataset live. A view links to the others only through
 * these, so the same views serve a bundled dataset (one prerendered page per
 * view) and a map stored in the browser (one page per view, the map named in
 * the query string).
 */
import type { Snippet } from 'svelte';
import { resolve } from '$app/paths';
import type { Dataset, Positions } from '$lib/graph/dataset';

/**
 * Where each view of one dataset lives. Bundled: '/camp-david-2023', '/camp-david-2023/table',
 * …; a map stored in the browser: '/my/map?id=k3j2', '/my/table?id=k3j2',
 * '/my/present?id=k3j2&step=3', '/my/presenter?id=k3j2', '/my/handout?id=k3j2'.
 */
export interface DatasetRoutes {
	/** The list of datasets. */
	home: string;
	explorer: string;
	table: string;
	handout: string;
	/** The presentation at `step` (from 1), or at its start. */
	present: (step?: number) => string;
	/** The presenter's window: speaker notes, the next step, a clock, following the presentation. */
	presenter: string;
	/** Exercises on the map (`?seed=` picks the round). */
	practice: string;
}

/** What a view of one dataset is handed, wherever the dataset comes from. */
export interface DatasetViewProps {
	dataset: Dataset;
	positions: Positions;
	routes: DatasetRoutes;
	/** More tools for the view's header (a stored map's own buttons); never printed. */
	headerExtra?: Snippet;
}

/** The prerendered pages of the bundled dataset `slug`. */
export function bundledRoutes(slug: string): DatasetRoutes {
	return {
		home: resolve('/'),
		explorer: resolve('/[slug]', { slug }),
		table: resolve('/[slug]/table', { slug }),
		handout: resolve('/[slug]/handout', { slug }),
		present: (step) =>
			step === undefined
				? resolve('/[slug]/present', { slug })
				: resolve('/[slug]/present/[step]', { slug, step: String(step) }),
		presenter: resolve('/[slug]/presenter', { slug }),
		practice: resolve('/[slug]/practice', { slug })
	};
}

/**
 * `route` with the parameters of `query` (`?node=japan`, or '') added; a parameter in both
 * takes `query`'s value. The route's own parameters (a stored map's `?id=`) stay.
 */
export function withQuery(route: string, query: string): string {
	const at = route.indexOf('?');
	// As written, so a bundled page's links keep the address's spelling (`?path=a,b`).
	if (at < 0) return query && !query.startsWith('?') ? `${route}?${query}` : `${route}${query}`;
	const params = new URLSearchParams(route.slice(at));
	for (const [key, value] of new URLSearchParams(query)) params.set(key, value);
	const joined = params.toString();
	return joined ? `${route.slice(0, at)}?${joined}` : route.slice(0, at);
}
