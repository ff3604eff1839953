/**
 * A page's address as a fixed part and a view: `/my/map?id=k3j2` names what the page shows,
 * and the view's parameters follow it (`/my/map?id=k3j2&node=japan`). The view is read with
 * the fixed parameters taken out, and written with them put back first.
 */

export interface Base {
	/** The path, without a query. */
	path: string;
	/** The parameters every address keeps, in their order; empty for none. */
	fixed: URLSearchParams;
}

/** `/my/map?id=k3j2` → path `/my/map` and the fixed parameter `id=k3j2`. */
export function splitBase(base: string): Base {
	const at = base.indexOf('?');
	return at === -1
		? { path: base, fixed: new URLSearchParams() }
		: { path: base.slice(0, at), fixed: new URLSearchParams(base.slice(at + 1)) };
}

/** Commas stay readable in a view's lists (`?hide=event,concept`), as serializeView writes them. */
const spell = (params: URLSearchParams) => {
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
};

/** The view's query string (`?…` or '') of `search`: without the base's fixed parameters. */
export function viewQuery(base: Base, search: string): string {
	if (base.fixed.size === 0) return search;
	const params = new URLSearchParams(search);
	for (const name of new Set(base.fixed.keys())) params.delete(name);
	return spell(params);
}

/** The address of the view `query` (`?…` or ''): the path, the fixed parameters, then the view's. */
export function addressOf(base: Base, query: string): string {
	if (base.fixed.size === 0) return `${base.path}${query}`;
	const params = new URLSearchParams(base.fixed);
	for (const [name, value] of new URLSearchParams(query)) params.append(name, value);
	return `${base.path}${spell(params)}`;
}

/** `query` with the parameters `names` of `from` put after it, as they are there. */
export function carryParams(query: string, from: string, names: readonly string[]): string {
	if (!names.length) return query;
	const kept = new URLSearchParams(from);
	const params = new URLSearchParams(query);
	for (const name of names) {
		params.delete(name);
		for (const value of kept.getAll(name)) params.append(name, value);
	}
	return spell(params);
}

/** `query` with each parameter of `changes` set, or removed where its value is null or ''. */
export function withParams(query: string, changes: Record<string, string | null>): string {
	const params = new URLSearchParams(query);
	for (const [name, value] of Object.entries(changes)) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	return spell(params);
}

/** The value of the parameter `name` in `query`, or null. */
export const paramOf = (query: string, name: string): string | null =>
	new URLSearchParams(query).get(name);
