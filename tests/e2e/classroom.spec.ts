import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect, loadDataset, graphReady } from './fixtures';
import type { Page } from '@playwright/test';

const dataset = loadDataset();
const steps = dataset.story!.steps;

async function openStep(page: Page, step: number, query = '') {
	await page.goto(`/camp-david-2023/present/${step}${query}`);
	await page.locator('.player[data-ready="true"]').waitFor();
}

const stepOf = (page: Page) => Number(new URL(page.url()).pathname.split('/').pop());

test.describe('the presentation', () => {
	test('every key moves the story as stated', async ({ page }) => {
		await openStep(page, 1);
		const presses: [string, number][] = [
			['ArrowRight', 2],
			['Space', 3],
			['PageDown', 4],
			['ArrowLeft', 3],
			['Shift+Space', 2],
			['PageUp', 1],
			['PageUp', 1],
			['End', steps.length],
			['ArrowRight', steps.length],
			['Home', 1]
		];
		for (const [key, expected] of presses) {
			await page.keyboard.press(key);
			await expect(page.locator('.player')).toHaveAttribute('data-step', String(expected));
			expect(stepOf(page), `after ${key}`).toBe(expected);
			await expect(page.locator('#step-title')).toHaveText(steps[expected - 1]!.title);
		}
		await page.goBack();
		await expect(page.locator('.player')).toHaveAttribute('data-step', String(steps.length));
	});

	test('F toggles full screen and Escape returns to the explorer at the same selection', async ({
		page
	}) => {
		await openStep(page, 5);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('F');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`/camp-david-2023\\?node=${steps[4]!.nodes[0]}$`));
		await graphReady(page);
	});

	test('a step URL opens that step, with its elements in the spotlight and its passage shown', async ({
		page
	}) => {
		for (const n of [1, 8, steps.length]) {
			const step = steps[n - 1]!;
			await openStep(page, n);
			await expect(page.locator('#step-title')).toHaveText(step.title);
			await expect(page.getByText(`Step ${n} of ${steps.length}`)).toBeVisible();
			await expect(page.locator('.quote mark')).toHaveText(step.passage.exact);
			expect(dataset.text.slice(step.passage.start, step.passage.end)).toBe(step.passage.exact);
			const spot = await page.evaluate(() =>
				(
					window as unknown as {
						__cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } };
					}
				).__cy
					.$('.spot')
					.map((e) => e.id())
			);
			expect(spot.sort()).toEqual([...step.nodes, ...step.edges].sort());
		}
	});

	test('an unknown step number is a clear 404', async ({ page, errors }) => {
		const response = await page.goto('/camp-david-2023/present/99');
		expect(response?.status()).toBe(404);
		await expect(page.locator('body')).toContainText('Not Found');
		// The browser logs the 404 itself; that one is expected here.
		expect(errors).toEqual([expect.stringContaining('404')]);
		errors.length = 0;
	});

	test('in the projector theme at 1920×1080 no text is under 18 px', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		for (const n of [2, 8]) {
			await openStep(page, n, '?theme=projector');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
			const small = await page.evaluate(() => {
				const found: string[] = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const el = node.parentElement!;
					if (
						!node.textContent?.trim() ||
						el.closest('.visually-hidden, .skip-link, script, style')
					)
						continue;
					const size = parseFloat(getComputedStyle(el).fontSize);
					if (size < 18) found.push(`${size}px: ${node.textContent.trim().slice(0, 30)}`);
				}
				return found;
			});
			expect(small).toEqual([]);
			// Labels drawn on the canvas too: font size in the model times the zoom.
			// Once the step's framing animation has settled.
			const smallest = () =>
				page.evaluate(() => {
					type El = { style(k: string): string };
					const cy = (
						window as unknown as {
							__cy: {
								zoom(): number;
								animated(): boolean;
								$(s: string): { map<T>(f: (e: El) => T): T[] };
							};
						}
					).__cy;
					if (cy.animated()) return 0;
					const sizes = cy.$('.spot').map((e) => parseFloat(e.style('font-size')) * cy.zoom());
					return Math.min(...sizes);
				});
			await expect.poll(smallest).toBeGreaterThanOrEqual(18);
		}
	});
});

test('the handout prints to at most 8 A4 pages holding every node label and the story', async ({
	page
}) => {
	await page.goto('/camp-david-2023/handout');
	await page.locator('main[data-ready="true"]').waitFor();
	await expect(page.locator('img.print-picture')).toHaveCount(1);
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	expect(doc.numPages).toBeLessThanOrEqual(8);
	let text = '';
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + ' ';
	}
	// NFKC turns the PDF's ligatures (ﬁ, ﬂ, ﬃ) back into letters; the PDF splits text into
	// pieces (a ligature is a piece of its own), so spaces are compared away.
	const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
	const flat = squash(text);
	const missing = dataset.nodes.filter((n) => !flat.includes(squash(n.label)));
	expect(missing.map((n) => n.label)).toEqual([]);
	// Every step of the story, with its narration and passage, in order.
	let from = 0;
	for (const step of dataset.story!.steps) {
		const at = flat.indexOf(squash(`${step.title}. ${step.narration}`), from);
		expect(at, step.title).toBeGreaterThan(from - 1);
		expect(flat.slice(at)).toContain(squash(step.passage.exact));
		from = at;
	}
	// Outside facts are labelled as such, and the relations not the authors' own say whose they are.
	const labelled = (flat.match(/Background,notfromthearticle:/g) ?? []).length;
	const withBackground = [...dataset.nodes, ...dataset.edges].filter((e) => e.background);
	expect(labelled).toBe(withBackground.length);
	for (const edge of withBackground) expect(flat).toContain(squash(edge.background!).slice(0, 40));
	const marked = dataset.edges.filter(
		(e) => e.basis === 'inference' || e.assertedBy.by !== 'authors'
	);
	expect((flat.match(/Whosaysso:/g) ?? []).length).toBe(marked.length);
	expect(flat).toContain(squash('Who says so: the photo caption, not the authors'));
	expect(flat).toContain(squash('Inference (the map’s reading, not stated), from the authors'));
});
