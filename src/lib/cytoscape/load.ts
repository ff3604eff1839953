/**
 * Loads Cytoscape's code, once: the one place the app fetches it at run time. It is most of
 * the explorer's JavaScript, so it is fetched only when a graph starts (or the pointer
 * heads for one). A failed fetch (offline, or a newer version replaced the file) is
 * forgotten, so the next start tries again.
 */
import type Cytoscape from 'cytoscape';
import { loadOnce } from '../browser/load-once';

export const loadCytoscape: () => Promise<typeof Cytoscape> = loadOnce(() =>
	import('cytoscape').then((m) => m.default)
);
