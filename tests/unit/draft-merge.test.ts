import { describe, expect, it } from 'vitest';
import { draftMap, normaliseText, type DraftInput } from '../../src/lib/draft/index';
import { checkDataset } from '../../src/lib/graph/check';
import type { Graph, GraphNode } from '../../src/lib/graph/schema';

const source = {
	title: 'A test article',
	outlet: 'Test Wire',
	authors: ['A. Writer'],
	published: '2026-01-02',
	url: 'https://example.org/test'
};
const draft = (text: string) => draftMap({ text, source });
const nodes = (text: string) => (draft(text).graph as Graph).nodes;
const actor = (list: GraphNode[], label: string) =>
	list.find((n) => n.type === 'actor' && n.label === label);
const forms = (node: GraphNode | undefined) => [node?.label, ...(node?.aliases ?? [])];
const check = (text: string) =>
	checkDataset({ slug: 't', dir: 't', article: text, graph: JSON.stringify(draft(text).graph) });

describe('draftMap merges the forms a text uses for one actor', () => {
	it.each([
		{
			what: 'capitals and demonyms join their state',
			text: 'Japan said on Monday it would act. Officials in Tokyo were calm, and Japanese diplomats agreed.',
			label: 'Japan',
			kind: 'state',
			expected: ['Tokyo', 'Japanese']
		},
		{
			what: '"U.S.", "US" and "Washington" are the United States',
			text: 'The U.S. warned Iran. Washington has long said so. US troops stay in Iraq, said the United States.',
			label: 'United States',
			kind: 'state',
			expected: ['U.S.', 'US', 'Washington']
		},
		{
			what: 'a title is stripped and a surname joins the full name',
			text: 'President Joe Biden met allies. Later, Biden spoke to reporters, and Mr. Biden left.',
			label: 'Joe Biden',
			kind: 'person',
			expected: ['Biden', 'President Joe Biden', 'Mr. Biden']
		},
		{
			what: 'a short name said first joins the full name said later',
			text: 'Mendoza leads the polls. Julio Mendoza Quispe, a teacher, was elected to Congress in 2021.',
			label: 'Julio Mendoza Quispe',
			kind: 'person',
			expected: ['Mendoza']
		},
		{
			what: 'an acronym in brackets joins the name before it',
			text: 'The National Office of Electoral Processes (ONPE) counted the votes. ONPE said turnout was high.',
			label: 'National Office of Electoral Processes',
			kind: 'government',
			expected: ['ONPE']
		},
		{
			what: 'the first word of an organisation joins it',
			text: 'The Brookings Institution held a debate. Experts at Brookings disagreed.',
			label: 'Brookings Institution',
			kind: 'organization',
			expected: ['Brookings']
		}
	])('$what', ({ text, label, kind, expected }) => {
		const found = actor(nodes(text), label);
		expect(found?.kind).toBe(kind);
		for (const form of expected) expect(forms(found)).toContain(form);
		expect(check(text).ok).toBe(true);
	});

	it('keeps two people with one surname apart, giving the surname to the one named nearest before', () => {
		const list = nodes(
			'Former President Pedro Castillo was removed in 2022. Archbishop Carlos Castillo urged calm. Castillo said the vote must be respected.'
		);
		expect(forms(actor(list, 'Carlos Castillo'))).toContain('Castillo');
		expect(forms(actor(list, 'Pedro Castillo'))).not.toContain('Castillo');
	});

	it('ties a titled person to the state the demonym names, as its leader', () => {
		const graph = draft(
			'South Korean President Yoon Suk Yeol met Japan’s prime minister, Fumio Kishida, in Seoul.'
		).graph as Graph;
		expect(actor(graph.nodes, 'Yoon Suk Yeol')?.kind).toBe('person');
		expect(forms(actor(graph.nodes, 'South Korea'))).toEqual(
			expect.arrayContaining(['South Korean', 'Seoul'])
		);
		expect(graph.edges).toContainEqual(
			expect.objectContaining({ source: 'yoon-suk-yeol', target: 'south-korea', relation: 'leads' })
		);
	});

	it('makes a public of a demonym with "voters" or "public", and a government of "X administration"', () => {
		const list = nodes(
			'Most Kenyan voters backed him. The Biden administration disagreed with Kenyans on trade.'
		);
		expect(actor(list, 'Kenyan public')?.kind).toBe('public');
		expect(forms(actor(list, 'Kenyan public'))).toEqual(
			expect.arrayContaining(['Kenyan voters', 'Kenyans'])
		);
		expect(actor(list, 'Biden administration')?.kind).toBe('government');
	});

	it('does not make actors of months, regions, places or the ordinary words that start sentences', () => {
		const list = nodes(
			'However, on Friday the talks in East Asia ended. Trust is scarce, and trust matters. The summit at Camp David began in New York.'
		);
		expect(list.filter((n) => n.type === 'actor')).toEqual([]);
	});
});

