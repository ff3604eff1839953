/** A byline names the article's writers: they become its authors, not actors of the draft. */
import { describe, expect, it } from 'vitest';
import { bylineAuthors, draftMap } from '../../src/lib/draft';
import type { Graph } from '../../src/lib/graph/schema';

const article = [
	'Quake Relief Talks Stall in Ankara',
	'By Selin Aydin and Tomas Novak',
	'Turkey and Greece failed on Monday to agree on a joint relief fund, officials said.',
	'Selin Aydin reported from Ankara.'
].join('\n\n');

const source = { title: '', outlet: '', authors: [], published: '', url: '' };

describe('bylines', () => {
	it('reads the names of a “By …” line, and stops where the names do', () => {
		const roles = { '1': 'author-note' } as const;
		expect(bylineAuthors('By Ana Ruiz and Li Wen', roles)).toEqual(['Ana Ruiz', 'Li Wen']);
		expect(bylineAuthors('By Ana Ruiz, Li Wen & Sam Cole', roles)).toEqual([
			'Ana Ruiz',
			'Li Wen',
			'Sam Cole'
		]);
		expect(bylineAuthors('By Ana Ruiz, Reuters', roles)).toEqual(['Ana Ruiz']);
		expect(bylineAuthors('By Ana Ruiz — Madrid', roles)).toEqual(['Ana Ruiz']);
		expect(bylineAuthors('Ana Ruiz and Li Wen', roles)).toEqual([]);
	});

	it('takes the authors from the byline when none are given, and drafts them as no actor', () => {
		const { graph, notes } = draftMap({ text: article, source });
		const g = graph as Graph;
		expect(g.source.authors).toEqual(['Selin Aydin', 'Tomas Novak']);
		expect(notes.join(' ')).toMatch(/Authors taken from the byline: Selin Aydin, Tomas Novak/);
		const labels = g.nodes.map((n) => n.label);
		expect(labels).toEqual(expect.arrayContaining(['Turkey', 'Greece']));
		expect(labels).not.toContain('Tomas Novak');
		// Named in the text itself too: an actor, with one passage, the one outside the byline.
		const aydin = g.nodes.find((n) => n.label === 'Selin Aydin');
		expect(aydin?.evidence).toHaveLength(1);
		const { prefix = '', exact, suffix = '' } = aydin!.evidence[0]!;
		expect(article.indexOf(prefix + exact + suffix)).toBe(
			article.indexOf('Selin Aydin reported') - prefix.length
		);
	});

	it('keeps the authors it is given', () => {
		const { graph } = draftMap({ text: article, source: { ...source, authors: ['A. Writer'] } });
		expect((graph as Graph).source.authors).toEqual(['A. Writer']);
	});
});
