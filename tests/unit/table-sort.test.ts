import { describe, expect, it } from 'vitest';
import { readSort, sortParam, toggleSort, type Sort } from '../../src/lib/state/table-sort';

const columns = ['name', 'type', 'relations', 'passages'] as const;
type Column = (typeof columns)[number];
const byName: Sort<Column> = { column: 'name', direction: 'ascending' };

describe('toggleSort', () => {
	it.each([
		{ from: byName, column: 'relations', to: { column: 'relations', direction: 'descending' } },
		{ from: byName, column: 'passages', to: { column: 'passages', direction: 'descending' } },
		{ from: byName, column: 'type', to: { column: 'type', direction: 'ascending' } },
		{
			from: { column: 'relations', direction: 'descending' },
			column: 'relations',
			to: { column: 'relations', direction: 'ascending' }
		}
	] as const)('pressing $column from $from sorts $to', ({ from, column, to }) => {
		expect(toggleSort<Column>(from, column)).toEqual(to);
	});
});

describe('readSort and sortParam', () => {
	it.each([
		{ value: 'relations-desc', sort: { column: 'relations', direction: 'descending' } },
		{ value: 'name-desc', sort: { column: 'name', direction: 'descending' } },
		{ value: 'passages', sort: { column: 'passages', direction: 'descending' } },
		{ value: 'type-asc', sort: { column: 'type', direction: 'ascending' } },
		{ value: 'summary-desc', sort: byName },
		{ value: 'name-sideways', sort: byName },
		{ value: '', sort: byName },
		{ value: null, sort: byName }
	] as const)('reads $value as $sort', ({ value, sort }) => {
		expect(readSort(value, columns, byName)).toEqual(sort);
	});

	it.each([
		{ column: 'relations', direction: 'descending' },
		{ column: 'name', direction: 'descending' },
		{ column: 'type', direction: 'ascending' }
	] as const)('writes $column $direction and reads it back', (sort) => {
		expect(readSort(sortParam(sort, byName), columns, byName)).toEqual(sort);
	});

	it('writes nothing for the default sort', () => {
		expect(sortParam(byName, byName)).toBeNull();
	});
});
