/**
 * Where an explorer's view lives. On the explorer and the table it is the
 * page's query string (every view a link); on the presentation and the
 * handout it is fixed (they show the whole graph and write no view).
 */
import { browser } from '$app/environment';
import { beforeNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { whenIdle } from '$lib/browser/after-paint';
import type { Navigator } from './explorer.svelte';
import { addressOf, splitBase, viewQuery } from './address';
import { keepRenderer } from './view';

/**
 * The view in the query string of `base`: an already resolve()d route, which may carry a fixed
 * query of its own (`/my/map?id=k3j2`) that every address written keeps, first, and that is no
 * part of the view read. Call it while a component initialises. A view just chosen is shown at
 * once; the address (and the history entry) follows once that has been painted and the browser
 * is idle, so a tap's answer never waits for the router. Until then the chosen view stands; any
 * navigation the user starts in the meantime (back, forward, a link) drops it, and the address
 * rules again.
 */
interface Chosen {
	query: string;
	/** Written in place of the current history entry. */
	replace: boolean;
	/** Handed to the router already: a later view can no longer take its place. */
	sent?: boolean;
}

/** How an address is known in the set of those being written. */
const pathAndQuery = (url: URL) => url.pathname + url.search;

export function urlNavigator(base: string): Navigator {
	const where = splitBase(base);
	/** The view last chosen, until its address has been written. */
	let pending = $state.raw<Chosen | null>(null);
	/**
	 * The addresses this navigator is writing, so that its own navigations keep `pending`. A set
	 * of addresses, not a flag: the router calls beforeNavigate only after a wait of its own, by
	 * which time an earlier write may have finished and cleared a flag.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state: nothing renders it
	const writing = new Set<string>();
	if (browser) {
		beforeNavigate((navigation) => {
			const to = navigation.to?.url;
			if (!(navigation.type === 'goto' && to && writing.has(pathAndQuery(to)))) pending = null;
		});
	}
	return {
		// Prerendering has no query string: the page starts from the empty view.
		read: () => (browser ? (pending?.query ?? viewQuery(where, page.url.search)) : ''),
		write: (view, replace = false) => {
			// A view that replaces one still waiting to be written takes over its history entry
			// only if that one replaced too: a selection followed at once by a filter stays a step.
			const chosen: Chosen = {
				query: keepRenderer(view, page.url.search),
				replace: replace && (!pending || pending.sent || pending.replace)
			};
			pending = chosen;
			whenIdle(() => {
				// A later choice, or a navigation of the user's, has replaced this one.
				if (pending !== chosen) return;
				chosen.sent = true;
				const address = addressOf(where, chosen.query);
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a value read once, not state
				const key = pathAndQuery(new URL(address, page.url));
				writing.add(key);
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- `base` is resolve()d
				goto(address, {
					noScroll: true,
					keepFocus: true,
					...(chosen.replace && { replaceState: true })
				}).finally(() => {
					writing.delete(key);
					if (pending === chosen) pending = null;
				});
			});
		}
	};
}

/** No view of its own: the empty view, and writes go nowhere (it writes no address). */
export const fixedNavigator: Navigator = {
	read: () => '',
	write: () => {}
};
