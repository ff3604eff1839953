/**
 * Where an explorer's view lives. On the explorer and the table it is the
 * page's query string (every view a link); on the presentation and the
 * handout it is fixed (they show the whole graph and write no view).
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { whenIdle } from '$lib/browser/after-paint';
import type { Navigator } from './explorer.svelte';
import { keepRenderer } from './view';

/**
 * The view in the query string of `path` (an already resolve()d route). A view just chosen is
 * shown at once; the address (and the history entry) follows once that has been painted and the
 * browser is idle, so a tap's answer never waits for the router. Back and forward read the
 * address as usual.
 */
export function urlNavigator(path: string): Navigator {
	/** The view last chosen, and the address it was chosen on, until the address has caught up. */
	let pending = $state.raw<{ query: string; on: string } | null>(null);
	return {
		// Prerendering has no query string: the page starts from the empty view.
		read: () => {
			if (!browser) return '';
			if (pending && pending.on === page.url.href) return pending.query;
			return page.url.search;
		},
		write: (view) => {
			const query = keepRenderer(view, page.url.search);
			const chosen = { query, on: page.url.href };
			pending = chosen;
			whenIdle(() => {
				// A later choice made before then replaces this one: one history entry for both.
				if (pending !== chosen) return;
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- `path` is resolve()d
				goto(`${path}${query}`, { noScroll: true, keepFocus: true }).finally(() => {
					if (pending === chosen) pending = null;
				});
			});
		}
	};
}

/** No view of its own: the empty view, and writes go nowhere. */
export const fixedNavigator: Navigator = {
	read: () => '',
	write: () => {}
};
