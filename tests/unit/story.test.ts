import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/lib/graph/story';
import { storyCommand } from '../../src/lib/views/present-keys';
import { resolveQuote } from '../../src/lib/graph/anchor';
import type { Passage } from '../../src/lib/graph/dataset';

const text = 'Alpha met Beta. Beta left.';
const ids = { nodes: new Set(['alpha', 'beta']), edges: new Set(['alpha-meets-beta']) };
const anchor = (
	quote: { exact: string },
	report: (m: string, f: string) => void
): Passage | null => {
	const found = resolveQuote(text, quote);
	if (!found.ok) {
		report(`the quote "${quote.exact}" is not in the article (${found.reason})`, 'Copy it.');
		return null;
	}
	const { start, end } = found;
	return {
		exact: quote.exact,
		start,
		end,
		block: 1,
		role: 'body',
		paragraph: 1,
		context: { start, end }
	};
};
const step = (change: object = {}) => ({
	title: 'Meeting',
	narration: 'Alpha meets Beta.',
	nodes: ['alpha'],
	edges: ['alpha-meets-beta'],
	passage: { exact: 'Alpha met Beta' },
	...change
});
const check = (story: unknown) =>
	checkStory(JSON.stringify(story), 'data/x/story.json', ids, anchor);

describe('checkStory', () => {
	it('resolves every step’s passage to offsets in the article', () => {
		const { story, problems } = check({ title: 'T', steps: [step()] });
		expect(problems).toEqual([]);
		expect(story?.steps[0]?.passage).toMatchObject({ start: 0, end: 14 });
	});

	it.each([
		{
			story: { title: 'T', steps: [step({ nodes: ['gamma'] })] },
			path: 'steps[0].nodes[0]',
			message: /names node "gamma", which is not in graph.json/
		},
		{
			story: { title: 'T', steps: [step({ edges: ['nope'] })] },
			path: 'steps[0].edges[0]',
			message: /names edge "nope"/
		},
		{
			story: { title: 'T', steps: [step({ nodes: [], edges: [] })] },
			path: 'steps[0]',
			message: /puts nothing in focus/
		},
		{
			story: { title: 'T', steps: [step({ passage: { exact: 'Alpha saw Beta' } })] },
			path: 'steps[0].passage.exact',
			message: /not in the article/
		},
		{
			story: { title: 'T', steps: [step({ passage: { exact: 'Beta' } })] },
			path: 'steps[0].passage.exact',
			message: /ambiguous/
		},
		{ story: { title: 'T', steps: [] }, path: 'steps', message: /at least one step/ },
		{
			story: { title: 'T', steps: [step({ narration: '' })] },
			path: 'steps[0].narration',
			message: /must not be empty/
		}
	])('reports $path: $message', ({ story, path, message }) => {
		const { story: out, problems } = check(story);
		expect(out).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'data/x/story.json', path });
		expect(problems[0]!.message).toMatch(message);
	});

	it('reports an edge shown without the nodes it joins', () => {
		const ends = new Map([['alpha-meets-beta', ['alpha', 'beta'] as const]]);
		const { problems } = checkStory(
			JSON.stringify({ title: 'T', steps: [step()] }),
			'story.json',
			{ ...ids, ends },
			anchor
		);
		expect(problems).toEqual([
			expect.objectContaining({
				path: 'steps[0].edges[0]',
				message: 'step 1 shows edge "alpha-meets-beta" without its end "beta"'
			})
		]);
	});

	it('reports a file that is not JSON', () => {
		const { problems } = checkStory('{ steps: ', 'story.json', ids, anchor);
		expect(problems[0]).toMatchObject({
			path: '$',
			message: expect.stringMatching(/not valid JSON/)
		});
	});
});

describe('storyCommand', () => {
	it.each([
		{ key: 'ArrowRight', shiftKey: false, command: 'next' },
		{ key: 'PageDown', shiftKey: false, command: 'next' },
		{ key: ' ', shiftKey: false, command: 'next' },
		{ key: ' ', shiftKey: true, command: 'previous' },
		{ key: 'ArrowLeft', shiftKey: false, command: 'previous' },
		{ key: 'PageUp', shiftKey: false, command: 'previous' },
		{ key: 'Home', shiftKey: false, command: 'first' },
		{ key: 'End', shiftKey: false, command: 'last' },
		{ key: 'f', shiftKey: false, command: 'fullscreen' },
		{ key: 'F', shiftKey: true, command: 'fullscreen' },
		{ key: 'Escape', shiftKey: false, command: 'exit' },
		{ key: 'x', shiftKey: false, command: null }
	])('$key (shift: $shiftKey) → $command', ({ key, shiftKey, command }) => {
		expect(storyCommand({ key, shiftKey })).toBe(command);
	});

	it('leaves browser shortcuts alone (Ctrl+F, Alt+←)', () => {
		expect(storyCommand({ key: 'f', shiftKey: false, ctrlKey: true })).toBeNull();
		expect(storyCommand({ key: 'ArrowLeft', shiftKey: false, altKey: true })).toBeNull();
	});
});
