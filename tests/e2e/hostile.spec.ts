/**
 * The app built from hostile data (tests/fixtures/hostile-data/): markup,
 * script, javascript: addresses, bidi overrides, zero-width characters and a
 * 10,000-character label all render as inert, legible text.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, graphReady, type AnyCy } from './fixtures';
import { hostileURL } from './servers';
import { checkFolder } from '../../src/lib/server/datasets';

test.use({ baseURL: hostileURL });

const result = checkFolder(join(process.cwd(), 'tests/fixtures/hostile-data/hostile'));
if (!result.ok) throw new Error('the hostile fixture must pass the checker');
const dataset = result.dataset;
const label = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;
const panel = '[data-testid="evidence-panel"]';

const pages = [
	'/',
	'/hostile',
	'/hostile?node=script-tag',
	'/hostile?node=image-tag',
	'/hostile?node=permanent-council',
	'/hostile?edge=script-tag-allied-with-council',
	'/hostile?path=evil-corp,permanent-council',
	'/hostile/table',
	'/hostile/table?node=permanent-council'
];

async function open(page: Page, path: string) {
	await page.goto(path);
	if (path === '/') await page.locator('main#main').waitFor();
	else if (path.includes('/table')) await page.locator('.table-view[data-ready="true"]').waitFor();
	else await graphReady(page);
}

/** Nothing from the data became an element, a handler, a script or a link. */
async function inert(page: Page) {
	return page.evaluate(() => ({
		images: document.querySelectorAll('img').length,
		handlers: [...document.querySelectorAll('*')].filter((el) =>
			[...el.attributes].some((a) => a.name.startsWith('on'))
		).length,
		scripts: [...document.scripts].filter((s) => /^\s*alert\(/.test(s.textContent ?? '')).length,
		javascriptLinks: [...document.querySelectorAll('[href], [src]')].filter((el) =>
			/^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')
		).length,
		bold: document.querySelectorAll('main b, main i').length,
		overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
	}));
}

test.describe('hostile data', () => {
	for (const path of pages) {
		test(`renders inert, without dialogs or page overflow: ${path}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await open(page, path);
			if (path.startsWith('/hostile?')) {
				await page.locator('.canvas').focus();
				await page.keyboard.press('ArrowRight');
			}
			expect(await inert(page)).toEqual({
				images: 0,
				handlers: 0,
				scripts: 0,
				javascriptLinks: 0,
				bold: 0,
				overflow: 0
			});
			expect(dialogs).toEqual([]);
		});
	}

	test('labels, summaries and aliases are shown literally', async ({ page }) => {
		await open(page, '/hostile?node=script-tag');
		await expect(page.locator(`${panel} h2`)).toHaveText('<script>alert(1)</script>');
		await expect(page.locator(`${panel} .summary`)).toHaveText(
			dataset.nodes.find((n) => n.id === 'script-tag')!.summary
		);
		await expect(page.locator(`${panel} .aliases`)).toContainText(
			'<img src=x onerror=alert(1)> · javascript:alert(1)'
		);
		await expect(page.locator('h1.title')).toContainText('<script>alert("title")</script>');
		await expect(page.locator(`${panel} .relation-line`).first()).toContainText(
			label('permanent-council').slice(0, 40)
		);
		const reader = page.locator('[data-testid="reader"]');
		await expect(reader.locator('h2.headline')).toContainText(
			'<script>alert(1)</script> and <img src=x onerror=alert(1)>'
		);
		await expect(reader).toContainText("{{constructor.constructor('alert(1)')()}}");
	});

	test('zero-width characters are kept, not stripped or shown as boxes', async ({ page }) => {
		await open(page, '/hostile?node=zero-width-town');
		const heading = await page.locator(`${panel} h2`).textContent();
		expect(heading).toBe(label('zero-width-town'));
		// Drawn as wide as the same name without them: nothing visible was added.
		const widths = await page.locator(`${panel} h2 bdi`).evaluate((el) => {
			const measure = (text: string) => {
				const probe = el.cloneNode() as HTMLElement;
				probe.textContent = text;
				probe.style.whiteSpace = 'nowrap';
				el.after(probe);
				const width = probe.getBoundingClientRect().width;
				probe.remove();
				return width;
			};
			return [
				measure(el.textContent!),
				measure(el.textContent!.replace(/[\u200b-\u200d\ufeff]/g, ''))
			];
		});
		expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThan(1);
	});

	test('the source link is only ever http(s)', async ({ page }) => {
		await open(page, '/hostile');
		const href = await page.getByRole('link', { name: 'original' }).getAttribute('href');
		expect(href).toMatch(/^https:\/\/example\.org\//);
	});

	test('the 10,000-character label is cut short in the panel, the lists and the graph', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, '/hostile?node=permanent-council');
		const heading = page.locator(`${panel} h2`);
		const text = (await heading.textContent())!;
		expect(text.length).toBeLessThanOrEqual(121);
		expect(text.endsWith('…')).toBe(true);
		const box = (await heading.boundingBox())!;
		const panelBox = (await page.locator(panel).boundingBox())!;
		expect(box.height).toBeLessThan(200);
		expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width + 1);
		// The whole name is there for whoever asks for it.
		await page.getByText('Full name (10,000 characters)').click();
		await expect(page.locator(`${panel} .full-name p`)).toHaveText(label('permanent-council'));
		// On the graph: four short lines, narrower than the canvas.
		const drawn = await page.evaluate(() => {
			const cy = (window as unknown as { __cy: AnyCy }).__cy;
			const node = cy.getElementById('permanent-council');
			const bb = node.renderedBoundingBox({ includeLabels: true });
			return { lines: node.data('label').split('\n'), width: bb.w, canvas: cy.width() };
		});
		expect(drawn.lines.length).toBeLessThanOrEqual(4);
		expect(drawn.lines.every((l: string) => l.length <= 16)).toBe(true);
		expect(drawn.width).toBeLessThan(drawn.canvas / 3);
		expect(await page.evaluate(() => document.title.length)).toBeLessThan(300);
	});

	test('a right-to-left override in the data does not flip the text around it', async ({
		page
	}) => {
		await open(page, '/hostile?node=image-tag');
		// Whether a run of text is laid out left to right: its first letter left of its last.
		const leftToRight = (selector: string, word: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((root, word) => {
					const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const at = n.textContent!.indexOf(word);
						if (at === -1) continue;
						const range = document.createRange();
						range.setStart(n, at);
						range.setEnd(n, at + 1);
						const first = range.getBoundingClientRect().left;
						range.setStart(n, at + word.length - 1);
						range.setEnd(n, at + word.length);
						return first < range.getBoundingClientRect().left;
					}
					throw new Error(`no "${word}" in ${root.outerHTML.slice(0, 200)}`);
				}, word);
		// The relation line reads "‮Evil Corp threatens <img…>": the override stays inside the name.
		expect(await leftToRight(`${panel} .relation-line`, 'threatens')).toBe(true);
		expect(await leftToRight(`${panel} .relation-line`, 'details')).toBe(true);
		// The byline: "By ‮Evil Author and Plain Author · … · original".
		expect(await leftToRight('.byline', 'Plain Author')).toBe(true);
		expect(await leftToRight('.byline', 'original')).toBe(true);
		// The author's own name is still drawn as the data says (reversed).
		expect(await leftToRight('.byline', 'Evil Author')).toBe(false);
	});
});
