/**
 * A dataset back in the repository's own `graph.json` format: what curators
 * write and what `checkDataset` reads, so an export can become a dataset again.
 *
 * The checked Dataset keeps each passage's offsets, not the selector it was
 * written with, so each quote is rebuilt from its offsets (see selector.ts):
 * the bare passage, or the shortest prefix/suffix that makes it unique. That
 * resolves to the same offsets, hence the same dataset, without widening the
 * Dataset type that every view shares.
 */
import type { InferInput } from 'valibot';
import type { Dataset, Passage } from '../dataset';
import type { GraphSchema } from '../schema';
import { selectorFor } from './selector';

/** The file format, as written (before the schema fills in defaults). */
export type GraphFile = InferInput<typeof GraphSchema>;

export function toGraph(dataset: Dataset): GraphFile {
	const { title, outlet, authors, published, url } = dataset.source;
	const evidence = (passages: readonly Passage[]) =>
		passages.map((p) => selectorFor(dataset.text, p.start, p.end));
	// Block roles come back from the blocks themselves: a block that is not body text was named.
	const roles = dataset.blocks.filter((b) => b.role !== 'body');
	return {
		source: {
			title,
			outlet,
			authors: [...authors],
			published,
			url,
			...(roles.length
				? { blocks: Object.fromEntries(roles.map((b) => [String(b.index), b.role])) }
				: {})
		},
		nodes: dataset.nodes.map((n) => ({
			id: n.id,
			label: n.label,
			type: n.type,
			...(n.kind ? { kind: n.kind } : {}),
			...(n.aliases.length ? { aliases: [...n.aliases] } : {}),
			summary: n.summary,
			...(n.background ? { background: n.background } : {}),
			evidence: evidence(n.passages),
			...(n.status ? { status: n.status } : {})
		})),
		edges: dataset.edges.map((e) => ({
			id: e.id,
			source: e.source,
			target: e.target,
			relation: e.relation,
			label: e.label,
			stance: e.stance,
			assertedBy: {
				by: e.assertedBy.by,
				...(e.assertedBy.actor ? { actor: e.assertedBy.actor } : {}),
				...(e.assertedBy.note ? { note: e.assertedBy.note } : {})
			},
			// "stated" is the default, so only an inference is written.
			...(e.basis === 'inference' ? { basis: e.basis } : {}),
			...(e.background ? { background: e.background } : {}),
			evidence: evidence(e.passages),
			...(e.status ? { status: e.status } : {})
		}))
	};
}

/** `graph.json` text, formatted as the repository's files are (tabs, final newline). */
export function toGraphJson(dataset: Dataset): string {
	return `${JSON.stringify(toGraph(dataset), null, '\t')}\n`;
}
