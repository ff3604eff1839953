/**
 * The Explorer class over a navigator held in memory: what it derives from the view in the
 * address, and the address each of its methods writes.
 */
import { describe, expect, it } from 'vitest';
import { Explorer, type Navigator } from '../../src/lib/state/explorer.svelte';
import { loadValid } from './graphs';
import { graphLook } from '../../src/lib/cytoscape/look';

// Nodes alpha, beta (actors) and gamma-missiles (a concern); edges alpha-allied-beta
// (cooperative) and alpha-worried (adversarial, alpha to gamma-missiles).
const dataset = loadValid();

/** A navigator whose address is state, as the page's is: writing it is navigating. */
class MemoryNavigator implements Navigator {
	query = $state('');
	written: string[] = [];
	constructor(query: string) {
		this.query = query;
	}
	read = () => this.query;
	write = (query: string) => {
		this.written.push(query);
		this.query = query;
	};
}

function explorerAt(query = '') {
	const nav = new MemoryNavigator(query);
	return { nav, explorer: new Explorer(dataset, {}, graphLook, nav) };
}

describe('Explorer reads the view from its navigator', () => {
	it('selects the node named in the address', () => {
		const { explorer } = explorerAt('?node=beta');
		expect(explorer.selection).toEqual({ kind: 'node', id: 'beta' });
		expect(explorer.selectedNode?.id).toBe('beta');
		expect(explorer.selectedEdge).toBeUndefined();
		expect(explorer.activePassages).toEqual(explorer.selectedNode?.passages);
	});

	it('selects the relation named in the address', () => {
		const { explorer } = explorerAt('?edge=alpha-worried');
		expect(explorer.selection).toEqual({ kind: 'edge', id: 'alpha-worried' });
		expect(explorer.selectedEdge?.id).toBe('alpha-worried');
	});

	it('follows the address when it changes (back, forward, a link)', () => {
		const { nav, explorer } = explorerAt('?node=beta');
		nav.query = '?focus=alpha';
		expect(explorer.selection).toBeNull();
		expect(explorer.focusSet?.nodes).toEqual(new Set(['alpha', 'beta', 'gamma-missiles']));
	});

	it('keeps the same view when the address changes only its spelling', () => {
		const { nav, explorer } = explorerAt('?hide=actor,concern');
		const view = explorer.view;
		nav.query = '?hide=actor%2Cconcern';
		expect(explorer.view).toBe(view);
	});

	it("traces the path in the address, with its relations' passages in article order", () => {
		const { explorer } = explorerAt('?path=beta,gamma-missiles');
		expect(explorer.pathSteps?.map((s) => s.edge.id)).toEqual([
			'alpha-allied-beta',
			'alpha-worried'
		]);
		const starts = explorer.activePassages.map((p) => p.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(starts.length).toBeGreaterThan(1);
	});

	it('says what in the address names nothing, until the message is dismissed', () => {
		const { explorer } = explorerAt('?node=atlantis&edge=alpha-worried');
		expect(explorer.messages).toEqual(['There is no node “atlantis” in this graph (from ?node=).']);
		expect(explorer.selection).toEqual({ kind: 'edge', id: 'alpha-worried' });
		explorer.dismiss(explorer.messages[0]!);
		expect(explorer.messages).toEqual([]);
	});

	it('tells which nodes the type filter shows', () => {
		const { explorer } = explorerAt('?hide=concern');
		expect(['alpha', 'gamma-missiles', 'nowhere'].map((id) => explorer.isVisible(id))).toEqual([
			true,
			false,
			false
		]);
	});
});

describe('Explorer writes each change of view to its navigator', () => {
	it.each([
		{
			name: 'select a node',
			from: '?focus=beta',
			act: (e: Explorer) => e.select({ kind: 'node', id: 'alpha' }),
			to: '?node=alpha&focus=beta'
		},
		{
			name: 'select a node of a hidden type',
			from: '?hide=concern,event',
			act: (e: Explorer) => e.select({ kind: 'node', id: 'gamma-missiles' }),
			to: '?node=gamma-missiles&hide=event'
		},
		{
			name: 'select a relation',
			from: '?node=alpha',
			act: (e: Explorer) => e.select({ kind: 'edge', id: 'alpha-worried' }),
			to: '?edge=alpha-worried'
		},
		{
			name: 'clear the selection first',
			from: '?node=alpha&focus=beta',
			act: (e: Explorer) => e.clear(),
			to: '?focus=beta'
		},
		{
			name: 'then clear the focus and the path',
			from: '?focus=beta&hide=event',
			act: (e: Explorer) => e.clear(),
			to: '?hide=event'
		},
		{
			name: 'reset',
			from: '?node=alpha&focus=beta&depth=2&hide=event&hideStance=neutral',
			act: (e: Explorer) => e.reset(),
			to: ''
		},
		{
			name: 'hide a type',
			from: '?hide=event',
			act: (e: Explorer) => e.toggleType('actor'),
			to: '?hide=event,actor'
		},
		{
			name: 'show a type again',
			from: '?hide=event,actor',
			act: (e: Explorer) => e.toggleType('event'),
			to: '?hide=actor'
		},
		{
			name: 'hide a stance',
			from: '',
			act: (e: Explorer) => e.toggleStance('neutral'),
			to: '?hideStance=neutral'
		},
		{
			name: 'focus two steps out',
			from: '?node=beta',
			act: (e: Explorer) => e.setFocus('alpha', 2),
			to: '?node=beta&focus=alpha&depth=2'
		},
		{
			name: 'trace a path',
			from: '',
			act: (e: Explorer) => e.setPath('beta', 'gamma-missiles'),
			to: '?path=beta,gamma-missiles'
		},
		{
			name: 'drop a path with one end',
			from: '?path=beta,gamma-missiles',
			act: (e: Explorer) => e.setPath('beta', null),
			to: ''
		}
	])('$name: $from → $to', ({ from, act, to }) => {
		const { nav, explorer } = explorerAt(from);
		act(explorer);
		expect(nav.written).toEqual([to]);
	});

	it('drops from what it writes any part of the address that named nothing', () => {
		const { nav, explorer } = explorerAt('?node=atlantis&hide=event');
		explorer.toggleStance('neutral');
		expect(nav.written).toEqual(['?hide=event&hideStance=neutral']);
	});

	it('shows in the graph: selects, and asks the graph again on every request', () => {
		const { nav, explorer } = explorerAt();
		explorer.showInGraph({ kind: 'node', id: 'beta' });
		explorer.showInGraph({ kind: 'node', id: 'beta' });
		expect(nav.written).toEqual(['?node=beta', '?node=beta']);
		expect(explorer.graphRequest).toEqual({ ref: { kind: 'node', id: 'beta' }, seq: 2 });
	});

	it('asks the reader for an offset, again on every request, without writing a view', () => {
		const { nav, explorer } = explorerAt();
		explorer.readInArticle(120);
		explorer.readInArticle(120);
		expect(explorer.readRequest).toEqual({ start: 120, seq: 2 });
		expect(nav.written).toEqual([]);
	});
});
