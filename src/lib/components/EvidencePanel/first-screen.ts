/**
 * How much of a node's evidence the panel draws with a tap's answer: the sentences and the
 * relations that can show in the panel's visible box (its fold), the rest once that answer
 * has been painted. Where each item starts is estimated from the length of its text, and
 * every measure below is a lower bound of what the panel's styles give (measured on its
 * quotes, in its serif and sans type, at a 16 px root, with a margin): an item is left for
 * later only when it surely starts below the fold, so the first frame looks as the whole
 * panel would.
 */

import type { DatasetEdge, DatasetNode } from '$lib/graph/dataset';
import { bySentence } from '$lib/graph/sentence-groups';
import type { RelationType } from '$lib/graph/vocabulary';

/** The panel's visible box, in CSS pixels at a 16 px root. */
export interface Fold {
	width: number;
	height: number;
}

/** What the estimate reads of a node's evidence. */
export interface EvidenceSizes {
	/** Characters of the summary, and whether the header also has aliases or background. */
	summary: number;
	extras: boolean;
	/** Characters of each sentence the panel quotes whole, in order. */
	sentences: readonly number[];
	/** Each relation, in the panel's order: the characters of each of its passages. */
	relations: readonly (readonly number[])[];
	/** How many relations open each group (a heading of its own), in order. */
	groups: readonly number[];
}

export interface FirstScreen {
	sentences: number;
	relations: number;
}

/** Lower bounds, in CSS pixels at a 16 px root, of the panel's parts (see the module's note). */
export const measures = {
	/** The header without its summary: kind, name, buttons. */
	header: 90,
	/** Aliases or background under the name. */
	extras: 20,
	/** A line of the summary, and of a quote. */
	line: 24,
	/** The narrowest average width of a character. */
	char: 6,
	/** A quote's padding, border and caption around its lines. */
	quote: 48,
	/** The width a quote's lines lose to its border and padding. */
	quoteInset: 30,
	/** A section's heading ("3 passages in the article"). */
	heading: 50,
	/** A group's heading within the relations ("Concerned about (4)"). */
	group: 30,
	/** A relation with one passage, and each further passage. */
	relation: 100,
	morePassage: 40
} as const;

/** Lines that `chars` characters take at least, in a box `width` px wide. */
const lines = (chars: number, width: number) =>
	Math.max(1, Math.ceil((chars * measures.char) / Math.max(width, measures.char)));

export function firstScreen(fold: Fold, sizes: EvidenceSizes): FirstScreen {
	const m = measures;
	let y =
		m.header +
		(sizes.extras ? m.extras : 0) +
		lines(sizes.summary, fold.width) * m.line +
		m.heading;
	let sentences = 0;
	for (const chars of sizes.sentences) {
		if (y >= fold.height) break;
		sentences++;
		y += m.quote + lines(chars, fold.width - m.quoteInset) * m.line;
	}
	let relations = 0;
	if (sentences === sizes.sentences.length) {
		y += m.heading;
		groups: for (const count of sizes.groups) {
			y += m.group;
			for (let k = 0; k < count; k++) {
				if (y >= fold.height) break groups;
				const passages = sizes.relations[relations]?.length ?? 1;
				relations++;
				y += m.relation + Math.max(0, passages - 1) * m.morePassage;
			}
		}
	}
	return { sentences, relations };
}

/** A node's relations as its panel lists them: by kind, the most common kind first. */
export function groupRelations(edges: readonly DatasetEdge[]): [RelationType, DatasetEdge[]][] {
	const byRelation: Partial<Record<RelationType, DatasetEdge[]>> = {};
	for (const edge of edges) (byRelation[edge.relation] ??= []).push(edge);
	return (Object.entries(byRelation) as [RelationType, DatasetEdge[]][]).sort(
		(a, b) => b[1].length - a[1].length
	);
}

/**
 * The sizes of a node's panel: `groups`, its relations grouped as the panel shows them;
 * `editing`, whether edit tools stand under its name.
 */
export function nodeSizes(
	node: DatasetNode,
	groups: readonly (readonly [string, readonly DatasetEdge[]])[],
	editing: boolean
): EvidenceSizes {
	return {
		summary: node.summary.length,
		extras: !!(node.aliases?.length || node.background || node.status === 'draft' || editing),
		sentences: bySentence(node.passages).map(([p]) => p!.context.end - p!.context.start),
		relations: groups.flatMap(([, edges]) =>
			edges.map((e) => e.passages.map((p) => p.end - p.start))
		),
		groups: groups.map(([, edges]) => edges.length)
	};
}
