import { describe, expect, it } from 'vitest';
import { blockAt, sentenceAround, splitBlocks } from '../../src/lib/graph/text';

const article =
	'Headline here\n\nFirst body. The U.S. and Aug. 18 stay inside.\u00a0\n\nSecond body “quoted’. Last.\n\nAuthor note.';

describe('splitBlocks', () => {
	const blocks = splitBlocks(article, { '1': 'headline', '4': 'author-note' });

	it('splits on blank lines and trims trailing spaces, non-breaking ones included', () => {
		expect(blocks.map((b) => article.slice(b.start, b.end))).toEqual([
			'Headline here',
			'First body. The U.S. and Aug. 18 stay inside.',
			'Second body “quoted’. Last.',
			'Author note.'
		]);
	});

	it('numbers body paragraphs only, and gives other blocks their role', () => {
		expect(blocks.map((b) => [b.index, b.role, b.paragraph])).toEqual([
			[1, 'headline', null],
			[2, 'body', 1],
			[3, 'body', 2],
			[4, 'author-note', null]
		]);
	});

	it('finds the block holding an offset', () => {
		expect(blockAt(blocks, article.indexOf('Last'))?.index).toBe(3);
	});
});

describe('sentenceAround', () => {
	const blocks = splitBlocks(article);
	it.each([
		{ quote: 'Aug. 18', sentence: 'The U.S. and Aug. 18 stay inside.' },
		{ quote: 'First', sentence: 'First body.' },
		{ quote: 'quoted', sentence: 'Second body “quoted’.' },
		{ quote: 'body. The', sentence: 'First body. The U.S. and Aug. 18 stay inside.' }
	])('keeps abbreviations inside the sentence around "$quote"', ({ quote, sentence }) => {
		const start = article.indexOf(quote);
		const block = blockAt(blocks, start)!;
		const around = sentenceAround(article, block, start, start + quote.length);
		expect(article.slice(around.start, around.end)).toBe(sentence);
	});
});
