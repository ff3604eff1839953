import { describe, expect, it } from 'vitest';
import {
	addressOf,
	carryParams,
	splitBase,
	viewQuery,
	withParams
} from '../../src/lib/state/address';

describe('splitBase', () => {
	it.each([
		{ base: '/camp-david-2023', path: '/camp-david-2023', fixed: '' },
		{ base: '/my/map?id=k3j2', path: '/my/map', fixed: 'id=k3j2' },
		{ base: '/my/map?id=k3j2&lang=en', path: '/my/map', fixed: 'id=k3j2&lang=en' }
	])('splits $base into $path and "$fixed"', ({ base, path, fixed }) => {
		const split = splitBase(base);
		expect(split.path).toBe(path);
		expect(split.fixed.toString()).toBe(fixed);
	});
});

describe('viewQuery', () => {
	it.each([
		{ base: '/camp-david-2023', search: '?node=japan', view: '?node=japan' },
		{ base: '/camp-david-2023', search: '', view: '' },
		{ base: '/my/map?id=k3j2', search: '?id=k3j2&node=japan', view: '?node=japan' },
		{ base: '/my/map?id=k3j2', search: '?node=japan&id=k3j2', view: '?node=japan' },
		{ base: '/my/map?id=k3j2', search: '?id=k3j2', view: '' },
		{
			base: '/my/map?id=k3j2',
			search: '?id=other&id=k3j2&hide=event,concept',
			view: '?hide=event,concept'
		},
		{ base: '/my/map?id=k3j2', search: '?path=a%2Cb', view: '?path=a,b' }
	])('reads $view from $search under $base', ({ base, search, view }) => {
		expect(viewQuery(splitBase(base), search)).toBe(view);
	});
});

describe('addressOf', () => {
	it.each([
		{ base: '/camp-david-2023', view: '?node=japan', address: '/camp-david-2023?node=japan' },
		{ base: '/camp-david-2023', view: '', address: '/camp-david-2023' },
		{ base: '/my/map?id=k3j2', view: '?node=japan', address: '/my/map?id=k3j2&node=japan' },
		{ base: '/my/map?id=k3j2', view: '', address: '/my/map?id=k3j2' },
		{
			base: '/my/map?id=k3j2&lang=en',
			view: '?path=a,b&hide=event',
			address: '/my/map?id=k3j2&lang=en&path=a,b&hide=event'
		},
		{ base: '/my/map?id=a%20b', view: '?node=x', address: '/my/map?id=a+b&node=x' }
	])('writes $view under $base at $address', ({ base, view, address }) => {
		expect(addressOf(splitBase(base), view)).toBe(address);
	});

	it('reads back, through viewQuery, the view it wrote', () => {
		const base = splitBase('/my/map?id=k3j2');
		const address = new URL(addressOf(base, '?focus=japan&depth=2'), 'http://localhost');
		expect(viewQuery(base, address.search)).toBe('?focus=japan&depth=2');
	});
});

describe('carryParams', () => {
	it.each([
		{ query: '?node=japan', from: '?sort=name&q=us', names: ['sort'], to: '?node=japan&sort=name' },
		{ query: '', from: '?sort=name&q=us', names: ['sort', 'q'], to: '?sort=name&q=us' },
		{ query: '?node=japan', from: '?node=china', names: [], to: '?node=japan' },
		{ query: '?node=japan&q=old', from: '', names: ['q'], to: '?node=japan' },
		{
			query: '?hide=event,concept',
			from: '?q=a%2Cb',
			names: ['q'],
			to: '?hide=event,concept&q=a,b'
		}
	])('carries $names of $from into $query', ({ query, from, names, to }) => {
		expect(carryParams(query, from, names)).toBe(to);
	});
});

describe('withParams', () => {
	it.each([
		{
			query: '?node=japan',
			changes: { sort: 'relations-descending' },
			to: '?node=japan&sort=relations-descending'
		},
		{ query: '?node=japan&q=us', changes: { q: 'korea' }, to: '?node=japan&q=korea' },
		{ query: '?node=japan&q=us', changes: { q: '' }, to: '?node=japan' },
		{ query: '?q=us', changes: { q: null }, to: '' }
	] as { query: string; changes: Record<string, string | null>; to: string }[])(
		'sets $changes in $query',
		({ query, changes, to }) => {
			expect(withParams(query, changes)).toBe(to);
		}
	);
});
