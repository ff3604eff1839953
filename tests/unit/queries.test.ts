import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/graph/dataset';
import {
	elementsAt,
	indexGraph,
	neighbourhood,
	otherEnd,
	segmentText,
	shortestPath,
	type ElementRef,
	type GraphIndex,
	type Segment
} from '../../src/lib/graph/queries';
import { fold, searchNodes } from '../../src/lib/graph/search';
import { edge, graph, loadCampDavid, loadValid, node } from './graphs';

const valid = loadValid();
const validIndex = indexGraph(valid);
const real = loadCampDavid();
const realIndex = indexGraph(real);

const ids = <T extends { id: string }>(items: Iterable<T>) => [...items].map((x) => x.id);
const sorted = (set: Set<string>) => [...set].sort();
const n = (id: string): ElementRef => ({ kind: 'node', id });
const e = (id: string): ElementRef => ({ kind: 'edge', id });

describe('indexGraph', () => {
	it('maps every node and edge by its id', () => {
		expect([...validIndex.nodes.keys()]).toEqual(['alpha', 'beta', 'gamma-missiles']);
		expect([...validIndex.edges.keys()]).toEqual(['alpha-allied-beta', 'alpha-worried']);
		expect(validIndex.nodes.get('beta')).toBe(valid.nodes[1]);
		expect(validIndex.edges.get('alpha-worried')).toBe(valid.edges[1]);
	});

	it.each([
		{ id: 'alpha', incident: ['alpha-allied-beta', 'alpha-worried'] },
		{ id: 'beta', incident: ['alpha-allied-beta'] },
		{ id: 'gamma-missiles', incident: ['alpha-worried'] }
	])('lists the edges touching $id in dataset order', ({ id, incident }) => {
		expect(ids(validIndex.incident.get(id)!)).toEqual(incident);
	});

	it('gives a node without edges an empty list', () => {
		const index = indexGraph(graph(['a', 'b', 'lonely'], ['a-b']));
		expect(index.incident.get('lonely')).toEqual([]);
	});

	it('lists a self-loop once at its node', () => {
		const index = indexGraph(graph(['a', 'b'], ['a-a', 'a-b']));
		expect(ids(index.incident.get('a')!)).toEqual(['a-a', 'a-b']);
	});

	it('has an incident list for every node of the real dataset, each edge at both ends', () => {
		expect(realIndex.incident.size).toBe(real.nodes.length);
		for (const edge of real.edges) {
			expect(realIndex.incident.get(edge.source)).toContain(edge);
			expect(realIndex.incident.get(edge.target)).toContain(edge);
		}
		const listed = [...realIndex.incident.values()].reduce((sum, list) => sum + list.length, 0);
		expect(listed).toBe(2 * real.edges.length);
	});

	it('does not mutate its input', () => {
		const input = graph(['a', 'b', 'c'], ['a-b', 'b-c']);
		const before = structuredClone(input);
		indexGraph(Object.freeze(input));
		expect(input).toEqual(before);
	});
});

describe('otherEnd', () => {
	const pact = validIndex.edges.get('alpha-allied-beta')!;
	it.each([
		{ from: 'alpha', expected: 'beta' },
		{ from: 'beta', expected: 'alpha' }
	])('gives $expected as the other end of alpha–beta from $from', ({ from, expected }) => {
		expect(otherEnd(pact, from)).toBe(expected);
	});

	it('gives the node itself for a self-loop', () => {
		expect(otherEnd(edge('a', 'a'), 'a')).toBe('a');
	});
});

