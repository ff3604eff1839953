import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EdgeSchema, NodeSchema, QuoteSchema } from '../../src/lib/graph/schema';

const node = {
	id: 'north-korea',
	label: 'North Korea',
	type: 'actor',
	kind: 'state',
	aliases: [],
	summary: 'A state.',
	evidence: [{ exact: 'North Korea' }]
};
const edge = {
	id: 'a-threatens-b',
	source: 'a',
	target: 'b',
	relation: 'threatens',
	label: 'threatens',
	stance: 'adversarial',
	assertedBy: { by: 'authors' },
	evidence: [{ exact: 'x' }]
};

const messages = (schema: v.GenericSchema, input: unknown) =>
	v.safeParse(schema, input).issues?.map((i) => i.message) ?? [];

describe('NodeSchema', () => {
	it.each([
		{ change: {}, errors: [] },
		{ change: { aliases: undefined }, errors: [] },
		{ change: { id: 'North Korea' }, errors: [/lowercase letters and digits joined by hyphens/] },
		{ change: { type: 'country' }, errors: [/type "country" is not one of: actor, alliance/] },
		{ change: { kind: 'tribe' }, errors: [/kind "tribe" is not one of: state, government/] },
		{ change: { label: '   ' }, errors: [/label must not be empty/] },
		{ change: { summary: 3 }, errors: [/summary must be a string/] },
		{ change: { evidence: [] }, errors: [/at least one quote/] },
		{ change: { evidence: [{ exact: '' }] }, errors: [/exact must not be empty/] },
		{ change: { colour: 'red' }, errors: [/Invalid key/] },
		{ change: { type: 'relationship' }, errors: [] },
		{ change: { background: 'Founded in 1948.' }, errors: [] },
		{ change: { background: ' ' }, errors: [/background must not be empty/] },
		{ change: { status: 'draft' }, errors: [] },
		{ change: { status: 'confirmed' }, errors: [] },
		{ change: { status: 'guess' }, errors: [/status "guess" is not one of: draft, confirmed/] }
	])('with $change gives $errors', ({ change, errors }) => {
		const found = messages(NodeSchema, { ...node, ...change });
		expect(found).toHaveLength(errors.length);
		errors.forEach((e, i) => expect(found[i]).toMatch(e));
	});

	it('leaves status out when the element is confirmed by default', () => {
		expect(v.parse(NodeSchema, node).status).toBeUndefined();
	});

	it('defaults aliases to an empty list', () => {
		const { aliases: _, ...rest } = node;
		expect(v.parse(NodeSchema, rest).aliases).toEqual([]);
	});
});

describe('EdgeSchema', () => {
	it.each([
		{ change: {}, errors: [] },
		{ change: { relation: 'hates' }, errors: [/relation "hates" is not one of/] },
		{ change: { stance: 'hostile' }, errors: [/stance "hostile" is not one of: cooperative/] },
		{ change: { assertedBy: { by: 'rumour' } }, errors: [/assertedBy.by "rumour" is not one of/] },
		{ change: { assertedBy: { by: 'actor', actor: 'rahm-emanuel' } }, errors: [] },
		{ change: { assertedBy: { by: 'caption' } }, errors: [] },
		{ change: { assertedBy: { by: 'headline' } }, errors: [] },
		{ change: { basis: 'inference' }, errors: [] },
		{ change: { basis: 'hunch' }, errors: [/basis "hunch" is not one of: stated, inference/] },
		{ change: { background: 'Signed in 1953.' }, errors: [] },
		{ change: { background: '' }, errors: [/background must not be empty/] },
		{ change: { status: 'draft' }, errors: [] },
		{ change: { status: 'maybe' }, errors: [/status "maybe" is not one of: draft, confirmed/] }
	])('with $change gives $errors', ({ change, errors }) => {
		const found = messages(EdgeSchema, { ...edge, ...change });
		expect(found).toHaveLength(errors.length);
		errors.forEach((e, i) => expect(found[i]).toMatch(e));
	});
});

describe('EdgeSchema defaults', () => {
	it('reads an edge without "basis" as stated', () => {
		expect(v.parse(EdgeSchema, edge).basis).toBe('stated');
	});
});

describe('QuoteSchema', () => {
	it.each([
		{ quote: { exact: 'a' }, ok: true },
		{ quote: { exact: 'a', prefix: 'b', suffix: 'c' }, ok: true },
		{ quote: { exact: 'a', start: 3 }, ok: false },
		{ quote: { prefix: 'b' }, ok: false }
	])('accepts $quote: $ok', ({ quote, ok }) => {
		expect(v.safeParse(QuoteSchema, quote).success).toBe(ok);
	});
});
