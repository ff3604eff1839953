import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/lib/graph/traversal';
import type { ElementRef } from '../../src/lib/graph/dataset';
import {
	clear,
	resetView,
	select,
	toggleStance,
	toggleType,
	tracePath
} from '../../src/lib/state/transitions';
import { emptyView, type View } from '../../src/lib/state/view';
import { loadValid } from './graphs';

// Nodes alpha and beta (actors), gamma-missiles (a concern); edges alpha-allied-beta, alpha-worried.
const index = indexGraph(loadValid());
const view = (fields: Partial<View>): View => ({ ...emptyView, ...fields });
/** A view with every field set, to see which ones a transition leaves alone. */
const busy = view({
	node: 'alpha',
	focus: 'beta',
	depth: 2,
	path: ['beta', 'gamma-missiles'],
	hiddenTypes: ['concern', 'event'],
	hiddenStances: ['neutral']
});

/** Runs `change` on a deep copy of `before` and checks `before` came out as it went in. */
function unchanged(before: View, change: (view: View) => View) {
	const input = structuredClone(before);
	change(input);
	expect(input).toEqual(before);
}

describe('toggleType', () => {
	it.each([
		{ hidden: [], type: 'actor', after: ['actor'] },
		{ hidden: ['concern'], type: 'actor', after: ['concern', 'actor'] },
		{ hidden: ['concern', 'actor'], type: 'concern', after: ['actor'] },
		{ hidden: ['actor'], type: 'actor', after: [] }
	] as const)('with $hidden hidden, toggling $type hides $after', ({ hidden, type, after }) => {
		expect(toggleType(view({ hiddenTypes: [...hidden] }), type)).toEqual(
			view({ hiddenTypes: [...after] })
		);
	});

	it('leaves the rest of the view as it was', () => {
		expect(toggleType(busy, 'actor')).toEqual({
			...busy,
			hiddenTypes: ['concern', 'event', 'actor']
		});
	});

	it('does not mutate its input', () => unchanged(busy, (v) => toggleType(v, 'concern')));
});

describe('toggleStance', () => {
	it.each([
		{ hidden: [], stance: 'neutral', after: ['neutral'] },
		{ hidden: ['neutral'], stance: 'adversarial', after: ['neutral', 'adversarial'] },
		{ hidden: ['neutral', 'adversarial'], stance: 'neutral', after: ['adversarial'] }
	] as const)('with $hidden hidden, toggling $stance hides $after', ({ hidden, stance, after }) => {
		expect(toggleStance(view({ hiddenStances: [...hidden] }), stance)).toEqual(
			view({ hiddenStances: [...after] })
		);
	});

	it('leaves the rest of the view as it was', () => {
		expect(toggleStance(busy, 'neutral')).toEqual({ ...busy, hiddenStances: [] });
	});

	it('does not mutate its input', () => unchanged(busy, (v) => toggleStance(v, 'neutral')));
});

describe('select', () => {
	const node = (id: string): ElementRef => ({ kind: 'node', id });
	const edge = (id: string): ElementRef => ({ kind: 'edge', id });
	it.each([
		{ name: 'a node', from: view({}), ref: node('beta'), to: view({ node: 'beta' }) },
		{
			name: 'a relation in place of a node',
			from: view({ node: 'alpha' }),
			ref: edge('alpha-worried'),
			to: view({ edge: 'alpha-worried' })
		},
		{
			name: 'a node in place of a relation',
			from: view({ edge: 'alpha-worried' }),
			ref: node('alpha'),
			to: view({ node: 'alpha' })
		},
		{ name: 'nothing', from: view({ node: 'alpha' }), ref: null, to: view({}) },
		{
			name: 'a node of a hidden type, which shows that type again',
			from: view({ hiddenTypes: ['actor', 'concern'] }),
			ref: node('gamma-missiles'),
			to: view({ node: 'gamma-missiles', hiddenTypes: ['actor'] })
		},
		{
			name: 'a relation, which shows no hidden type again',
			from: view({ hiddenTypes: ['actor'] }),
			ref: edge('alpha-allied-beta'),
			to: view({ edge: 'alpha-allied-beta', hiddenTypes: ['actor'] })
		}
	])('selects $name', ({ from, ref, to }) => {
		expect(select(from, ref, index)).toEqual(to);
	});

	it('keeps the focus, the path and the hidden stances', () => {
		expect(select(busy, node('beta'), index)).toEqual({ ...busy, node: 'beta' });
	});

	it('does not mutate its input', () =>
		unchanged(busy, (v) => select(v, node('gamma-missiles'), index)));
});

describe('clear', () => {
	it.each([
		{
			name: 'the selected node first, keeping focus and path',
			from: busy,
			to: { ...busy, node: null }
		},
		{
			name: 'the selected relation first',
			from: view({ edge: 'alpha-worried', focus: 'beta' }),
			to: view({ focus: 'beta' })
		},
		{
			name: 'with nothing selected, the focus and the path, keeping the filters',
			from: { ...busy, node: null },
			to: view({ depth: 2, hiddenTypes: ['concern', 'event'], hiddenStances: ['neutral'] })
		},
		{ name: 'nothing from the empty view', from: view({}), to: view({}) }
	])('clears $name', ({ from, to }) => {
		expect(clear(from)).toEqual(to);
	});

	it('does not mutate its input', () => unchanged(busy, clear));
});

describe('tracePath', () => {
	it.each([
		{
			name: 'from a selected node: the path takes the selection’s place',
			from: view({ node: 'alpha' }),
			ends: ['alpha', 'gamma-missiles'] as const,
			to: view({ path: ['alpha', 'gamma-missiles'] })
		},
		{
			name: 'from a selected relation, keeping focus and filters',
			from: view({ edge: 'alpha-worried', focus: 'beta', hiddenTypes: ['event'] }),
			ends: ['beta', 'alpha'] as const,
			to: view({ focus: 'beta', hiddenTypes: ['event'], path: ['beta', 'alpha'] })
		},
		{
			name: 'with an end missing: no path, the selection kept',
			from: busy,
			ends: ['alpha', null] as const,
			to: { ...busy, path: null }
		}
	])('traces $name', ({ from, ends, to }) => {
		expect(tracePath(from, ends[0], ends[1])).toEqual(to);
	});

	it('does not mutate its input', () => unchanged(busy, (v) => tracePath(v, 'alpha', 'beta')));
});

describe('resetView', () => {
	it('is the empty view', () => {
		expect(resetView()).toEqual(emptyView);
	});

	it('is a new value each time, so changing one leaves the empty view as it is', () => {
		const view = resetView();
		view.hiddenTypes.push('actor');
		expect(resetView()).toEqual(emptyView);
		expect(emptyView.hiddenTypes).toEqual([]);
	});
});
