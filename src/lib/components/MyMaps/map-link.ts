import { localRoutes } from '$lib/local/routes';

/**
 * Where a local map opens: one page for every map, the map named in the address (so the
 * pages are prerendered once, whatever maps a browser keeps).
 */
export const mapHref = (id: string) => localRoutes(id).explorer;

const changedFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "1 Dec 2026, 09:14", in the reader's own time zone. */
export const formatChanged = (ms: number) => changedFormat.format(ms);
