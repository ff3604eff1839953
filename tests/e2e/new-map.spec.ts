/**
 * A map of one's own article, end to end in Chromium: paste it, draft it, explore it, reload,
 * export it as a dataset the checker accepts; and every kind of bad input named in the page.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { checkZip, unpack } from './dataset-zip';
import { test, expect, graphReady, clickGraph, shownPassages, type AnyCy } from './fixtures';

/** A news report written for these tests (tests/fixtures/heldout/README.md says how). */
const article = readFileSync('tests/fixtures/heldout/heldout-coup/article.txt', 'utf8');
const panel = '[data-testid="evidence-panel"]';

/** /new, hydrated and with what was kept restored (filling earlier could be overwritten). */
async function openNew(page: Page) {
	await page.goto('/new');
	await page.locator('form[data-ready="true"]').waitFor();
}

async function draftArticle(page: Page, text = article, title = 'Niger coup') {
	await openNew(page);
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Draft the map' }).click();
	await page.waitForURL(/\/my\/map\?id=/);
}

/** The drafted node with the most passages, as the live graph holds it. */
async function busiestNode(page: Page): Promise<{ id: string; name: string }> {
	return page.evaluate(() => {
		const cy = (window as unknown as { __cy: AnyCy }).__cy;
		const nodes = cy.nodes().toArray() as AnyCy[];
		const top = nodes.sort((a, b) => b.data('passages') - a.data('passages'))[0];
		return { id: top.id(), name: top.data('name') };
	});
}

