/** A long article goes into the page a few screens at a time, and at once up to what is needed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Unfolding } from '../../src/lib/components/ArticleReader/unfolding.svelte';
import type { Block } from '../../src/lib/graph/text';

// A hundred paragraphs of 1,000 characters each, a blank line between them.
const blocks: Block[] = Array.from({ length: 100 }, (_, i) => ({
	index: i + 1,
	role: 'body',
	paragraph: i + 1,
	start: i * 1002,
	end: i * 1002 + 1000
}));

beforeEach(() => {
	// Node has neither frames nor idle callbacks: each wait is a task.
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => setTimeout(() => f(0), 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('Unfolding', () => {
	it('puts the first screens in at once, then the rest while idle, to the last block', async () => {
		const unfolding = new Unfolding(blocks, false);
		const first = unfolding.upTo(-1);
		expect(first).toBeGreaterThan(1);
		expect(first).toBeLessThan(20);
		await vi.waitFor(() => expect(unfolding.upTo(-1)).toBe(100));
	});

	it('brings in the blocks up to one that is needed, at once', () => {
		const unfolding = new Unfolding(blocks, false);
		unfolding.stop();
		// An offset inside the 61st block (index 60 from 0): 61 blocks in the page.
		expect(unfolding.upTo(60 * 1002 + 500)).toBe(61);
		expect(unfolding.upTo(99 * 1002 + 999)).toBe(100);
		expect(unfolding.upTo(5)).toBe(unfolding.upTo(-1));
	});

	it('keeps a prerendered article whole, and stops adding once told to', async () => {
		expect(new Unfolding(blocks, true).upTo(-1)).toBe(100);
		const stopped = new Unfolding(blocks, false);
		const first = stopped.upTo(-1);
		stopped.stop();
		await new Promise((r) => setTimeout(r, 20));
		expect(stopped.upTo(-1)).toBe(first);
	});
});