describe('neighbourhood', () => {
	it.each([
		{ id: 'beta', depth: 1, nodes: ['alpha', 'beta'], edges: ['alpha-allied-beta'] },
		{
			id: 'beta',
			depth: 2,
			nodes: ['alpha', 'beta', 'gamma-missiles'],
			edges: ['alpha-allied-beta', 'alpha-worried']
		},
		{
			id: 'alpha',
			depth: 1,
			nodes: ['alpha', 'beta', 'gamma-missiles'],
			edges: ['alpha-allied-beta', 'alpha-worried']
		},
		{ id: 'gamma-missiles', depth: 0, nodes: ['gamma-missiles'], edges: [] }
	])('holds $nodes within $depth step(s) of $id', ({ id, depth, nodes, edges }) => {
		const result = neighbourhood(validIndex, id, depth);
		expect(sorted(result.nodes)).toEqual(nodes);
		expect(sorted(result.edges)).toEqual(edges);
	});

	it('follows edges against their direction', () => {
		// gamma-missiles is only ever a target.
		expect(sorted(neighbourhood(validIndex, 'gamma-missiles', 1).nodes)).toEqual([
			'alpha',
			'gamma-missiles'
		]);
	});

	it('stops at the given depth: the chain a–b–c–d seen from b at depth 1 leaves out c–d', () => {
		const index = indexGraph(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d']));
		const result = neighbourhood(index, 'b', 1);
		expect(sorted(result.nodes)).toEqual(['a', 'b', 'c']);
		expect(sorted(result.edges)).toEqual(['a-b', 'b-c']);
	});

	it('includes an edge between two neighbours at depth 1', () => {
		const index = indexGraph(graph(['a', 'b', 'c', 'd'], ['a-b', 'a-c', 'b-c', 'c-d']));
		const result = neighbourhood(index, 'a', 1);
		expect(sorted(result.nodes)).toEqual(['a', 'b', 'c']);
		expect(sorted(result.edges)).toEqual(['a-b', 'a-c', 'b-c']);
	});

	it('includes an edge between two nodes at depth 2', () => {
		const index = indexGraph(
			graph(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'a-c', 'b-d', 'c-e', 'd-e', 'e-f'])
		);
		const result = neighbourhood(index, 'a', 2);
		expect(sorted(result.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(sorted(result.edges)).toEqual(['a-b', 'a-c', 'b-d', 'c-e', 'd-e']);
	});

	it.each([1, 2])(
		'at depth %i in the real dataset, holds exactly the edges among its nodes',
		(depth) => {
			for (const { id } of real.nodes) {
				const result = neighbourhood(realIndex, id, depth);
				const among = real.edges.filter(
					(x) => result.nodes.has(x.source) && result.nodes.has(x.target)
				);
				expect(sorted(result.edges), id).toEqual(ids(among).sort());
			}
		}
	);

	it('at depth 1 holds the node and exactly the other ends of its edges', () => {
		for (const { id } of real.nodes) {
			const others = realIndex.incident.get(id)!.map((x) => otherEnd(x, id));
			expect(sorted(neighbourhood(realIndex, id, 1).nodes)).toEqual(
				[...new Set([id, ...others])].sort()
			);
		}
	});

	it('does not mutate the index', () => {
		const index = indexGraph(graph(['a', 'b', 'c'], ['a-b', 'b-c']));
		const before = structuredClone(index);
		neighbourhood(index, 'a', 2);
		expect(index).toEqual(before);
	});
});

describe('shortestPath', () => {
	const steps = (index: GraphIndex, from: string, to: string) =>
		shortestPath(index, from, to)?.map((s) => ({ edge: s.edge.id, from: s.from, to: s.to })) ??
		null;

	it('returns [] from a node to itself', () => {
		expect(shortestPath(validIndex, 'alpha', 'alpha')).toEqual([]);
	});

	it('returns one step along an edge in its direction', () => {
		expect(steps(validIndex, 'alpha', 'beta')).toEqual([
			{ edge: 'alpha-allied-beta', from: 'alpha', to: 'beta' }
		]);
	});

	it('gives each step the direction travelled when an edge is followed backwards', () => {
		// Both edges point away from alpha, so the first step runs against its edge.
		expect(steps(validIndex, 'beta', 'gamma-missiles')).toEqual([
			{ edge: 'alpha-allied-beta', from: 'beta', to: 'alpha' },
			{ edge: 'alpha-worried', from: 'alpha', to: 'gamma-missiles' }
		]);
	});

	it.each([
		{ from: 'alpha', to: 'delta' },
		{ from: 'delta', to: 'alpha' },
		{ from: 'delta', to: 'delta' }
	])('returns null from $from to $to, an unknown id', ({ from, to }) => {
		expect(shortestPath(validIndex, from, to)).toBeNull();
	});

	it('returns null when the two nodes are not connected', () => {
		const index = indexGraph(graph(['a', 'b', 'c', 'd'], ['a-b', 'c-d']));
		expect(shortestPath(index, 'a', 'd')).toBeNull();
	});

	it.each([
		{ pairs: ['a-b', 'a-c', 'b-d', 'c-d'], via: 'b' },
		{ pairs: ['a-c', 'a-b', 'c-d', 'b-d'], via: 'c' }
	])('breaks a tie by dataset order: $pairs goes via $via', ({ pairs, via }) => {
		const index = indexGraph(graph(['a', 'b', 'c', 'd'], pairs));
		const path = steps(index, 'a', 'd');
		expect(path?.map((s) => s.to)).toEqual([via, 'd']);
		expect(steps(index, 'a', 'd')).toEqual(path);
	});

	it.each([
		{ from: 'vladimir-putin', to: 'trust' },
		{ from: 'the-hill', to: 'forced-labor-deal' },
		{ from: 'ukraine', to: 'digital-diplomacy' },
		{ from: 'shared-values', to: 'korean-peninsula-division' }
	])(
		'in the real dataset, goes from $from to $to by a chain of edges of least length',
		({ from, to }) => {
			const path = shortestPath(realIndex, from, to)!;
			expect(path).not.toBeNull();
			let at = from;
			for (const step of path) {
				expect(step.from).toBe(at);
				expect([step.edge.source, step.edge.target].sort()).toEqual([step.from, step.to].sort());
				at = step.to;
			}
			expect(at).toBe(to);
			let distance = 0;
			while (!neighbourhood(realIndex, from, distance).nodes.has(to)) distance++;
			expect(path).toHaveLength(distance);
		}
	);
});

describe('segmentText', () => {
	const described = (segments: Segment[]) =>
		segments.map((s) => [valid.text.slice(s.start, s.end), s.elements]);

	it('cuts a paragraph at every passage boundary, each segment with the elements covering it', () => {
		const block = valid.blocks[1]!;
		expect(described(segmentText(valid, block.start, block.end))).toEqual([
			['Alpha', [n('alpha')]],
			[' and Beta ', []],
			['signed a “lasting” pact', [e('alpha-allied-beta')]],
			['. ', []],
			['Gamma’s ', [n('gamma-missiles')]],
			['missiles worry Alpha', [n('gamma-missiles'), e('alpha-worried')]],
			['.', [n('gamma-missiles')]],
			['\u00a0', []],
			['Beta worries too.', [n('beta')]]
		]);
	});

	it('clips passages that cross the ends of the range', () => {
		// [62, 70) starts inside "Gamma’s" and ends inside "missiles".
		expect(described(segmentText(valid, 62, 70))).toEqual([
			['ma’s ', [n('gamma-missiles')]],
			['mis', [n('gamma-missiles'), e('alpha-worried')]]
		]);
	});

	it('returns one bare segment for a range no passage touches', () => {
		const headline = valid.blocks[0]!;
		expect(segmentText(valid, headline.start, headline.end)).toEqual([
			{ start: 0, end: 17, elements: [] }
		]);
	});

	it('returns no segments for an empty range', () => {
		expect(segmentText(valid, 30, 30)).toEqual([]);
	});

	it('lists an element once where two of its passages overlap', () => {
		const dataset = {
			nodes: [
				node('x', {
					passages: [
						[0, 10],
						[5, 15]
					]
				})
			],
			edges: []
		};
		expect(segmentText(dataset, 0, 20)).toEqual([
			{ start: 0, end: 5, elements: [n('x')] },
			{ start: 5, end: 10, elements: [n('x')] },
			{ start: 10, end: 15, elements: [n('x')] },
			{ start: 15, end: 20, elements: [] }
		]);
	});

	describe('on the real dataset', () => {
		const ranges = [
			{ name: 'the whole article', start: 0, end: real.text.length },
			...real.blocks.map((b) => ({ name: `block ${b.index}`, start: b.start, end: b.end }))
		];
		const passages = [
			...real.nodes.flatMap((x) => x.passages.map((p) => ({ ref: n(x.id), p }))),
			...real.edges.flatMap((x) => x.passages.map((p) => ({ ref: e(x.id), p })))
		];

		it.each(ranges)('tiles $name exactly, with no gaps and no empty segments', ({ start, end }) => {
			const segments = segmentText(real, start, end);
			expect(segments[0]!.start).toBe(start);
			expect(segments.at(-1)!.end).toBe(end);
			segments.forEach((s, i) => {
				expect(s.end).toBeGreaterThan(s.start);
				if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
			});
		});

		it.each(ranges)('cuts $name at every passage boundary inside it', ({ start, end }) => {
			const cuts = new Set(segmentText(real, start, end).flatMap((s) => [s.start, s.end]));
			for (const { p } of passages) {
				if (p.start > start && p.start < end) expect(cuts).toContain(p.start);
				if (p.end > start && p.end < end) expect(cuts).toContain(p.end);
			}
		});

		it.each(ranges)(
			'gives each segment of $name exactly the elements whose passages cover it, nodes first, in dataset order',
			({ start, end }) => {
				for (const s of segmentText(real, start, end)) {
					const covering = passages
						.filter(({ p }) => p.start <= s.start && p.end >= s.end)
						.map(({ ref }) => ref);
					const unique = covering.filter(
						(ref, i) => covering.findIndex((r) => r.kind === ref.kind && r.id === ref.id) === i
					);
					expect(s.elements).toEqual(unique);
					// No passage merely overlaps a segment: it covers it or misses it.
					for (const { p } of passages) {
						const overlaps = p.start < s.end && p.end > s.start;
						const covers = p.start <= s.start && p.end >= s.end;
						expect(overlaps).toBe(covers);
					}
				}
			}
		);
	});

	it('does not mutate its input', () => {
		const before = structuredClone(valid);
		segmentText(Object.freeze(valid) as Dataset, 0, valid.text.length);
		expect(valid).toEqual(before);
	});
});

describe('elementsAt', () => {
	it.each([
		{ start: 70, end: 75, expected: [n('gamma-missiles'), e('alpha-worried')] },
		{ start: 23, end: 35, expected: [n('alpha'), e('alpha-allied-beta')] },
		{ start: 24, end: 34, expected: [] },
		{ start: 0, end: 17, expected: [] }
	])('finds $expected in [$start, $end)', ({ start, end, expected }) => {
		expect(elementsAt(valid, start, end)).toEqual(expected);
	});

	it('lists every element of the article once, in the order each first appears', () => {
		expect(elementsAt(valid, 0, valid.text.length)).toEqual([
			n('alpha'),
			e('alpha-allied-beta'),
			n('gamma-missiles'),
			e('alpha-worried'),
			n('beta')
		]);
	});

	it('does not count a passage that ends where the range begins', () => {
		// alpha's passage is [19, 24).
		expect(elementsAt(valid, 24, 30)).toEqual([]);
		expect(elementsAt(valid, 23, 30)).toEqual([n('alpha')]);
	});

	it('finds every element of the real dataset somewhere in the article', () => {
		expect(elementsAt(real, 0, real.text.length)).toHaveLength(
			real.nodes.length + real.edges.length
		);
	});
});

describe('searchNodes', () => {
	const search = (nodes: Parameters<typeof searchNodes>[0], query: string, limit?: number) =>
		ids(searchNodes(nodes, query, limit));

	it.each([
		{ query: 'tokyo', expected: ['japan'] },
		{
			query: 'Seoul',
			expected: ['south-korea', 'seoul-balancing-reluctance', 'south-korean-nuclear-weapon']
		},
		{ query: 'putin', expected: ['putin-nuclear-brinkmanship', 'vladimir-putin'] },
		{
			query: 'china',
			expected: [
				'china',
				'china-russia-partnership',
				'china-assertiveness',
				'seoul-balancing-reluctance'
			]
		},
		{ query: "putin's nuclear", expected: ['putin-nuclear-brinkmanship'] },
		{ query: '"all politics', expected: ['all-politics-is-personal'] },
		{ query: 'brinkmanship', expected: ['putin-nuclear-brinkmanship'] },
		{ query: 'zanzibar', expected: [] }
	])('finds $expected for "$query" in the real dataset', ({ query, expected }) => {
		expect(search(real.nodes, query)).toEqual(expected);
	});

	it.each([
		{ query: 'tok', expected: ['japan'], why: 'an alias' },
		{ query: 'jap', expected: ['japan'], why: 'the label' },
		{ query: 'SOCIÉTÉ', expected: ['societe'], why: 'case and accents folded' },
		{ query: 'societe generale', expected: ['societe'], why: 'accents folded in the label' },
		{ query: 'gamma’s', expected: ['gamma'], why: 'a curly apostrophe matching a straight one' },
		{ query: "gamma's", expected: ['gamma'], why: 'a straight apostrophe matching a curly one' },
		{ query: '“all', expected: ['quote'], why: 'curly double quotes matching straight ones' },
		{ query: '  jap  ', expected: ['japan'], why: 'surrounding spaces ignored' }
	])('matches "$query" by $why', ({ query, expected }) => {
		const nodes = [
			node('japan', { label: 'Japan', aliases: ['Tokyo'] }),
			node('societe', { label: 'Société Générale' }),
			node('gamma', { label: "Gamma's missiles" }),
			node('quote', { label: '"All politics is personal"' })
		];
		expect(search(nodes, query)).toEqual(expected);
	});

	it.each(['', '   '])('returns nothing for the empty query "%s"', (query) => {
		expect(search(real.nodes, query)).toEqual([]);
	});

	it('ranks a prefix match before a word-start match before a mid-word match', () => {
		const nodes = [
			node('smart', { label: 'Smart' }),
			node('modern-art', { label: 'Modern art' }),
			node('artillery', { label: 'Artillery' })
		];
		expect(search(nodes, 'art')).toEqual(['artillery', 'modern-art', 'smart']);
	});

	it.each(['Pop-art', 'Op–art', 'Fine (art)', 'The “art” deal', "Folk 'art'", 'Fine art'])(
		'counts "art" in "%s" as a word-start match',
		(label) => {
			const nodes = [
				node('smart', { label: 'Smart' }),
				node('word', { label }),
				node('artillery', { label: 'Artillery' })
			];
			expect(search(nodes, 'art')).toEqual(['artillery', 'word', 'smart']);
		}
	);

	it('ranks a node by its best-matching name, label or alias', () => {
		const nodes = [
			node('kingdom', { label: 'United Kingdom' }),
			node('uk', { label: 'Britain', aliases: ['Her Majesty’s Government', 'Kingdom of Britain'] })
		];
		// "Kingdom of Britain" is a prefix match, better than the word-start in "United Kingdom".
		expect(search(nodes, 'kingdom')).toEqual(['uk', 'kingdom']);
	});

	it('counts a word-start match later in a name even when the first occurrence is mid-word', () => {
		const nodes = [
			node('gallery', { label: 'Modern art gallery' }),
			node('smart-art', { label: 'Smart art' })
		];
		// Both names have a word starting with "art"; the shorter name comes first.
		expect(search(nodes, 'art')).toEqual(['smart-art', 'gallery']);
	});

	it('ranks shorter names first within a kind of match, then keeps dataset order', () => {
		const nodes = [
			node('long', { label: 'Trust fund' }),
			node('first', { label: 'Trusts' }),
			node('short', { label: 'Trust' }),
			node('second', { label: 'Trusty' })
		];
		expect(search(nodes, 'trust')).toEqual(['short', 'first', 'second', 'long']);
	});

	it.each([
		{ limit: undefined, count: 8 },
		{ limit: 3, count: 3 },
		{ limit: 1, count: 1 }
	])('returns at most $count results with limit $limit, the best ones', ({ limit, count }) => {
		const all = search(real.nodes, 'a', 1000);
		expect(all.length).toBeGreaterThan(8);
		expect(search(real.nodes, 'a', limit)).toEqual(all.slice(0, count));
	});

	it('does not mutate its input', () => {
		const nodes = Object.freeze([...real.nodes]);
		searchNodes(nodes, 'korea');
		expect(ids(nodes)).toEqual(ids(real.nodes));
	});
});

describe('fold', () => {
	it.each([
		{ input: 'North Korea', expected: 'north korea' },
		{ input: 'Gamma’s', expected: "gamma's" },
		{ input: '‘quoted’', expected: "'quoted'" },
		{ input: '“All politics is personal”', expected: '"all politics is personal"' },
		{ input: 'Société Générale', expected: 'societe generale' },
		{ input: 'ÅNGSTRÖM', expected: 'angstrom' },
		{ input: 'U.S.–Japan', expected: 'us–japan' },
		{ input: 'Ph.D.', expected: 'phd' },
		{ input: 'Aug. 18', expected: 'aug. 18' }
	])('folds "$input" to "$expected"', ({ input, expected }) => {
		expect(fold(input)).toBe(expected);
	});
});

describe('searchNodes by words', () => {
	const nodes = loadCampDavid().nodes;
	it.each([
		{ query: '2024 election', first: 'us-election-2024' },
		{ query: 'nuclear credib', first: 'nuclear-guarantee-credibility' },
		{ query: 'korea nuclear', first: 'north-korea-nuclear-program' }
	])('finds "$query" when its words start words of a name, in any order', ({ query, first }) => {
		expect(searchNodes(nodes, query)[0]?.id).toBe(first);
	});

	it('ranks a whole-phrase match before a words match', () => {
		const ids = searchNodes(nodes, 'south korea').map((n) => n.id);
		expect(ids[0]).toBe('south-korea');
	});
});
