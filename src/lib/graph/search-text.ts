/**
 * Finding what people type in the article's own words: the passages that contain it, and the
 * nodes and relations they support, each with the matching words in context. It answers after
 * the names (searchNodes), for words the article uses that no name or alias holds
 * ("Washington", "deterrence").
 */
import type { Dataset, ElementRef, Passage } from './dataset';
import { foldWithOffsets, type Folded } from './fold-offsets';
import { fold } from './search';

export interface TextMatch {
	ref: ElementRef;
	passage: Passage;
	/** The passage's words around the match, as in the article. */
	before: string;
	match: string;
	after: string;
}

/** How much of the passage is shown either side of the match, about. */
const around = 36;

/** Every passage of every element, folded once per dataset: a search folds only the query. */
const folded = new WeakMap<Dataset, { ref: ElementRef; passage: Passage; folded: Folded }[]>();

function passagesOf(dataset: Dataset) {
	let list = folded.get(dataset);
	if (!list) {
		list = [
			...dataset.nodes.map((n) => ({ ref: { kind: 'node', id: n.id } as const, el: n })),
			...dataset.edges.map((e) => ({ ref: { kind: 'edge', id: e.id } as const, el: e }))
		].flatMap(({ ref, el }) =>
			el.passages.map((passage) => ({ ref, passage, folded: foldWithOffsets(passage.exact) }))
		);
		folded.set(dataset, list);
	}
	return list;
}

/** The shown part of a passage either side of [start, end), cut at a word. */
function context(exact: string, start: number, end: number) {
	let from = Math.max(0, start - around);
	let to = Math.min(exact.length, end + around);
	if (from > 0) from = exact.indexOf(' ', from) + 1 || from;
	if (to < exact.length) to = exact.lastIndexOf(' ', to) > end ? exact.lastIndexOf(' ', to) : to;
	return {
		before: `${from > 0 ? '…' : ''}${exact.slice(from, start)}`,
		match: exact.slice(start, end),
		after: `${exact.slice(end, to)}${to < exact.length ? '…' : ''}`
	};
}

/**
 * Elements whose passages contain `query` (case- and accent-insensitive, at least two
 * characters), one match each, leaving out `except` (those the names already found). Matches
 * at the start of a word come first, then the dataset's order: nodes, then relations.
 */
export function searchText(
	dataset: Dataset,
	query: string,
	except: ReadonlySet<string> = new Set(),
	limit = 6
): TextMatch[] {
	const q = fold(query.trim());
	if (q.length < 2) return [];
	const best = new Map<string, { score: number; match: TextMatch }>();
	passagesOf(dataset).forEach(({ ref, passage, folded: f }, order) => {
		const key = `${ref.kind}:${ref.id}`;
		if (except.has(ref.id)) return;
		const at = f.text.indexOf(q);
		if (at === -1) return;
		const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(f.text[at - 1]!);
		const score = (wordStart ? 0 : 1) * 1e9 + order;
		if ((best.get(key)?.score ?? Infinity) <= score) return;
		const start = f.from[at]!;
		const end = f.from[at + q.length - 1]! + 1;
		best.set(key, { score, match: { ref, passage, ...context(passage.exact, start, end) } });
	});
	return [...best.values()]
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((b) => b.match);
}
