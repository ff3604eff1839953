/**
 * Selecting words of the article as a person does, with the mouse: the words are found in the
 * reader's text, scrolled into view, and dragged across from their first letter to their last.
 * `{ from, to }` drags from the first letter of `from` to the last of `to` (across paragraphs).
 */
import { expect, type Page } from '@playwright/test';

/** Scroll to the words, measure where their ends are drawn, or select them. */
type Mode = 'scroll' | 'measure' | 'select';

/** The reader's text nodes joined, and where `from` … `to` starts and ends in them. */
const locate = ([from, to, mode]: [string, string, Mode]) => {
	const reader = document.querySelector('[data-testid="reader"] article')!;
	const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
	// The words may run across the reader's spans: join the text nodes and find them there.
	const nodes: Text[] = [];
	let all = '';
	for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
		nodes.push(t);
		all += t.data;
	}
	const start = all.indexOf(from);
	const end = all.indexOf(to, start) + to.length;
	if (start < 0 || end < start + to.length) throw new Error(`“${from}” is not in the reader`);
	/** The box of the one character at `offset` of the joined text. */
	const charBox = (offset: number) => {
		let left = offset;
		for (const t of nodes) {
			if (left < t.length) {
				const range = document.createRange();
				range.setStart(t, left);
				range.setEnd(t, left + 1);
				return { box: range.getBoundingClientRect(), el: t.parentElement!, range };
			}
			left -= t.length;
		}
		throw new Error('past the end');
	};
	const first = charBox(start);
	if (mode === 'scroll') {
		first.el.scrollIntoView({ block: 'center', behavior: 'instant' });
		return null;
	}
	const last = charBox(end - 1);
	if (mode === 'select') {
		const range = document.createRange();
		range.setStart(first.range.startContainer, first.range.startOffset);
		range.setEnd(last.range.endContainer, last.range.endOffset);
		window.getSelection()!.removeAllRanges();
		window.getSelection()!.addRange(range);
		return null;
	}
	return {
		x1: first.box.left + 1,
		y1: first.box.top + first.box.height / 2,
		x2: last.box.right - 1,
		y2: last.box.top + last.box.height / 2
	};
};

export async function selectWords(page: Page, words: string | { from: string; to: string }) {
	const { from, to } = typeof words === 'string' ? { from: words, to: words } : words;
	// The reader may still be scrolling to the selection's passages (it does so once idle):
	// words dragged across while it moves are the wrong ones, so the drag is made again.
	let last = '';
	for (let attempt = 0; attempt < 8; attempt++) {
		// The reader still, first: its scroll the same over a few frames (a smooth scroll to the
		// selection's passages may be on its way).
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						new Promise<boolean>((resolve) => {
							const reader = document.querySelector('[data-testid="reader"]')!;
							const at = reader.scrollTop;
							let frames = 0;
							const step = () => {
								if (reader.scrollTop !== at) return resolve(false);
								if (++frames === 6) return resolve(true);
								requestAnimationFrame(step);
							};
							requestAnimationFrame(step);
						})
				)
			)
			.toBe(true);
		// A press inside selected text would drag that text rather than select anew.
		await page.evaluate(() => window.getSelection()?.removeAllRanges());
		await page.evaluate(locate, [from, to, 'scroll'] as [string, string, Mode]);
		// Measured once the scroll has been laid out, in the next frame.
		await page.evaluate(() => new Promise(requestAnimationFrame));
		const at = (await page.evaluate(locate, [from, to, 'measure'] as [string, string, Mode]))!;
		await page.mouse.move(at.x1, at.y1);
		await page.mouse.down();
		await page.mouse.move(at.x2, at.y2, { steps: 4 });
		await page.mouse.up();
		last = await page.evaluate(() => String(window.getSelection()));
		if (last.startsWith(from) && last.endsWith(to)) return;
	}
	throw new Error(`could not select “${from}”…“${to}”: the selection is “${last}”`);
}

/**
 * Selecting words as a phone does after a long press and a drag of the handles: the page's
 * selection is set on the reader's text, with no pointerup or keyup to follow.
 */
export async function selectWordsByTouch(page: Page, words: string) {
	await page.evaluate(locate, [words, words, 'scroll'] as [string, string, Mode]);
	await page.evaluate(locate, [words, words, 'select'] as [string, string, Mode]);
}