test.describe('a map of your own article', () => {
	test('paste → draft → explore → reload → export a dataset the checker accepts', async ({
		page
	}) => {
		await draftArticle(page);
		await graphReady(page);
		const node = await busiestNode(page);
		await clickGraph(page, node.id);
		await expect(page.locator(`${panel} h2`)).toContainText(node.name);
		await expect(page.locator(panel)).toContainText('Draft');
		const shown = await shownPassages(page, `${panel} section[aria-labelledby="node-passages"]`);
		expect(shown.length).toBeGreaterThan(0);
		for (const quote of shown) expect(article).toContain(quote);
		// The article beside it marks the same passages.
		const active = page.locator('[data-testid="reader"] .marked.active');
		await expect(active.first()).toBeVisible();
		const activeText = (await active.allTextContents()).join('');
		for (const quote of shown) expect(activeText).toContain(quote);

		const address = page.url();
		expect(address).toContain(`node=${node.id}`);
		await page.reload();
		await page.locator(`${panel} h2`).waitFor();
		await expect(page.locator(`${panel} h2`)).toContainText(node.name);

		await page.getByRole('button', { name: 'Export' }).click();
		// A draft map offers to leave its drafts out; by default they go in.
		await expect(
			page.getByRole('checkbox', { name: /^Leave out the \d+ drafts$/ })
		).not.toBeChecked();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /Dataset \(\.zip\)/ }).click();
		const entries = await unpack(await download);
		const slug = 'niger-coup';
		// The folder itself, then its files: no story, since the draft has none.
		expect(Object.keys(entries).sort()).toEqual([
			`${slug}/`,
			`${slug}/article.txt`,
			`${slug}/graph.json`
		]);
		expect(strFromU8(entries[`${slug}/article.txt`]!)).toBe(article);
		const checked = checkZip(entries, slug);
		expect(checked.ok ? [] : checked.problems).toEqual([]);
	});

	test('what is typed in the form survives a reload', async ({ page }) => {
		await openNew(page);
		await page.getByLabel('Article text').fill(article);
		await page.getByLabel('Outlet').fill('The Sahel Review');
		await expect(page.getByText('Kept in this browser.')).toBeVisible();
		// Everything typed is stored, the outlet too (it was typed after the text was kept).
		await page.locator('.saved[data-kept="true"]').waitFor();
		await page.reload();
		await expect(page.getByLabel('Article text')).toHaveValue(article);
		await expect(page.getByLabel('Outlet')).toHaveValue('The Sahel Review');
	});

	test('an empty text is refused with the fix', async ({ page }) => {
		await openNew(page);
		await page.getByLabel('Article text').fill('   \n  ');
		await page.getByRole('button', { name: 'Draft the map' }).click();
		await expect(page.getByRole('alert')).toContainText('There is no article text yet.');
		await expect(page.getByLabel('Article text')).toBeFocused();
	});

	test('a file over 2 MB is refused, naming the limit', async ({ page }) => {
		await openNew(page);
		await page.locator('#open-article-file').setInputFiles({
			name: 'book.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Word '.repeat(450_000))
		});
		await expect(page.getByRole('alert')).toContainText('2.0 MB');
		await expect(page.getByLabel('Article text')).toHaveValue('');
	});

	test('a binary file is refused, and the text already typed is kept', async ({ page }) => {
		await openNew(page);
		await page.getByLabel('Article text').fill('Kept text.');
		await page.locator('#open-article-file').setInputFiles({
			name: 'photo.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2])
		});
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.getByLabel('Article text')).toHaveValue('Kept text.');
	});

	test('an HTML file: its text and details are read, nothing in it runs or loads', async ({
		page
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await openNew(page);
		const html = `<!doctype html><html><head><title>Junta holds Bazoum | Sahel Review</title>
			<meta property="og:site_name" content="Sahel Review">
			<meta name="author" content="Ibrahim Sani">
			<meta property="article:published_time" content="2023-07-30T09:00:00Z">
			<link rel="canonical" href="https://example.org/niger-junta">
			<script>window.__ran = true</script></head>
			<body onload="window.__ran = true"><article><h1>Junta holds Bazoum</h1>
			<p>ECOWAS gave Niger’s junta one week.</p><img src="https://tracker.example/pixel.gif" onerror="window.__ran = true">
			<p>President Mohamed Bazoum remained in detention.</p></article></body></html>`;
		await page.locator('#open-article-file').setInputFiles({
			name: 'niger.html',
			mimeType: 'text/html',
			buffer: Buffer.from(html)
		});
		await expect(page.getByLabel('Article text')).toHaveValue(
			/ECOWAS gave Niger’s junta one week\./
		);
		const text = await page.getByLabel('Article text').inputValue();
		expect(text).toContain('\n\nPresident Mohamed Bazoum remained in detention.');
		expect(text).not.toContain('window.__ran');
		await expect(page.getByLabel('Outlet')).toHaveValue('Sahel Review');
		await expect(page.getByLabel('Authors')).toHaveValue('Ibrahim Sani');
		await expect(page.getByLabel('Published')).toHaveValue('2023-07-30');
		await expect(page.getByLabel('URL')).toHaveValue('https://example.org/niger-junta');
		expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
		expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
	});

	test('a text with no names gives an empty draft that says so', async ({ page }) => {
		await draftArticle(
			page,
			'it rained all day.\n\nthen it stopped, and the river went down.',
			'Rain'
		);
		await expect(page.getByRole('status').filter({ hasText: 'No nodes yet.' })).toBeVisible();
		await expect(page.locator('[aria-label="Article text"]')).toContainText('the river went down');
	});

	test('right-to-left and emoji text keep their passages exact', async ({ page }) => {
		const text =
			'Talks in Cairo 🤝 stalled.\n\nEgypt and Ethiopia met again. مصر وإثيوبيا اجتمعتا مرة أخرى.\n\nPresident Abdel Fattah el-Sisi said Egypt would not give up its share of the Nile 🌊.';
		await draftArticle(page, text, 'Nile talks');
		await graphReady(page);
		await clickGraph(page, (await busiestNode(page)).id);
		const shown = await shownPassages(page, `${panel} section[aria-labelledby="node-passages"]`);
		expect(shown.length).toBeGreaterThan(0);
		for (const quote of shown) expect(text).toContain(quote);
	});

	test('when the browser refuses storage, the page says so and offers the files', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException(
						'The user denied permission to access the database.',
						'SecurityError'
					);
				}
			});
		});
		await openNew(page);
		await expect(page.getByRole('alert')).toContainText(/stor/i);
		await page.getByLabel('Article text').fill(article);
		await page.getByRole('button', { name: 'Draft the map' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the dataset (.zip)' }).click();
		const entries = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
		const articleEntry = Object.keys(entries).find((n) => n.endsWith('/article.txt'))!;
		expect(strFromU8(entries[articleEntry]!)).toBe(article);
	});

	test('an unknown map id says so, with the way home', async ({ page }) => {
		await page.goto('/my/map?id=nothing-here');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('No map');
		await expect(page.getByRole('link', { name: 'New map' })).toBeVisible();
	});
});
