/**
 * Drafting a map from an article: the actors it names (merged across the
 * forms it uses), the concerns its cue words point at, and relations between
 * actors named together, each with the article's exact words as evidence.
 * Framework-free: it runs in Node tests and in a Web Worker alike.
 */
import { isByline, splitBlocks, type Block } from '../graph/text';
import type { BlockRole } from '../graph/vocabulary';
import { findConcerns } from './concerns';
import { mergeActors } from './entities';
import { buildElements } from './graph';
import { findMentions } from './mentions';
import { splitSentences, type Sentence } from './sentences';

export interface DraftSource {
	title: string;
	outlet: string;
	authors: string[];
	published: string;
	url: string;
	/** Blocks (1-based, split on blank lines) that are not body text, as graph.json's source.blocks. */
	blocks?: Record<string, BlockRole>;
}

/** The article, its line endings already normalised (see normaliseText). */
export interface DraftInput {
	text: string;
	source: DraftSource;
}

export interface DraftResult {
	/** A graph.json object; every node and edge has "status": "draft". */
	graph: unknown;
	stats: {
		actors: number;
		concerns: number;
		relations: number;
		passages: number;
		sentences: number;
		ms: number;
	};
	/** Plain-English remarks for the page. */
	notes: string[];
}

export { normaliseText } from './normalise';

export function draftMap(input: DraftInput): DraftResult {
	const began = performance.now();
	const { text } = input;
	const notes: string[] = [];
	const source = completeSource(input.source, text, notes);
	const blocks = splitBlocks(text, source.blocks);
	const sentences = splitSentences(text, blocks);
	const headings = new Set(blocks.filter((b) => isTitleCase(text, b)).map((b) => b.index));
	// A byline names who wrote the article (its voice), not who acts in it. (An author's note
	// that says who they are, "X is a fellow at Y", stays: an op-ed's authors argue in it.)
	const bylines = new Set(blocks.filter((b) => isByline(text, b)).map((b) => b.index));
	const told = (find: { sentence: number }) => !bylines.has(sentences[find.sentence]!.block.index);
	const mentions = findMentions(text, sentences, (s: Sentence) =>
		headings.has(s.block.index)
	).filter(told);
	const actors = mergeActors(text, mentions);
	const concerns = findConcerns(text, sentences).filter(told);
	const { nodes, edges, repeats } = buildElements(text, sentences, actors, concerns);

	const concernCount = nodes.filter((n) => n.type === 'concern').length;
	if (actors.length === 0) {
		notes.push(
			text.trim() === ''
				? 'The text is empty: paste or open an article first.'
				: 'No names found: start by selecting words in the article.'
		);
	} else {
		notes.push(
			`Drafted ${actors.length} actor${actors.length === 1 ? '' : 's'}, ${concernCount} concern${concernCount === 1 ? '' : 's'} and ${edges.length} relation${edges.length === 1 ? '' : 's'}: each is a guess marked “draft” until you confirm it.`
		);
	}
	if (repeats > 0) {
		notes.push(
			`${repeats} passage${repeats === 1 ? '' : 's'} left out: the same words stand elsewhere in the text (was a paragraph pasted twice?).`
		);
	}
	if (!/[a-z]/i.test(text.replace(/[^\p{Script=Latin}]/gu, '')) && text.trim() !== '') {
		notes.push('Names are found in English text; in other scripts, select them by hand.');
	}
	const passages = [...nodes, ...edges].reduce((sum, e) => sum + e.evidence.length, 0);
	return {
		graph: { source, nodes, edges },
		stats: {
			actors: actors.length,
			concerns: concernCount,
			relations: edges.length,
			passages,
			sentences: sentences.length,
			ms: Math.round(performance.now() - began)
		},
		notes
	};
}

/**
 * A headline in title case ("Army Seizes Power in Niger") capitalises
 * ordinary words: its names count only where the body confirms them.
 */
function isTitleCase(text: string, block: Block): boolean {
	const body = text.slice(block.start, block.end);
	if (/[.!?]["”’]?$/.test(body) || body.length > 200 || /^By\s/.test(body)) return false;
	const long = body.match(/\p{L}{4,}/gu) ?? [];
	const capital = long.filter((w) => /^\p{Lu}/u.test(w));
	return long.length >= 5 && capital.length / long.length >= 0.6;
}

/**
 * The source as given, with a title taken from the text when none is: a missing outlet, author,
 * date or address is left out (graph.json allows that) rather than made up, and a note says so.
 */
function completeSource(
	given: Partial<DraftSource>,
	text: string,
	notes: string[]
): Partial<DraftSource> & { title: string; authors: string[]; blocks: Record<string, BlockRole> } {
	const firstLine = text.trim().split('\n')[0]?.trim().slice(0, 120) ?? '';
	const blocks = given.blocks ?? guessBlocks(text);
	const givenAuthors = (given.authors ?? []).map((a) => a.trim()).filter(Boolean);
	const authors = givenAuthors.length ? givenAuthors : bylineAuthors(text, blocks);
	if (!givenAuthors.length && authors.length)
		notes.push(`Authors taken from the byline: ${authors.join(', ')}.`);
	const outlet = given.outlet?.trim();
	const published = /^\d{4}-\d{2}-\d{2}$/.test(given.published ?? '') ? given.published : undefined;
	const url = /^https?:\/\/\S+$/i.test(given.url ?? '') ? given.url : undefined;
	const missing = [
		!outlet && 'outlet',
		!authors.length && 'authors',
		!published && 'published date',
		!url && 'address (URL)'
	].filter(Boolean);
	if (missing.length) notes.push(`Not given, so not shown: ${missing.join(', ')}.`);
	return {
		title: given.title?.trim() || firstLine || 'Untitled article',
		...(outlet ? { outlet } : {}),
		authors,
		...(published ? { published } : {}),
		...(url ? { url } : {}),
		blocks
	};
}

/**
 * The names of a "By …" line ("By Ana Ruiz and Li Wen", "By Ana Ruiz, Li Wen & Sam Cole"), up
 * to a dash, a bar or a comma that starts something else ("By Ana Ruiz, Reuters").
 */
export function bylineAuthors(text: string, roles: Record<string, BlockRole>): string[] {
	const byline = splitBlocks(text, roles).find((b) => isByline(text, b));
	if (!byline) return [];
	const names = text
		.slice(byline.start, byline.end)
		.replace(/^By\s+/, '')
		.split(/\s+[|–—-]\s+|\n/)[0]!
		.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
		.map((n) => n.trim());
	const name = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
	// Up to the first part that is not a name: "By Ana Ruiz, Reuters staff" gives Ana Ruiz.
	const end = names.findIndex((n) => !name.test(n) || n.split(/\s+/).length < 2);
	return names.slice(0, end < 0 ? names.length : end);
}

/** A short first block without a full stop is the headline; a "By …" line is the byline. */
function guessBlocks(text: string): Record<string, BlockRole> {
	const roles: Record<string, BlockRole> = {};
	const blocks = splitBlocks(text);
	if (blocks.length < 2) return roles;
	blocks.slice(0, 3).forEach((b) => {
		const body = text.slice(b.start, b.end);
		if (b.index === 1 && body.length <= 200 && !/[.!?]["”’]?$/.test(body) && !body.includes('\n'))
			roles['1'] = 'headline';
		else if (/^By\s+\p{Lu}/u.test(body) && body.split(/\s+/).length <= 12)
			roles[String(b.index)] = 'author-note';
	});
	return roles;
}
