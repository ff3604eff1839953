/**
 * How a draft compares with a careful reader's list of actors (a fixture's
 * expected.json): recall, precision, wrong kinds and unmerged duplicates.
 * Read by `npm run measure:draft` and by the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftSource } from '../src/lib/draft/index';

export interface ExpectedActor {
	label: string;
	kind: string;
	/** Surface forms that count as naming this actor. */
	forms: string[];
}

export interface Fixture {
	name: string;
	text: string;
	source: DraftSource;
	actors: ExpectedActor[];
	note: string;
}

export interface DraftedNode {
	id: string;
	label: string;
	type: string;
	kind?: string;
	aliases?: string[];
}

export interface Score {
	recall: number;
	precision: number;
	found: number;
	expected: number;
	drafted: number;
	/** Expected actors found only with another kind. */
	kindMismatches: string[];
	/** Expected actors split over more than one drafted node. */
	duplicates: string[];
	missed: string[];
	/** Drafted actors that are none of the expected ones. */
	spurious: string[];
}

export const fixturesDir = join(process.cwd(), 'tests/fixtures/articles');
/** Articles written by someone who had not seen the rules: the fairest measure of them. */
export const heldoutDir = join(process.cwd(), 'tests/fixtures/heldout');

export function loadFixtures(dir = fixturesDir): Fixture[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => {
			const expected = JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8'));
			return {
				name: d.name,
				text: readFileSync(join(dir, d.name, 'article.txt'), 'utf8'),
				source: expected.source,
				actors: expected.actors,
				note: expected.note
			};
		});
}

const normal = (s: string) =>
	s
		.normalize('NFC')
		.replace(/[’‘]/g, "'")
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/'s$/, '')
		.trim();

export function score(nodes: DraftedNode[], expected: ExpectedActor[]): Score {
	const actors = nodes.filter((n) => n.type === 'actor');
	const formsOf = (n: DraftedNode) => new Set([n.label, ...(n.aliases ?? [])].map(normal));
	const matches = (n: DraftedNode, e: ExpectedActor) => {
		const forms = formsOf(n);
		return e.forms.some((f) => forms.has(normal(f)));
	};
	const matchedBy = expected.map((e) => actors.filter((n) => matches(n, e)));
	const found = matchedBy.filter((m) => m.length > 0).length;
	const real = actors.filter((n) => expected.some((e) => matches(n, e)));
	return {
		recall: expected.length ? found / expected.length : 1,
		precision: actors.length ? real.length / actors.length : 1,
		found,
		expected: expected.length,
		drafted: actors.length,
		kindMismatches: expected
			.filter((e, i) => matchedBy[i]!.length > 0 && !matchedBy[i]!.some((n) => n.kind === e.kind))
			.map(
				(e, i) =>
					`${e.label} (${e.kind}, drafted as ${matchedBy[expected.indexOf(e)]![0]?.kind ?? i})`
			),
		duplicates: expected.filter((_, i) => matchedBy[i]!.length > 1).map((e) => e.label),
		missed: expected.filter((_, i) => matchedBy[i]!.length === 0).map((e) => e.label),
		spurious: actors.filter((n) => !real.includes(n)).map((n) => n.label)
	};
}
