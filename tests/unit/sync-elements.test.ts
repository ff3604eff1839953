import { afterAll, describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { syncElements } from '../../src/lib/cytoscape/sync-elements';
import { headlessGraph, loadCampDavid } from './graphs';

const dataset = loadCampDavid();
const positions = layoutDataset(dataset);
const cy = headlessGraph(dataset, positions);
afterAll(() => cy.destroy());

describe('syncElements: an edited map into the running graph', () => {
	it('updates a renamed node in place, and says nothing was added or removed', () => {
		const japan = cy.getElementById('japan');
		const renamed = {
			...dataset,
			nodes: dataset.nodes.map((n) => (n.id === 'japan' ? { ...n, label: 'Nippon' } : n))
		};
		expect(syncElements(cy, renamed, positions)).toEqual({ added: 0, removed: 0 });
		expect(cy.getElementById('japan')).toBe(japan);
		expect(japan.data('name')).toBe('Nippon');
	});

	it('removes a node with its relations, and adds them back as new elements', () => {
		const japan = cy.getElementById('japan');
		const relations = dataset.edges.filter((e) => e.source === 'japan' || e.target === 'japan');
		const without = {
			...dataset,
			nodes: dataset.nodes.filter((n) => n.id !== 'japan'),
			edges: dataset.edges.filter((e) => !relations.includes(e))
		};
		expect(syncElements(cy, without, positions)).toEqual({
			added: 0,
			removed: 1 + relations.length
		});
		expect(cy.getElementById('japan').empty()).toBe(true);
		expect(syncElements(cy, dataset, positions)).toEqual({
			added: 1 + relations.length,
			removed: 0
		});
		expect(cy.getElementById('japan')).not.toBe(japan);
		expect(cy.elements().length).toBe(dataset.nodes.length + dataset.edges.length);
	});
});
