/**
 * How a table is sorted, and how that is spelled in the address (`?sort=relations-desc`), so a
 * sorted table is a link too. Counts sort most first on the first press: that is what a reader
 * looking at them wants. Pure functions: no Svelte, no DOM.
 */
export type Direction = 'ascending' | 'descending';
export interface Sort<C extends string> {
	column: C;
	direction: Direction;
}

/** The columns that hold counts: their first sort is descending. */
const counts: readonly string[] = ['relations', 'passages'];

/** The direction a column sorts in when it is first chosen. */
export const firstDirection = (column: string): Direction =>
	counts.includes(column) ? 'descending' : 'ascending';

/** Sorting by the same column again flips it; another column starts in its first direction. */
export function toggleSort<C extends string>(sort: Sort<C>, column: C): Sort<C> {
	if (sort.column !== column) return { column, direction: firstDirection(column) };
	return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}

const spelled: Record<Direction, string> = { ascending: 'asc', descending: 'desc' };

/**
 * The sort an address's parameter asks for (`relations-desc`, `name-asc`, `relations` for its
 * first direction), or `fallback` when it names no column of `columns`.
 */
export function readSort<C extends string>(
	value: string | null,
	columns: readonly C[],
	fallback: Sort<C>
): Sort<C> {
	const match = /^([a-z]+)(?:-(asc|desc))?$/.exec(value ?? '');
	const column = columns.find((c) => c === match?.[1]);
	if (!match || !column) return fallback;
	const direction = match[2] === 'asc' ? 'ascending' : match[2] === 'desc' ? 'descending' : null;
	return { column, direction: direction ?? firstDirection(column) };
}

/** The parameter's value for `sort`, or null for the table's default (the address stays short). */
export function sortParam<C extends string>(sort: Sort<C>, fallback: Sort<C>): string | null {
	if (sort.column === fallback.column && sort.direction === fallback.direction) return null;
	return `${sort.column}-${spelled[sort.direction]}`;
}
