import { afterAll, describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import { closeUpKey } from '../../src/lib/cytoscape/explore-labels';
import { viewScope } from '../../src/lib/cytoscape/place-labels';
import type { Emphasis } from '../../src/lib/cytoscape/sync';
import { indexGraph } from '../../src/lib/graph/traversal';
import { emptyView, type View } from '../../src/lib/state/view';
import { headlessGraph, loadCampDavid } from './graphs';

const dataset = loadCampDavid();
const index = indexGraph(dataset);
const cy = headlessGraph(dataset, layoutDataset(dataset), {
	styleEnabled: true,
	style: [{ selector: '.hidden', style: { display: 'none' } }]
});
afterAll(() => cy.destroy());

const emphasis = (view: Partial<View>): Emphasis => ({
	view: { ...emptyView, ...view },
	index,
	focusSet: null,
	pathSteps: null,
	keyboardFocus: null,
	fadeRest: true
});
const px = { node: 16, edge: 13, least: 12 };
const key = (e: Emphasis) => closeUpKey(cy, e, viewScope(cy, e)!, px);

describe('closeUpKey: when a close-up may keep the labels it settled', () => {
	const japan = emphasis({ node: 'japan' });

	it('is the same for the same view on the same camera (an edit renamed a node in it)', () => {
		const before = key(japan);
		cy.getElementById('japan').data('name', 'Japan, renamed');
		expect(key(emphasis({ node: 'japan' }))).toBe(before);
	});

	it('changes with the view, the camera, the canvas sizes asked for, and what is hidden', () => {
		const before = key(japan);
		expect(key(emphasis({ node: 'united-states' }))).not.toBe(before);
		expect(closeUpKey(cy, japan, viewScope(cy, japan)!, { ...px, node: 20 })).not.toBe(before);
		cy.panBy({ x: 10, y: 0 });
		expect(key(japan)).not.toBe(before);
		cy.panBy({ x: -10, y: 0 });
		expect(key(japan)).toBe(before);
		const neighbour = index.incident.get('japan')![0]!;
		cy.getElementById(neighbour.id).addClass('hidden');
		expect(key(japan)).not.toBe(before);
		cy.getElementById(neighbour.id).removeClass('hidden');
		expect(key(japan)).toBe(before);
		// A passage more changes what would be left out first, and may resize the node.
		const passages = cy.getElementById(neighbour.id).data('passages');
		cy.getElementById(neighbour.id).data('passages', passages + 1);
		expect(key(japan)).not.toBe(before);
		cy.getElementById(neighbour.id).data('passages', passages);
		expect(key(japan)).toBe(before);
	});
});
