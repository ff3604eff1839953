import { describe, expect, it } from 'vitest';
import { bySentence, markedPieces } from '../../src/lib/graph/sentence-groups';
import type { Passage } from '../../src/lib/graph/dataset';

const text = 'Japan met Korea. Japan and Japan again. Korea.';
const at = (exact: string, from: number, context: [number, number]): Passage =>
	({
		exact,
		start: text.indexOf(exact, from),
		end: text.indexOf(exact, from) + exact.length,
		context: { start: context[0], end: context[1] }
	}) as Passage;

describe('passages by sentence', () => {
	const first = at('Japan', 0, [0, 16]);
	const second = at('Japan', 17, [17, 39]);
	const third = at('Japan', 27, [17, 39]);
	const last = at('Korea', 40, [40, 46]);

	it('puts the passages of one sentence together, in article order', () => {
		expect(bySentence([first, third, second, last])).toEqual([[first], [second, third], [last]]);
	});

	it('cuts a sentence into its marked and unmarked words, the text kept whole', () => {
		const pieces = markedPieces(second.context, [third, second]);
		expect(pieces.map((p) => [text.slice(p.start, p.end), p.marked])).toEqual([
			['Japan', true],
			[' and ', false],
			['Japan', true],
			[' again.', false]
		]);
		expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text.slice(17, 39));
	});

	it('joins marks that overlap or touch into one', () => {
		const pieces = markedPieces({ start: 0, end: 16 }, [
			{ start: 0, end: 5 },
			{ start: 3, end: 9 },
			{ start: 9, end: 10 }
		]);
		expect(pieces).toEqual([
			{ start: 0, end: 10, marked: true },
			{ start: 10, end: 16, marked: false }
		]);
	});
});
