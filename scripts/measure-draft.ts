/**
 * `npm run measure:draft`: drafts every fixture article in
 * tests/fixtures/articles/ and prints, per fixture, how many of the actors a
 * careful reader names became actor nodes (recall), how many drafted actors
 * are real ones (precision), and what was missed, invented, mistyped or left
 * unmerged.
 */
import { draftMap } from '../src/lib/draft/index';
import { heldoutDir, loadFixtures, score, type DraftedNode } from './draft-score';

const noSource = { title: '', outlet: '', authors: [], published: '', url: '' };

const pct = (x: number) => `${Math.round(x * 100)} %`;
const rows: string[][] = [];
let totalFound = 0;
let totalExpected = 0;
let totalReal = 0;
let totalDrafted = 0;
for (const fixture of [...loadFixtures(), ...loadFixtures(heldoutDir)]) {
	const draft = draftMap({ text: fixture.text, source: fixture.source ?? noSource });
	const graph = draft.graph as { nodes: DraftedNode[] };
	const s = score(graph.nodes, fixture.actors);
	totalFound += s.found;
	totalExpected += s.expected;
	totalReal += Math.round(s.precision * s.drafted);
	totalDrafted += s.drafted;
	rows.push([
		fixture.name,
		`${pct(s.recall)} (${s.found}/${s.expected})`,
		`${pct(s.precision)} (${Math.round(s.precision * s.drafted)}/${s.drafted})`,
		String(s.kindMismatches.length),
		String(s.duplicates.length),
		`${draft.stats.ms} ms`
	]);
	const detail = [
		s.missed.length && `  missed: ${s.missed.join('; ')}`,
		s.spurious.length && `  not an expected actor: ${s.spurious.join('; ')}`,
		s.kindMismatches.length && `  kind differs: ${s.kindMismatches.join('; ')}`,
		s.duplicates.length && `  split over several nodes: ${s.duplicates.join('; ')}`
	].filter(Boolean);
	rows.push(...detail.map((d) => [d as string]));
}
const header = ['fixture', 'recall', 'precision', 'kind mismatches', 'unmerged', 'time'];
console.log(header.join(' | '));
for (const row of rows) console.log(row.join(' | '));
console.log(
	`all fixtures | ${pct(totalFound / totalExpected)} (${totalFound}/${totalExpected}) | ${pct(totalReal / totalDrafted)} (${totalReal}/${totalDrafted})`
);
