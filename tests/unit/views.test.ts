/**
 * The views take a dataset from anywhere: here one written in the test and
 * checked as the browser will check a stored map, never read from graph-data/
 * and never laid out by the build.
 */
import { describe, expect, it } from 'vitest';
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { checkDataset } from '../../src/lib/graph/check';
import type { Positions } from '../../src/lib/graph/dataset';
import type { DatasetRoutes } from '../../src/lib/views/routes';
import { withQuery } from '../../src/lib/views/routes';
import ExplorerView from '../../src/lib/views/ExplorerView.svelte';
import TableView from '../../src/lib/views/TableView.svelte';
import HandoutView from '../../src/lib/views/HandoutView.svelte';
import Themed from './Themed.svelte';

const article = `Harbour towns agree to share a ferry

Northport and Southby will run one ferry between them from May. Storms on the strait worry both towns.
`;

const graph = {
	source: {
		title: 'Harbour towns agree to share a ferry',
		outlet: 'The Test Gazette',
		authors: ['R. Writer'],
		published: '2025-03-01',
		url: 'https://example.org/ferry',
		blocks: { '1': 'headline' }
	},
	nodes: [
		{
			id: 'northport',
			label: 'Northport',
			type: 'actor',
			kind: 'government',
			summary: 'A harbour town.',
			evidence: [{ exact: 'Northport', suffix: ' and Southby' }]
		},
		{
			id: 'southby',
			label: 'Southby',
			type: 'actor',
			kind: 'government',
			summary: 'The other harbour town.',
			evidence: [{ exact: 'Southby will run one ferry' }]
		},
		{
			id: 'storms',
			label: 'Storms on the strait',
			type: 'concern',
			summary: 'Weather that could stop the ferry.',
			evidence: [{ exact: 'Storms on the strait worry both towns.' }]
		}
	],
	edges: [
		{
			id: 'northport-ferry-southby',
			source: 'northport',
			target: 'southby',
			relation: 'allied_with',
			label: 'shares a ferry with',
			stance: 'cooperative',
			assertedBy: { by: 'authors' },
			evidence: [{ exact: 'will run one ferry between them from May' }]
		}
	]
};

function madeDataset() {
	const result = checkDataset({
		slug: 'ferry',
		dir: 'ferry',
		article,
		graph: JSON.stringify(graph),
		story: null
	});
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result.dataset;
}

// Written by hand: no layout has run.
const positions: Positions = {
	northport: { x: 0, y: 0 },
	southby: { x: 200, y: 0 },
	storms: { x: 100, y: 150 }
};

const routes: DatasetRoutes = {
	home: '/',
	explorer: '/my/map?id=k3j2',
	table: '/my/table?id=k3j2',
	handout: '/my/handout?id=k3j2',
	present: (step) => `/my/present?id=k3j2${step ? `&step=${step}` : ''}`,
	presenter: '/my/presenter?id=k3j2',
	practice: '/my/practice?id=k3j2'
};

/** Renders `view` as its page does, under the layout's theme. */
const renderView = <Props extends Record<string, unknown>>(view: Component<Props>, props: Props) =>
	render(Themed<Props>, { props: { view, props } });

/** The text a reader sees, tags and comments dropped. */
const visibleText = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');

describe('ExplorerView', () => {
	const dataset = madeDataset();
	const { body, head } = renderView(ExplorerView, { dataset, positions, routes });
	const text = visibleText(body);

	it('shows the dataset it is given: its title in the header and the page title', () => {
		expect(text).toContain('Harbour towns agree to share a ferry');
		expect(head).toContain('<title>Harbour towns agree to share a ferry · Evidence Map</title>');
	});

	it('draws every node with its label in the static picture, at the given positions', () => {
		const start = body.indexOf('data-testid="static-graph"');
		const picture = body.slice(start, body.indexOf('</svg>', start));
		// One <text> per node, its label wrapped over <tspan> lines.
		const labels = [...picture.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((text) =>
			[...text[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1]).join(' ')
		);
		expect(labels).toEqual(['Northport', 'Southby', 'Storms on the strait']);
		expect(picture).toContain('<text x="200" y="26">');
	});

	it('shows the article text, word for word', () => {
		expect(text).toContain(
			'Northport and Southby will run one ferry between them from May. Storms on the strait worry both towns.'
		);
	});

	it('links every other view through the routes it is given', () => {
		expect(body).toContain('href="/my/table?id=k3j2"');
		expect(body).toContain('href="/my/handout?id=k3j2"');
		expect(body).not.toContain('href="/ferry');
	});

	it('shows what the page adds to its header', () => {
		const headerExtra = createRawSnippet(() => ({
			render: () => '<button type="button">Edit</button>'
		}));
		const withExtra = renderView(ExplorerView, { dataset, positions, routes, headerExtra });
		expect(withExtra.body).toContain('<button type="button">Edit</button>');
		expect(body).not.toContain('Edit');
	});
});

describe('TableView', () => {
	it('lists every node and relation of the dataset it is given', () => {
		const text = visibleText(
			renderView(TableView, { dataset: madeDataset(), positions, routes }).body
		);
		for (const label of ['Northport', 'Southby', 'Storms on the strait', 'shares a ferry with']) {
			expect(text).toContain(label);
		}
	});
});

describe('withQuery', () => {
	it.each([
		['/camp-david-2023', '', '/camp-david-2023'],
		['/camp-david-2023', '?path=a,b', '/camp-david-2023?path=a,b'],
		['/my/map?id=k3j2', '', '/my/map?id=k3j2'],
		['/my/map?id=k3j2', '?node=japan', '/my/map?id=k3j2&node=japan'],
		['/my/map?id=k3j2', '?id=k3j2&node=japan', '/my/map?id=k3j2&node=japan']
	])('%s with %s is %s', (route, query, expected) => {
		expect(withQuery(route, query)).toBe(expected);
	});
});

describe('HandoutView', () => {
	it('lists the dataset it is given and links back to its explorer', () => {
		const { body } = renderView(HandoutView, { dataset: madeDataset(), positions, routes });
		expect(body).toContain('href="/my/map?id=k3j2"');
		const text = visibleText(body);
		for (const label of ['Northport', 'Southby', 'Storms on the strait', 'shares a ferry with']) {
			expect(text).toContain(label);
		}
	});
});
