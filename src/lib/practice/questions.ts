/**
 * Exercises drawn from a map and its article, the same for everyone who has the same seed:
 * find the words that support a relation, predict a hidden relation from four, and say who
 * asserts a relation. Only relations a reader has confirmed are asked about (a draft is a
 * guess), and every answer is shown with the article's own passage.
 */
import type { Dataset, DatasetEdge } from '../graph/dataset';
import { seeded } from '../graph/random';
import { asserters, type Asserter, type RelationType } from '../graph/vocabulary';

export type Question =
	| { kind: 'evidence'; edge: DatasetEdge }
	| { kind: 'predict'; edge: DatasetEdge; choices: RelationType[] }
	| { kind: 'asserted'; edge: DatasetEdge; choices: Asserter[] };

export const roundLength = 10;

/** Who asserts a relation, as the question names the choices. */
export const asserterNames: Record<Asserter, string> = {
	authors: 'The authors',
	actor: 'An actor in the story, quoted',
	poll: 'A poll',
	officials: 'Officials',
	caption: 'A photo caption',
	headline: 'The headline'
};

/** Fisher–Yates with the round's own random numbers. */
function shuffle<T>(xs: readonly T[], random: () => number): T[] {
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * Three wrong relation types that fit the relation's ends: first those the map itself uses
 * between nodes of the same two types, then those it uses from the same type of source.
 */
function predictChoices(dataset: Dataset, edge: DatasetEdge, random: () => number): RelationType[] {
	const typeOf = new Map(dataset.nodes.map((n) => [n.id, n.type]));
	const [from, to] = [typeOf.get(edge.source), typeOf.get(edge.target)];
	const used = (fits: (e: DatasetEdge) => boolean) =>
		shuffle([...new Set(dataset.edges.filter(fits).map((e) => e.relation))], random).filter(
			(r) => r !== edge.relation
		);
	const wrong = [
		...new Set([
			...used((e) => typeOf.get(e.source) === from && typeOf.get(e.target) === to),
			...used((e) => typeOf.get(e.source) === from),
			...used(() => true)
		])
	].slice(0, 3);
	return shuffle([edge.relation, ...wrong], random);
}

function assertedChoices(edge: DatasetEdge, random: () => number): Asserter[] {
	const wrong = shuffle(
		asserters.filter((a) => a !== edge.assertedBy.by),
		random
	).slice(0, 3);
	return shuffle([edge.assertedBy.by, ...wrong], random);
}

/** The relations a round can ask about: confirmed, with a passage and both ends named. */
export function askable(dataset: Dataset): DatasetEdge[] {
	return dataset.edges.filter((e) => e.status !== 'draft' && e.passages.length > 0);
}

/**
 * The round for `seed`: up to ten questions, the three kinds in turn, each about a different
 * relation while there are enough of them.
 */
export function makeRound(dataset: Dataset, seed: number, length = roundLength): Question[] {
	const random = seeded(seed);
	const pool = shuffle(askable(dataset), random);
	if (pool.length === 0) return [];
	const kinds = ['evidence', 'predict', 'asserted'] as const;
	return Array.from({ length: Math.min(length, Math.max(pool.length, 3)) }, (_, i) => {
		const edge = pool[i % pool.length]!;
		const kind = kinds[i % kinds.length]!;
		if (kind === 'evidence') return { kind, edge };
		if (kind === 'predict') return { kind, edge, choices: predictChoices(dataset, edge, random) };
		return { kind, edge, choices: assertedChoices(edge, random) };
	});
}

/** A seed for a new round: a number a teacher can read out or put in a link. */
export const newSeed = () => 1 + Math.floor(Math.random() * 99_999);

/** The seed in an address's `?seed=`, if it is a whole number from 1 to 99,999. */
export function seedFrom(search: string): number | null {
	const raw = new URLSearchParams(search).get('seed');
	const n = raw === null ? NaN : Number(raw);
	return Number.isInteger(n) && n >= 1 && n <= 99_999 ? n : null;
}

/** Whether a clicked stretch of the article (a sentence) holds words of the relation's passages. */
export const supports = (edge: DatasetEdge, start: number, end: number) =>
	edge.passages.some((p) => p.start < end && start < p.end);
