import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkFolder } from '../../src/lib/server/datasets';
import { indexGraph } from '../../src/lib/graph/queries';
import { edgeRows, nodeRows, toggleSort } from '../../src/lib/state/table';
import { emptyView } from '../../src/lib/state/view';

const result = checkFolder(join(process.cwd(), 'tests/fixtures/datasets/valid'));
if (!result.ok) throw new Error('fixture must be valid');
const index = indexGraph(result.dataset);
const byName = { column: 'name', direction: 'ascending' } as const;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('nodeRows', () => {
	it('lists every node, sorted by name', () => {
		expect(ids(nodeRows(index, emptyView, '', byName))).toEqual([
			'alpha',
			'beta',
			'gamma-missiles'
		]);
	});

	it('sorts descending, and by counts', () => {
		expect(ids(nodeRows(index, emptyView, '', { ...byName, direction: 'descending' }))).toEqual([
			'gamma-missiles',
			'beta',
			'alpha'
		]);
		const byRelations = nodeRows(index, emptyView, '', {
			column: 'relations',
			direction: 'descending'
		});
		expect(byRelations[0]!.id).toBe('alpha');
	});

	it('drops hidden types and rows not matching the text (case- and accent-insensitive)', () => {
		const types = [...new Set(result.dataset.nodes.map((n) => n.type))];
		expect(nodeRows(index, { hiddenTypes: types }, '', byName)).toEqual([]);
		expect(ids(nodeRows(index, emptyView, 'GAMMÁ', byName))).toEqual(['gamma-missiles']);
	});

	it('matches words of a passage', () => {
		expect(ids(nodeRows(index, emptyView, 'worries too', byName))).toEqual(['beta']);
	});
});

describe('edgeRows', () => {
	it('drops relations of a hidden stance or touching a hidden type', () => {
		const all = edgeRows(index, emptyView, '', { column: 'from', direction: 'ascending' });
		expect(all).toHaveLength(result.dataset.edges.length);
		const stance = all[0]!.stance;
		const left = edgeRows(index, { ...emptyView, hiddenStances: [stance] }, '', {
			column: 'from',
			direction: 'ascending'
		});
		expect(left.every((e) => e.stance !== stance)).toBe(true);
	});
});

describe('toggleSort', () => {
	it('flips the direction of the same column and starts another ascending', () => {
		expect(toggleSort(byName, 'name')).toEqual({ column: 'name', direction: 'descending' });
		expect(toggleSort({ column: 'name', direction: 'descending' }, 'type')).toEqual({
			column: 'type',
			direction: 'ascending'
		});
	});

	it('does not mutate its input', () => {
		const sort = Object.freeze({ ...byName });
		toggleSort(sort, 'name');
		expect(sort).toEqual(byName);
	});
});
