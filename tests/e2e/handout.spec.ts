/**
 * The handout is paper: light on screen and in print whatever the theme, its graph drawn in
 * the light palette, its pages numbered, its headings kept with what they head, and the
 * source's address broken only at its punctuation.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { test, expect, type AnyCy } from './fixtures';

async function openHandout(page: Page, query = '') {
	await page.goto(`/camp-david-2023/handout${query}`);
	await page.locator('main[data-ready="true"]').waitFor();
	await expect(page.locator('img.print-picture')).toHaveCount(1);
}

/** Each printed page's text pieces, in reading order. */
async function printedPages(page: Page): Promise<string[][]> {
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const pages: string[][] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str.trim() : '')).filter(Boolean));
	}
	return pages;
}

test('in the dark theme the handout is light, on screen and in print, with numbered pages', async ({
	page
}) => {
	await openHandout(page, '?theme=dark');
	// The rest of the app stays dark; the handout's page does not follow it.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const look = await page.evaluate(() => {
		const paper = getComputedStyle(document.querySelector('.paper')!);
		const title = getComputedStyle(document.querySelector('.handout h1')!);
		return { background: paper.backgroundColor, title: title.color };
	});
	expect(look).toEqual({ background: 'rgb(247, 246, 243)', title: 'rgb(29, 39, 51)' });
	// The graph, and so its printed picture, in the light palette: dark labels on a white outline.
	const label = await page.evaluate(() => {
		const node = (window as unknown as { __cy: AnyCy }).__cy.nodes().first();
		return { color: node.style('color'), outline: node.style('text-outline-color') };
	});
	expect(label).toEqual({ color: 'rgb(29,39,51)', outline: 'rgb(255,255,255)' });

	const pages = await printedPages(page);
	pages.forEach((texts, i) => expect(texts).toContain(`Page ${i + 1} of ${pages.length}`));
	// The same paper as in the light theme, page for page.
	await openHandout(page, '?theme=light');
	expect(await printedPages(page)).toEqual(pages);
});

test('no heading is left alone at the foot of a printed page', async ({ page }) => {
	await openHandout(page);
	const headings = await page
		.locator('.handout h2, .handout h3.relation')
		.evaluateAll((els) => els.map((el) => el.textContent!.trim()));
	expect(headings).toContain('Relations');
	const pages = await printedPages(page);
	for (const [i, texts] of pages.entries()) {
		const body = texts.filter((t) => !/^Page \d+ of \d+$/.test(t));
		expect(headings, `the last words of page ${i + 1}`).not.toContain(body.at(-1));
	}
});

test('the source address breaks only at its punctuation', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHandout(page);
	const url = page.locator('.source .url');
	const lines = await url.evaluate((el) => {
		const range = document.createRange();
		// Each piece between two break points is one text node: it must sit on one line.
		const split = [...el.childNodes]
			.filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent)
			.filter((n) => {
				range.selectNodeContents(n);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
			})
			.map((n) => n.textContent);
		range.selectNodeContents(el);
		return {
			split,
			lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
		};
	});
	expect(lines.split).toEqual([]);
	// A long address on a phone does wrap, so the check above had breaks to look at.
	expect(lines.lines).toBeGreaterThan(1);
	expect((await url.textContent())!.replace(/\s/g, '')).toMatch(/^https:\/\/thehill\.com\//);
});
