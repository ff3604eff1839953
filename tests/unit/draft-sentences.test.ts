import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/draft/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it.each([
		[
			'after an initial',
			'Nicholas J. Wheeler is a professor. He teaches.',
			['Nicholas J. Wheeler is a professor.', 'He teaches.']
		],
		[
			'after "U.S." before a noun',
			'The U.S. Secretary of State spoke. Then he left.',
			['The U.S. Secretary of State spoke.', 'Then he left.']
		],
		[
			'after a month',
			'On Aug. 18 the leaders met. It rained.',
			['On Aug. 18 the leaders met.', 'It rained.']
		],
		[
			'after "Ph.D."',
			'Marcus Holmes, Ph.D., is a chair. She is not.',
			['Marcus Holmes, Ph.D., is a chair.', 'She is not.']
		],
		[
			'after "Mr."',
			'Mr. Mendoza won. Ms. Villanueva lost.',
			['Mr. Mendoza won.', 'Ms. Villanueva lost.']
		]
	])('does not split %s', (_, text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});

	it('ends a sentence at "U.S." when a new sentence plainly starts', () => {
		expect(sentences('They trust the U.S. The allies agree.')).toEqual([
			'They trust the U.S.',
			'The allies agree.'
		]);
	});

	it('keeps each sentence inside its paragraph: a headline without a full stop stands alone', () => {
		expect(sentences('Peru votes again\n\nVoters return on Sunday. Turnout is high.')).toEqual([
			'Peru votes again',
			'Voters return on Sunday.',
			'Turnout is high.'
		]);
	});

	it('gives offsets into the text, whitespace left out', () => {
		const text = '  Alpha met Beta.   Beta left.  ';
		const found = splitSentences(text);
		expect(found.map((s) => [s.start, s.end])).toEqual([
			[2, 17],
			[20, 30]
		]);
	});
});
