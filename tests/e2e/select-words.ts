/**
 * Selecting words of the article as a person does, with the mouse: the words are found in the
 * reader's text, scrolled into view, and dragged across from their first letter to their last.
 */
import type { Page } from '@playwright/test';

export async function selectWords(page: Page, words: string) {
	const at = await page.evaluate((words) => {
		const reader = document.querySelector('[data-testid="reader"] article')!;
		const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
		// The words may run across the reader's spans: join the text nodes and find them there.
		const nodes: Text[] = [];
		let all = '';
		for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
			nodes.push(t);
			all += t.data;
		}
		const from = all.indexOf(words);
		if (from < 0) throw new Error(`“${words}” is not in the reader`);
		const point = (offset: number) => {
			let left = offset;
			for (const t of nodes) {
				if (left <= t.length) return { node: t, offset: left };
				left -= t.length;
			}
			throw new Error('past the end');
		};
		const a = point(from + 0.5 > 0 ? from : 0);
		const b = point(from + words.length);
		const range = document.createRange();
		range.setStart(a.node, a.offset);
		range.setEnd(b.node, b.offset);
		(a.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
		const rects = range.getClientRects();
		const first = rects[0]!;
		const last = rects[rects.length - 1]!;
		return {
			x1: first.left + 1,
			y1: first.top + first.height / 2,
			x2: last.right - 1,
			y2: last.top + last.height / 2
		};
	}, words);
	await page.mouse.move(at.x1, at.y1);
	await page.mouse.down();
	await page.mouse.move(at.x2, at.y2, { steps: 4 });
	await page.mouse.up();
}
