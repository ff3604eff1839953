import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/lib/graph/traversal';
import { everyNodeHidden, revealSelection, selectionHiddenBy } from '../../src/lib/state/hidden';
import { emptyView, type View } from '../../src/lib/state/view';
import { loadValid } from './graphs';

// Nodes alpha and beta (actors), gamma-missiles (a concern); edges alpha-allied-beta
// (cooperative), alpha-worried (alpha to gamma-missiles, adversarial).
const index = indexGraph(loadValid());
const view = (fields: Partial<View>): View => ({ ...emptyView, ...fields });

describe('selectionHiddenBy', () => {
	it.each([
		{ name: 'nothing selected', v: view({ hiddenTypes: ['actor'] }), hidden: null },
		{ name: 'a shown node', v: view({ node: 'alpha', hiddenTypes: ['concern'] }), hidden: null },
		{
			name: 'a node of a hidden type',
			v: view({ node: 'alpha', hiddenTypes: ['concern', 'actor'] }),
			hidden: { types: ['actor'], stances: [] }
		},
		{
			name: 'a relation of a hidden stance',
			v: view({ edge: 'alpha-worried', hiddenStances: ['adversarial', 'neutral'] }),
			hidden: { types: [], stances: ['adversarial'] }
		},
		{
			name: 'a relation with both ends of one hidden type, named once',
			v: view({ edge: 'alpha-allied-beta', hiddenTypes: ['actor'] }),
			hidden: { types: ['actor'], stances: [] }
		},
		{
			name: 'a relation with one end hidden',
			v: view({ edge: 'alpha-worried', hiddenTypes: ['concern'] }),
			hidden: { types: ['concern'], stances: [] }
		}
	])('with $name: $hidden', ({ v, hidden }) => {
		expect(selectionHiddenBy(v, index)).toEqual(hidden);
	});
});

describe('revealSelection', () => {
	it('lifts the filters that hide the selection and keeps the others', () => {
		const before = view({
			edge: 'alpha-worried',
			hiddenTypes: ['concern', 'event'],
			hiddenStances: ['adversarial', 'neutral']
		});
		expect(revealSelection(before, index)).toEqual({
			...before,
			hiddenTypes: ['event'],
			hiddenStances: ['neutral']
		});
	});

	it('returns a shown selection’s view as it is', () => {
		const shown = view({ node: 'alpha', hiddenTypes: ['concern'] });
		expect(revealSelection(shown, index)).toBe(shown);
	});

	it('does not mutate its input', () => {
		const before = view({ node: 'alpha', hiddenTypes: ['actor', 'concern'] });
		const copy = structuredClone(before);
		revealSelection(before, index);
		expect(before).toEqual(copy);
	});
});

describe('everyNodeHidden', () => {
	it.each([
		{ hidden: ['actor', 'concern'], types: ['actor', 'concern'], all: true },
		{ hidden: ['actor'], types: ['actor', 'concern'], all: false },
		{ hidden: ['actor', 'concern', 'event'], types: ['actor', 'concern'], all: true },
		{ hidden: [], types: [], all: false }
	] as const)('$hidden hidden of $types: $all', ({ hidden, types, all }) => {
		expect(everyNodeHidden({ hiddenTypes: [...hidden] }, types)).toBe(all);
	});
});
