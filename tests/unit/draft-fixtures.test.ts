import { describe, expect, it } from 'vitest';
import { draftMap } from '../../src/lib/draft/index';
import { checkDataset } from '../../src/lib/graph/check';
import { heldoutDir, loadFixtures, score, type DraftedNode } from '../../scripts/draft-score';

// tests/fixtures/articles/: the bundled op-ed and six short articles written for
// these tests, each with the actors a careful reader names (see its expected.json);
// tests/fixtures/heldout/: four written by someone who had not seen the rules.
const fixtures = [...loadFixtures(), ...loadFixtures(heldoutDir)];
const noSource = { title: '', outlet: '', authors: [], published: '', url: '' };

describe.each(fixtures)('the draft of $name', (fixture) => {
	const draft = draftMap({ text: fixture.text, source: fixture.source ?? noSource });
	const graph = draft.graph as {
		nodes: (DraftedNode & { status?: string })[];
		edges: { status?: string }[];
	};

	it('finds at least 80 % of the actors a careful reader names, as actor nodes', () => {
		const s = score(graph.nodes, fixture.actors);
		expect(s.recall, `missed: ${s.missed.join('; ')}`).toBeGreaterThanOrEqual(0.8);
	});

	it('drafts actors of which at least 70 % are real ones', () => {
		const s = score(graph.nodes, fixture.actors);
		expect(s.precision, `not expected: ${s.spurious.join('; ')}`).toBeGreaterThanOrEqual(0.7);
	});

	it('passes the checker with the text as article.txt, every quote resolving', () => {
		const result = checkDataset({
			slug: fixture.name,
			dir: `tests/fixtures/articles/${fixture.name}`,
			article: fixture.text,
			graph: JSON.stringify(draft.graph)
		});
		if (!result.ok)
			throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
		for (const element of [...result.dataset.nodes, ...result.dataset.edges]) {
			expect(element.passages.length).toBeGreaterThan(0);
		}
	});

	it('marks every node and edge as a draft', () => {
		expect([...graph.nodes, ...graph.edges].every((e) => e.status === 'draft')).toBe(true);
	});

	it('counts what it drafted', () => {
		expect(draft.stats.actors).toBe(graph.nodes.filter((n) => n.type === 'actor').length);
		expect(draft.stats.relations).toBe(graph.edges.length);
		expect(draft.stats.sentences).toBeGreaterThan(10);
	});
});
