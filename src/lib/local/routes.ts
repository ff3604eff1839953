/**
 * Where the views of a map kept in this browser live. Each is one prerendered page that reads
 * the map's id from the address, so the app works on any static file server, and offline.
 */
import { resolve } from '$app/paths';
import type { DatasetRoutes } from '../views/routes';

const query = (id: string) => `?id=${encodeURIComponent(id)}`;

export function localRoutes(id: string): DatasetRoutes {
	const q = query(id);
	return {
		home: resolve('/'),
		explorer: `${resolve('/my/map')}${q}`,
		table: `${resolve('/my/table')}${q}`,
		handout: `${resolve('/my/handout')}${q}`,
		present: (step = 1) => `${resolve('/my/present')}${q}&step=${step}`,
		presenter: `${resolve('/my/presenter')}${q}`,
		practice: `${resolve('/my/practice')}${q}`
	};
}

/** The map in edit mode: the explorer with the tools that change it. */
export const editAddress = (id: string) => `${resolve('/my/edit')}${query(id)}`;
