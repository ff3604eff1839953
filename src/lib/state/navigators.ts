/**
 * Where an explorer's view lives. On the explorer and the table it is the
 * page's query string (every view a link); on the presentation and the
 * handout it is fixed (they show the whole graph and write no view).
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Navigator } from './explorer.svelte';

/** The view in the query string of `path` (an already resolve()d route). */
export function urlNavigator(path: string): Navigator {
	return {
		// Prerendering has no query string: the page starts from the empty view.
		read: () => (browser ? page.url.searchParams : new URLSearchParams()),
		write: (query) =>
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- `path` is resolve()d
			goto(`${path}${query}`, { noScroll: true, keepFocus: true })
	};
}

/** No view of its own: the empty view, and writes go nowhere. */
export const fixedNavigator: Navigator = {
	read: () => new URLSearchParams(),
	write: () => {}
};
