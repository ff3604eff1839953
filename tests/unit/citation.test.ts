import { describe, expect, it } from 'vitest';
import { quotation } from '../../src/lib/graph/citation';
import { loadCampDavid } from './graphs';

const source = {
	title: 'A title',
	outlet: 'The Hill',
	authors: ['Ana Ruiz', 'Li Wei'],
	published: '2023-08-17',
	url: 'https://example.org/a'
};
const body = { exact: 'the existential threat', paragraph: 4, role: 'body' };

describe('quotation', () => {
	it.each([
		{
			name: 'a body passage with every part of the source',
			passage: body,
			from: source,
			text: '“the existential threat” (¶ 4) Ana Ruiz and Li Wei · The Hill, 17 August 2023. https://example.org/a'
		},
		{
			name: 'a caption, no authors and no address',
			passage: { exact: 'Blinken speaks', paragraph: null, role: 'caption' },
			from: { ...source, authors: [], url: undefined },
			text: '“Blinken speaks” (caption) The Hill, 17 August 2023.'
		},
		{
			name: 'a source with nothing but its title',
			passage: body,
			from: { title: 'A title', authors: [] },
			text: '“the existential threat” (¶ 4) A title.'
		}
	])('quotes $name', ({ passage, from, text }) => {
		expect(quotation(passage, from)).toBe(text);
	});

	it('quotes the bundled article’s passages in its own words', () => {
		const dataset = loadCampDavid();
		const passage = dataset.nodes[0]!.passages[0]!;
		const text = quotation(passage, dataset.source);
		expect(text).toContain(`“${dataset.text.slice(passage.start, passage.end)}”`);
		expect(text).toContain(dataset.source.url!);
	});
});
