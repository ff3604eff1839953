import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/lib/graph/queries';
import { nodeTypes, stances } from '../../src/lib/graph/vocabulary';
import {
	emptyView,
	keepRenderer,
	normalizeQuery,
	parseView,
	serializeView,
	type View
} from '../../src/lib/state/view';
import { loadValid } from './graphs';

// Nodes alpha, beta, gamma-missiles; edges alpha-allied-beta, alpha-worried.
const index = indexGraph(loadValid());
const parse = (query: string) => parseView(new URLSearchParams(query), index);
const view = (fields: Partial<View>): View => ({ ...emptyView, ...fields });

describe('parseView and serializeView', () => {
	it.each([
		{ fields: {}, query: '' },
		{ fields: { node: 'alpha' }, query: '?node=alpha' },
		{ fields: { edge: 'alpha-worried' }, query: '?edge=alpha-worried' },
		{ fields: { focus: 'beta' }, query: '?focus=beta' },
		{ fields: { focus: 'beta', depth: 2 as const }, query: '?focus=beta&depth=2' },
		{
			fields: { path: ['beta', 'gamma-missiles'] as [string, string] },
			query: '?path=beta,gamma-missiles'
		},
		{ fields: { hiddenTypes: ['actor' as const] }, query: '?hide=actor' },
		{
			fields: { hiddenTypes: ['actor' as const, 'concern' as const] },
			query: '?hide=actor,concern'
		},
		{
			fields: { hiddenStances: ['cooperative' as const, 'neutral' as const] },
			query: '?hideStance=cooperative,neutral'
		},
		{
			fields: {
				node: 'alpha',
				focus: 'beta',
				depth: 2 as const,
				path: ['beta', 'gamma-missiles'] as [string, string],
				hiddenTypes: ['alliance' as const, 'event' as const],
				hiddenStances: ['adversarial' as const]
			},
			query:
				'?node=alpha&focus=beta&depth=2&path=beta,gamma-missiles&hide=alliance,event&hideStance=adversarial'
		}
	])('writes $fields as "$query" and reads it back', ({ fields, query }) => {
		expect(serializeView(view(fields))).toBe(query);
		expect(parse(query)).toEqual({ view: view(fields), messages: [] });
	});

	it('reads back every node type and every stance hidden at once', () => {
		const all = view({ hiddenTypes: [...nodeTypes], hiddenStances: [...stances] });
		expect(parse(serializeView(all))).toEqual({ view: all, messages: [] });
	});
});

describe('parseView', () => {
	it('reads no parameters as the empty view', () => {
		expect(parse('')).toEqual({ view: emptyView, messages: [] });
	});

	it.each([
		{
			query: '?node=delta&focus=beta',
			applies: { focus: 'beta' },
			names: ['“delta”', '?node=']
		},
		{
			query: '?focus=delta&node=alpha',
			applies: { node: 'alpha' },
			names: ['“delta”', '?focus=']
		},
		{
			query: '?edge=beta-worried&hide=actor',
			applies: { hiddenTypes: ['actor'] },
			names: ['“beta-worried”', '?edge=']
		},
		{
			query: '?path=alpha,delta&node=beta',
			applies: { node: 'beta' },
			names: ['“delta”', '?path=']
		},
		{
			query: '?path=delta,epsilon&focus=alpha&depth=2',
			applies: { focus: 'alpha', depth: 2 },
			names: ['“delta”', '“epsilon”', '?path=']
		}
	])(
		'$query: drops the unknown id with a message naming it and ?param=',
		({ query, applies, names }) => {
			const { view: parsed, messages } = parse(query);
			expect(parsed).toEqual(view(applies as Partial<View>));
			expect(messages).toHaveLength(1);
			for (const name of names) expect(messages[0]).toContain(name);
		}
	);

	it('shortens a very long unknown id in its message', () => {
		const id = 'x'.repeat(100);
		const { messages } = parse(`?node=${id}`);
		expect(messages).toEqual([
			`There is no node “${'x'.repeat(40)}…” in this graph (from ?node=).`
		]);
	});

	it('reports each unknown parameter, keeping every known one', () => {
		const { view: parsed, messages } = parse(
			'?node=delta&edge=nope&focus=beta&path=alpha&hide=actor,robot&hideStance=hostile,neutral'
		);
		expect(parsed).toEqual(
			view({ focus: 'beta', hiddenTypes: ['actor'], hiddenStances: ['neutral'] })
		);
		expect(messages).toHaveLength(5);
	});

	it.each([
		// A node the reader named and a neighbour of it, or else the ends of the first relation.
		['gamma-missiles', 'gamma-missiles,alpha'],
		['alpha,beta,gamma-missiles', 'alpha,beta'],
		['a,b,c,d', 'alpha,beta'],
		[',', 'alpha,beta']
	])('asks for exactly two nodes in ?path=%s, with an example from this graph', (path, example) => {
		const { view: parsed, messages } = parse(`?path=${path}&node=alpha`);
		expect(parsed).toEqual(view({ node: 'alpha' }));
		expect(messages).toEqual([`A path needs exactly two nodes, like ?path=${example}.`]);
		const [a, b] = example.split(',');
		expect(parse(`?path=${example}`).view.path).toEqual([a, b]);
	});

	it('gives no example when the graph has no two nodes to name', () => {
		const lone = indexGraph({ nodes: loadValid().nodes.slice(0, 1), edges: [] });
		expect(parseView(new URLSearchParams('?path=a,b,c'), lone).messages).toEqual([
			'A path needs exactly two nodes.'
		]);
	});

	it('trims spaces around the ids of a path', () => {
		expect(parse('?path=alpha,%20beta').view.path).toEqual(['alpha', 'beta']);
	});

	it.each([
		{
			query: '?hide=actor,robot,ghost',
			field: 'hiddenTypes',
			kept: ['actor'],
			message: `Unknown node type “robot”, “ghost” ignored; known: ${nodeTypes.join(', ')}.`
		},
		{
			query: '?hideStance=hostile,cooperative',
			field: 'hiddenStances',
			kept: ['cooperative'],
			message: `Unknown stance “hostile” ignored; known: ${stances.join(', ')}.`
		}
	])('$query: lists the unknown values and the known ones', ({ query, field, kept, message }) => {
		const { view: parsed, messages } = parse(query);
		expect(parsed[field as 'hiddenTypes' | 'hiddenStances']).toEqual(kept);
		expect(messages).toEqual([message]);
	});

	it('reads hidden types in vocabulary order, each once', () => {
		expect(parse('?hide=concern,actor,concern').view.hiddenTypes).toEqual(['actor', 'concern']);
	});

	it('keeps the node and drops the edge when both are given', () => {
		expect(parse('?edge=alpha-worried&node=alpha')).toEqual({
			view: view({ node: 'alpha' }),
			messages: []
		});
	});

	it.each(['', '1', '3', 'two'])('reads ?depth=%s as depth 1', (depth) => {
		expect(parse(`?focus=alpha&depth=${depth}`).view.depth).toBe(1);
	});

	it.each(['?node=', '?edge=', '?focus=', '?path=', '?hide=', '?hideStance='])(
		'ignores the empty parameter %s without a message',
		(query) => {
			expect(parse(query)).toEqual({ view: emptyView, messages: [] });
		}
	);

	it('does not mutate its input or the empty view', () => {
		const params = new URLSearchParams('?node=alpha&hide=actor&path=alpha,beta');
		const before = params.toString();
		const emptyBefore = structuredClone(emptyView);
		parseView(params, index);
		expect(params.toString()).toBe(before);
		expect(emptyView).toEqual(emptyBefore);
	});
});

