import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { toElements } from '../../src/lib/cytoscape/elements';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import type { Positions } from '../../src/lib/graph/dataset';
import { wrapLabel } from '../../src/lib/graph/label';
import { relationNames, symmetricRelations } from '../../src/lib/graph/vocabulary';
import { edge, headlessGraph, loadCampDavid, loadValid, node } from './graphs';

const dataset = loadCampDavid();

describe('toElements in headless Cytoscape, for the real dataset', () => {
	let positions: Positions;
	let cy: cytoscape.Core;
	beforeAll(() => {
		positions = layoutDataset(dataset);
		cy = headlessGraph(dataset, positions);
		return () => cy.destroy();
	});

	it('holds every node once, with its type, kind and full name', () => {
		expect(cy.nodes().map((n) => n.id())).toEqual(dataset.nodes.map((n) => n.id));
		for (const n of dataset.nodes) {
			const el = cy.getElementById(n.id);
			expect(el.isNode()).toBe(true);
			expect(el.data('type')).toBe(n.type);
			expect(el.data('kind')).toBe(n.kind ?? '');
			expect(el.data('name')).toBe(n.label);
		}
	});

	it('holds every edge once, with its stance, source, target and relation', () => {
		expect(cy.edges().map((e) => e.id())).toEqual(dataset.edges.map((e) => e.id));
		for (const e of dataset.edges) {
			const el = cy.getElementById(e.id);
			expect(el.isEdge()).toBe(true);
			expect(el.data()).toMatchObject({
				stance: e.stance,
				source: e.source,
				target: e.target,
				relation: e.relation,
				label: e.label
			});
			expect(el.source().id()).toBe(e.source);
			expect(el.target().id()).toBe(e.target);
		}
	});

	it('places every node at its computed position', () => {
		for (const n of dataset.nodes)
			expect(cy.getElementById(n.id).position()).toEqual(positions[n.id]);
	});

	it('labels each node with its name wrapped into lines', () => {
		for (const n of dataset.nodes) {
			expect(cy.getElementById(n.id).data('label')).toBe(wrapLabel(n.label, 16).join('\n'));
		}
	});

	it('counts the passages behind every node and edge', () => {
		for (const x of [...dataset.nodes, ...dataset.edges]) {
			expect(cy.getElementById(x.id).data('passages')).toBe(x.passages.length);
		}
	});

	it('makes a node larger the more passages support it, and equal for equal counts', () => {
		const sizes = new Map<number, Set<number>>();
		for (const n of dataset.nodes) {
			const size = cy.getElementById(n.id).data('size') as number;
			sizes.set(n.passages.length, (sizes.get(n.passages.length) ?? new Set()).add(size));
		}
		const counts = [...sizes.keys()].sort((a, b) => a - b);
		expect(counts.length).toBeGreaterThan(1);
		for (const set of sizes.values()) expect(set.size).toBe(1);
		const bySize = counts.map((c) => [...sizes.get(c)!][0]!);
		bySize.slice(1).forEach((size, i) => expect(size).toBeGreaterThan(bySize[i]!));
	});

	it('draws symmetric relations without direction and the rest directed', () => {
		for (const e of dataset.edges) {
			expect(cy.getElementById(e.id).data('directed'), e.id).toBe(
				!symmetricRelations.includes(e.relation)
			);
		}
		expect(cy.getElementById('japan-historical-dispute-with-south-korea').data('directed')).toBe(
			false
		);
		expect(cy.getElementById('russia-invades-ukraine').data('directed')).toBe(true);
	});
});

describe('toElements', () => {
	it('lists nodes first, then edges', () => {
		const valid = loadValid();
		const groups = toElements(valid, {}).map((el) => `${el.group}:${el.data.id}`);
		expect(groups).toEqual([
			'nodes:alpha',
			'nodes:beta',
			'nodes:gamma-missiles',
			'edges:alpha-allied-beta',
			'edges:alpha-worried'
		]);
	});

	it('places a node without a computed position at the origin', () => {
		const [el] = toElements({ nodes: [node('a')], edges: [] }, {});
		expect(el!.position).toEqual({ x: 0, y: 0 });
	});

	it('gives nodes with one passage the smallest size, 20, and the best-supported 46', () => {
		const elements = toElements(
			{
				nodes: [
					node('one', { passages: [[0, 1]] }),
					node('four', {
						passages: [
							[0, 1],
							[2, 3],
							[4, 5],
							[6, 7]
						]
					})
				],
				edges: []
			},
			{}
		);
		expect(elements.map((el) => el.data.size)).toEqual([20, 46]);
	});

	it('falls back to the relation’s name when an edge has no label', () => {
		const unlabelled = { ...edge('a', 'b', { relation: 'invades' }), label: '' };
		const elements = toElements({ nodes: [node('a'), node('b')], edges: [unlabelled] }, {});
		expect(elements[2]!.data.label).toBe(relationNames.invades);
	});

	it('does not mutate its input, nor share position objects with it', () => {
		const positions: Positions = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
		const input = { nodes: [node('a'), node('b')], edges: [edge('a', 'b')] };
		const before = structuredClone({ input, positions });
		const cy = headlessGraph(input, positions);
		cy.getElementById('a').position({ x: 100, y: 100 });
		cy.destroy();
		expect({ input, positions }).toEqual(before);
	});
});
