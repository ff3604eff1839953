/**
 * The data format of `graph-data/<slug>/graph.json`, as one valibot schema.
 * TypeScript types are inferred from it; nothing else describes the format.
 */
import * as v from 'valibot';
import {
	actorKinds,
	asserters,
	bases,
	blockRoles,
	elementStatuses,
	nodeTypes,
	relationTypes,
	stances
} from './vocabulary';
import { idPattern } from './id-pattern';

/** A value as it may appear in a message: quoted, and cut short if long. */
const quoted = (input: unknown) => {
	const text = typeof input === 'string' ? JSON.stringify(input) : String(typeof input);
	return text.length > 60 ? `${text.slice(0, 59)}…"` : text;
};

const oneOf = <T extends readonly string[]>(values: T, what: string) =>
	v.picklist(
		values,
		(issue) => `${what} ${quoted(issue.input)} is not one of: ${values.join(', ')}`
	);

const text = (what: string) =>
	v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const id = v.pipe(
	v.string('id must be a string'),
	v.maxLength(80, 'id must be at most 80 characters long'),
	v.regex(
		idPattern,
		'id must be lowercase letters and digits joined by hyphens, like "north-korea"'
	)
);

/** A W3C Web Annotation TextQuoteSelector. */
export const QuoteSchema = v.strictObject({
	exact: v.pipe(
		v.string('exact must be a string'),
		v.check((s) => s.trim() !== '', 'exact must not be empty (spaces alone do not count)')
	),
	prefix: v.optional(v.string('prefix must be a string')),
	suffix: v.optional(v.string('suffix must be a string'))
});

const evidence = v.pipe(
	v.array(QuoteSchema, 'evidence must be a list of quotes'),
	v.minLength(1, 'evidence must hold at least one quote from the article')
);

export const NodeSchema = v.strictObject({
	id,
	label: text('label'),
	type: oneOf(nodeTypes, 'type'),
	kind: v.optional(oneOf(actorKinds, 'kind')),
	aliases: v.optional(v.array(text('alias')), []),
	/** What the article says about the node, and nothing else. */
	summary: text('summary'),
	/**
	 * Outside facts a reader needs (dates, what an institution is), kept apart from the
	 * summary and always shown labelled "Background, not from the article".
	 */
	background: v.optional(text('background')),
	evidence,
	status: v.optional(oneOf(elementStatuses, 'status'))
});

export const AssertionSchema = v.strictObject({
	by: oneOf(asserters, 'assertedBy.by'),
	actor: v.optional(id),
	note: v.optional(text('note'))
});

export const EdgeSchema = v.strictObject({
	id,
	source: id,
	target: id,
	relation: oneOf(relationTypes, 'relation'),
	label: text('label'),
	stance: oneOf(stances, 'stance'),
	assertedBy: AssertionSchema,
	/** `inference`: the curator's reading, not stated by the passages (say why in assertedBy.note). */
	basis: v.optional(oneOf(bases, 'basis'), 'stated'),
	/** Outside facts about the relation, shown labelled "Background, not from the article". */
	background: v.optional(text('background')),
	evidence,
	status: v.optional(oneOf(elementStatuses, 'status'))
});

export const SourceSchema = v.strictObject({
	title: text('title'),
	// An article pasted into the app may come without its outlet, authors, date or address:
	// left out, they are not shown, rather than made up.
	outlet: v.optional(text('outlet')),
	authors: v.optional(v.array(text('author')), []),
	published: v.optional(
		v.pipe(
			v.string('published must be a string'),
			v.isoDate('published must be a date written YYYY-MM-DD')
		)
	),
	/** Shown as a link: only http(s), so a "javascript:" or "data:" address can never run. */
	url: v.optional(
		v.pipe(
			v.string('url must be a string'),
			v.url('url must be a full http(s) address'),
			v.check(
				(s) => /^https?:\/\//i.test(s),
				(issue) =>
					`url must start with http:// or https://, but starts with ${quoted(`${String(issue.input).split(':')[0]}:`)}`
			)
		)
	),
	/** Which blocks of article.txt (1-based, split on blank lines) are not body text. */
	blocks: v.optional(
		v.record(v.pipe(v.string(), v.regex(/^[1-9][0-9]*$/)), oneOf(blockRoles, 'block role')),
		{}
	)
});

export const GraphSchema = v.strictObject({
	source: SourceSchema,
	// A map may start empty: a text that names no one drafts no nodes, and its reader adds them.
	nodes: v.array(NodeSchema, 'nodes must be a list'),
	edges: v.array(EdgeSchema, 'edges must be a list')
});

export type Quote = v.InferOutput<typeof QuoteSchema>;
export type GraphNode = v.InferOutput<typeof NodeSchema>;
export type GraphEdge = v.InferOutput<typeof EdgeSchema>;
export type Assertion = v.InferOutput<typeof AssertionSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Graph = v.InferOutput<typeof GraphSchema>;
