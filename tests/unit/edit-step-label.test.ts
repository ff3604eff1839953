/**
 * Two choices the editor makes for a person: what a view becomes as a story step, and the words
 * a relation is drawn with once its type is chosen.
 */
import { describe, expect, it } from 'vitest';
import { stepOfView } from '../../src/lib/edit/step';
import { isOwnLabel, labelForType } from '../../src/lib/edit/relation-label';
import { relationFor } from '../../src/lib/draft/relations';

const node = (id: string, label: string) => ({
	id,
	label,
	passages: [{ start: 0, end: label.length }]
});
const banda = node('banda', 'Chileshe Banda');
const mulenga = node('mulenga', 'Joseph Mulenga');
const index = {
	nodes: new Map([
		['banda', banda],
		['mulenga', mulenga]
	])
};
type Shown = Parameters<typeof stepOfView>[0];
const view = (v: Partial<Record<string, unknown>>) =>
	({
		selectedNode: null,
		selectedEdge: null,
		pathSteps: null,
		focusSet: null,
		index,
		view: {},
		...v
	}) as unknown as Shown;

describe('a view as a story step', () => {
	it('is the selected node when nothing is focused', () => {
		const step = stepOfView(view({ selectedNode: banda }));
		expect(step?.nodes).toEqual(['banda']);
	});

	it('is the neighbourhood when its own node is focused, though that node stays selected', () => {
		const focusSet = { nodes: new Set(['banda', 'mulenga']), edges: new Set(['b-m']) };
		const step = stepOfView(view({ selectedNode: banda, focusSet, view: { focus: 'banda' } }));
		expect(step).toMatchObject({
			title: 'Chileshe Banda and its neighbours',
			nodes: ['banda', 'mulenga'],
			edges: ['b-m']
		});
	});

	it('is the selected node when another node is focused', () => {
		const focusSet = { nodes: new Set(['banda', 'mulenga']), edges: new Set(['b-m']) };
		const step = stepOfView(view({ selectedNode: mulenga, focusSet, view: { focus: 'banda' } }));
		expect(step?.nodes).toEqual(['mulenga']);
	});
});

describe('the words a relation is drawn with', () => {
	it('follow a new type from the drafter’s “named with”, which no person wrote', () => {
		const drafted = relationFor('said its leader', null);
		expect(isOwnLabel(drafted.label, drafted.relation)).toBe(false);
		expect(labelForType(drafted.label, drafted.relation, 'leads')).toBe('leads');
	});

	it('follow a new type from the old type’s name', () => {
		expect(labelForType('affects', 'affects', 'member_of')).toBe('member of');
	});

	it('stay when a person wrote them', () => {
		expect(isOwnLabel('challenges', 'affects')).toBe(true);
		expect(labelForType('challenges', 'affects', 'undermines')).toBe('challenges');
	});
});