describe('serializeView', () => {
	it('gives "" for the empty view', () => {
		expect(serializeView(emptyView)).toBe('');
	});

	it('writes parameters in the order node, edge, focus, depth, path, hide, hideStance', () => {
		const scrambled: View = {
			hiddenStances: ['neutral'],
			hiddenTypes: ['actor'],
			path: ['alpha', 'beta'],
			depth: 2,
			focus: 'beta',
			edge: 'alpha-worried',
			node: 'alpha'
		};
		expect(serializeView(scrambled)).toBe(
			'?node=alpha&edge=alpha-worried&focus=beta&depth=2&path=alpha,beta&hide=actor&hideStance=neutral'
		);
	});

	it('writes the same query however the parameters were ordered when read', () => {
		const a = parse('?hide=actor&node=alpha&focus=beta&depth=2').view;
		const b = parse('?depth=2&focus=beta&node=alpha&hide=actor').view;
		expect(serializeView(a)).toBe(serializeView(b));
	});

	it('leaves out the depth when nothing is focused', () => {
		expect(serializeView(view({ depth: 2 }))).toBe('');
	});

	it('does not percent-encode the commas between ids', () => {
		const query = serializeView(
			view({ path: ['alpha', 'beta'], hiddenTypes: ['actor', 'concern'] })
		);
		expect(query).toBe('?path=alpha,beta&hide=actor,concern');
		expect(query).not.toContain('%2C');
	});

	it('does not mutate its input', () => {
		const input = Object.freeze(
			view({ node: 'alpha', path: ['alpha', 'beta'], hiddenTypes: ['actor'] })
		);
		const before = structuredClone(input);
		serializeView(input);
		expect(input).toEqual(before);
	});
});

describe('keepRenderer', () => {
	it('carries the address’s renderer into a view, and leaves views alone otherwise', () => {
		expect(keepRenderer('?node=japan', '?renderer=webgl&node=china')).toBe(
			'?node=japan&renderer=webgl'
		);
		expect(keepRenderer('', '?renderer=webgl')).toBe('?renderer=webgl');
		expect(keepRenderer('?node=japan', '?node=china')).toBe('?node=japan');
		expect(keepRenderer('?node=japan', '')).toBe('?node=japan');
	});

	it('does not add the renderer twice to a query that carries it already', () => {
		expect(keepRenderer('?q=us&renderer=webgl', '?renderer=webgl')).toBe('?q=us&renderer=webgl');
	});
});

describe('normalizeQuery', () => {
	it('spells the same view the same way', () => {
		expect(normalizeQuery('?path=a,b')).toBe(normalizeQuery('path=a%2Cb'));
		expect(normalizeQuery('')).toBe('');
	});
});