describe('draftMap drafts concerns and relations', () => {
	const text =
		'For South Korea, the existential threat posed by North Korea remains paramount. Russia invaded Ukraine in 2022.';
	const graph = draft(text).graph as Graph;

	it('makes a concern of the noun phrase around a cue word', () => {
		expect(
			graph.nodes.filter((n) => n.type === 'concern').map((n) => n.evidence[0]!.exact)
		).toEqual(['existential threat posed by North Korea']);
	});

	it('relates actors named in one sentence, with the sentence as evidence and a stance from its words', () => {
		const invades = graph.edges.find((e) => e.source === 'russia' && e.target === 'ukraine');
		expect(invades).toMatchObject({ relation: 'invades', stance: 'adversarial', status: 'draft' });
		expect(invades?.evidence[0]?.exact).toBe('Russia invaded Ukraine in 2022.');
	});
});

describe('draftMap on texts without names, and in other scripts', () => {
	it('gives an empty draft with a note when the text names no one', () => {
		const result = draft('it was a quiet day, and nothing much happened anywhere at all.');
		expect((result.graph as Graph).nodes).toEqual([]);
		expect(result.notes).toContain('No names found: start by selecting words in the article.');
	});

	it('says so when the text is empty', () => {
		expect(draft('').notes[0]).toMatch(/empty/);
	});

	it('keeps offsets right around right-to-left text and emoji', () => {
		const text =
			'🇯🇵🎉 שלום עולם 🙂 Japan’s leader met 👩🏽‍💼 Emmanuel Macron in Paris. مرحبا بالعالم ‏ Macron said so.\u202e';
		const result = check(text);
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
		const byLabel = (l: string) => result.dataset.nodes.find((n) => n.label === l)!;
		expect(byLabel('Emmanuel Macron').passages.map((p) => text.slice(p.start, p.end))).toEqual([
			'Emmanuel Macron',
			'Macron'
		]);
		expect(byLabel('Japan').passages.map((p) => text.slice(p.start, p.end))).toEqual(['Japan']);
	});

	it('does not change its input, and normaliseText changes only line endings', () => {
		const input: DraftInput = {
			text: 'Japan met China.',
			source: { ...source, authors: ['A. Writer'] }
		};
		const copy = structuredClone(input);
		draftMap(input);
		expect(input).toEqual(copy);
		expect(normaliseText('a\r\nb\rc\n\u00a0“d”\t')).toBe('a\nb\nc\n\u00a0“d”\t');
	});

	it('leaves a missing outlet, author, date and address out rather than making them up, and says so', () => {
		const result = draftMap({
			text: 'Japan met China.',
			source: { title: '', outlet: '', authors: [], published: '', url: '' }
		});
		for (const field of ['outlet', 'authors', 'published date', 'address'])
			expect(result.notes.join(' ')).toContain(field);
		expect((result.graph as { source: object }).source).toEqual({
			title: 'Japan met China.',
			authors: [],
			blocks: {}
		});
		expect(
			checkDataset({
				slug: 't',
				dir: 't',
				article: 'Japan met China.',
				graph: JSON.stringify(result.graph)
			}).ok
		).toBe(true);
	});
});
