/**
 * The explorer's tools as a teacher preparing a class uses them: a path traced from a
 * selected node, the legend's filters and what they hide, the search in the article's words,
 * the passage menu, the right-hand column's split, copying a link or a quote, and the
 * pictures' extent and file names.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openExplorer, clickGraph, loadDataset, type AnyCy } from './fixtures';
import { quotation } from '../../src/lib/graph/citation';
import { frameMetrics } from '../../src/lib/cytoscape/export-frame';

const dataset = loadDataset();
const panel = '[data-testid="evidence-panel"]';
const reader = '[data-testid="reader"]';
const typeButtons = 'ul[aria-label="Node types"] button';

test.describe('tracing a path from a selected node', () => {
	test('shows the path’s steps and their passages, not the node it was traced from', async ({
		page
	}) => {
		await openExplorer(page, '?node=north-korea');
		await expect(page.locator(`${panel} h2`)).toHaveText('North Korea');
		await page.getByText('Trace a path between two nodes').click();
		await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('North Korea');
		const to = page.getByRole('combobox', { name: 'To' });
		await to.fill('2024 U.S. election');
		await to.press('Enter');
		await expect(page).toHaveURL(/\?path=north-korea,us-election-2024$/);
		await expect(page.locator(`${panel} h2`)).toHaveText(
			/^How North Korea connects to 2024 U\.S\. election$/
		);
		const steps = page.locator(`${panel} ol.steps > li`);
		await expect(steps.first()).toBeVisible();
		expect(await steps.count()).toBeGreaterThan(0);
		await expect(steps.first().locator('figure.passage mark').first()).toBeVisible();
	});
});

test.describe('the legend’s filters', () => {
	test('replace the history entry: Back leaves the view instead of replaying each toggle', async ({
		page
	}) => {
		await openExplorer(page);
		await clickGraph(page, 'north-korea');
		await expect(page).toHaveURL(/\?node=north-korea$/);
		const length = await page.evaluate(() => history.length);
		await page.getByRole('button', { name: /^Event\b/ }).click();
		await expect(page).toHaveURL(/\?node=north-korea&hide=event$/);
		await page.getByRole('button', { name: /^Mechanism\b/ }).click();
		await expect(page).toHaveURL(/hide=event,mechanism$/);
		await page.getByRole('button', { name: /^cooperative\b/i }).click();
		await expect(page).toHaveURL(/hideStance=cooperative$/);
		expect(await page.evaluate(() => history.length)).toBe(length);
		await page.goBack();
		await expect(page).toHaveURL(/\/camp-david-2023$/);
	});

	test('say when they hide the selection, and show it again on request', async ({ page }) => {
		await openExplorer(page, '?node=north-korea');
		const notice = page.getByTestId('hidden-selection');
		await expect(notice).toHaveAttribute('role', 'status');
		await expect(notice).toBeEmpty();
		await page.getByRole('button', { name: /^Actor\b/ }).click();
		await expect(notice).toContainText(
			'North Korea is selected but not drawn: the legend hides actor nodes.'
		);
		await notice.getByRole('button', { name: 'Show it' }).click();
		await expect(page).toHaveURL(/\?node=north-korea$/);
		await expect(notice).toBeEmpty();
		await expect(page.getByRole('button', { name: /^Actor\b/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('with every type hidden, the graph says why and how to undo it', async ({ page }) => {
		await openExplorer(page);
		const message = page.getByTestId('all-hidden');
		const buttons = page.locator(typeButtons);
		const count = await buttons.count();
		for (let i = 0; i < count; i++) {
			await expect(message).toBeEmpty();
			await buttons.nth(i).click();
		}
		await expect(message).toContainText(
			'The graph is empty because the legend hides every node type.'
		);
		await message.getByRole('button', { name: 'Show everything' }).click();
		await expect(message).toBeEmpty();
		for (let i = 0; i < count; i++) {
			await expect(buttons.nth(i)).toHaveAttribute('aria-pressed', 'true');
		}
	});
});

test.describe('search in the article’s words', () => {
	test('finds “Washington”, which no name holds, and selects what its passage supports', async ({
		page
	}) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await search.fill('Washington');
		const group = page.getByRole('group', { name: 'In the article’s text' });
		await expect(group).toBeVisible();
		const first = group.getByRole('option').first();
		await expect(first.locator('mark')).toHaveText('Washington');
		await search.press('Enter');
		await expect(page).toHaveURL(/\?(node|edge)=/);
		const id = new URL(page.url()).searchParams;
		const element =
			dataset.nodes.find((n) => n.id === id.get('node')) ??
			dataset.edges.find((e) => e.id === id.get('edge'))!;
		expect(element.passages.some((p) => p.exact.includes('Washington'))).toBe(true);
		await expect(page.locator(`${reader} .marked.active`).first()).toBeVisible();
	});

	test('lists name matches first, the article’s words after them as a group of their own', async ({
		page
	}) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await search.fill('korea');
		const listbox = page.getByRole('listbox', { name: 'Matching nodes' });
		const groups = listbox.getByRole('group');
		await expect(groups).toHaveCount(2);
		await expect(groups.nth(0)).toHaveAccessibleName('Names');
		await expect(groups.nth(1)).toHaveAccessibleName('In the article’s text');
		const names = await groups.nth(0).getByRole('option').locator('.name').allTextContents();
		const inText = await groups.nth(1).getByRole('option').locator('.name').allTextContents();
		expect(names).toContain('South Korea');
		expect(inText).not.toContain('South Korea');
		// The arrow keys go on from the names into the article's matches.
		for (let i = 0; i < names.length; i++) await search.press('ArrowDown');
		await expect(groups.nth(1).getByRole('option').first()).toHaveAttribute(
			'aria-selected',
			'true'
		);
	});
});

/** Scrolls the reader so a passage supporting several elements sits at its bottom edge. */
async function passageAtBottom(page: Page) {
	return page.evaluate((reader) => {
		const scroller = document.querySelector<HTMLElement>(reader)!;
		const marks = [...scroller.querySelectorAll<HTMLElement>('.marked[data-count]')].filter(
			(m) => Number(m.dataset.count) >= 3
		);
		const mark = marks[Math.floor(marks.length / 2)]!;
		const box = scroller.getBoundingClientRect();
		const rects = mark.getClientRects();
		const last = rects[rects.length - 1]!;
		scroller.scrollTop += last.bottom - box.bottom + 6;
		const after = mark.getClientRects()[mark.getClientRects().length - 1]!;
		return { x: after.left + Math.min(20, after.width / 2), y: (after.top + after.bottom) / 2 };
	}, reader);
}

test.describe('the passage menu in the article', () => {
	test('stays inside the window near its bottom, and its choice is read from the top', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openExplorer(page, '?node=south-korea');
		const evidence = page.locator('#evidence-pane');
		await evidence.evaluate((el) => (el.scrollTop = 400));
		expect(await evidence.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
		const at = await passageAtBottom(page);
		await page.mouse.click(at.x, at.y);
		const chooser = page.getByTestId('passage-chooser');
		await expect(chooser).toBeVisible();
		const box = (await chooser.boundingBox())!;
		const readerBox = (await page.locator(reader).boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(Math.min(800, readerBox.y + readerBox.height));
		expect(box.y).toBeGreaterThanOrEqual(readerBox.y);
		const options = chooser.getByRole('button');
		for (let i = 0; i < (await options.count()); i++) {
			await expect(options.nth(i)).toBeInViewport({ ratio: 1 });
		}
		await options.last().click();
		await expect(chooser).toBeHidden();
		await expect.poll(() => evidence.evaluate((el) => el.scrollTop)).toBe(0);
		await expect(page.locator(`${panel} h2`)).toBeInViewport();
	});
});

test.describe('the right-hand column at 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('gives the evidence most of the height, split by a bar the keyboard moves', async ({
		page
	}) => {
		await openExplorer(page, '?node=north-korea');
		const evidence = page.locator('#evidence-pane');
		const article = page.locator('aside.article');
		const split = page.getByRole('separator', { name: 'Resize the evidence and the article' });
		await expect(split).toBeVisible();
		await expect(split).toContainText('Evidence scrolls');
		await expect(split).toContainText('Article scrolls');
		const before = (await evidence.boundingBox())!.height;
		expect(before).toBeGreaterThan(400);
		expect((await article.boundingBox())!.height).toBeGreaterThan(200);
		await split.focus();
		await page.keyboard.press('ArrowDown');
		await expect(split).toHaveAttribute('aria-valuenow', '65');
		expect((await evidence.boundingBox())!.height).toBeGreaterThan(before);
		await page.keyboard.press('Home');
		await expect(split).toHaveAttribute('aria-valuenow', '20');
	});

	test('scrolls the article to a whole line at its top edge', async ({ page }) => {
		await openExplorer(page, '?node=north-korea');
		const scroller = page.locator(reader);
		// Scrolled, and settled: a smooth scroll measured on its way would be cut anywhere.
		await expect
			.poll(() =>
				scroller.evaluate(
					(el) =>
						new Promise<string>((resolve) => {
							const at = el.scrollTop;
							requestAnimationFrame(() =>
								requestAnimationFrame(() =>
									resolve(at > 0 && el.scrollTop === at ? 'settled' : 'moving')
								)
							);
						})
				)
			)
			.toBe('settled');
		const misalignment = await scroller.evaluate((el) => {
			const top = el.getBoundingClientRect().top;
			// The paragraph or heading cut by the top edge, if any.
			const blocks = [...el.querySelectorAll<HTMLElement>('article > *')];
			const cut = blocks.find((b) => {
				const r = b.getBoundingClientRect();
				return r.top < top - 0.5 && r.bottom > top + 0.5;
			});
			if (!cut) return 0;
			const line = parseFloat(getComputedStyle(cut).lineHeight);
			const into = (top - cut.getBoundingClientRect().top) / line;
			return Math.abs(into - Math.round(into));
		});
		expect(misalignment).toBeLessThan(0.05);
	});

	test('has no split on a phone, where the page scrolls', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openExplorer(page, '?node=north-korea');
		await expect(page.getByRole('separator')).toBeHidden();
	});
});

test.describe('copying', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('“Copy quote” copies the passage with its ¶, authors, outlet and address', async ({
		page
	}) => {
		await openExplorer(page, '?node=north-korea');
		const figure = page.locator(`${panel} section[aria-labelledby="node-passages"] figure`).first();
		await figure.getByRole('button', { name: 'Copy quote' }).click();
		await expect(figure.getByRole('status')).toHaveText('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const passage = dataset.nodes.find((n) => n.id === 'north-korea')!.passages[0]!;
		expect(copied).toBe(quotation(passage, dataset.source));
		expect(copied).toContain(`“${passage.exact}” (¶ ${passage.paragraph})`);
		for (const author of dataset.source.authors) expect(copied).toContain(author);
		expect(copied).toContain(dataset.source.outlet!);
		expect(copied).toContain(dataset.source.url!);
	});

	test('“Copy link” copies the address of the view as it is now', async ({ page, baseURL }) => {
		await openExplorer(page, '?node=japan');
		await clickGraph(page, 'north-korea');
		const button = page.getByRole('button', { name: 'Copy link' });
		await button.click();
		await expect(page.getByRole('banner').getByText('Copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/camp-david-2023?node=north-korea`
		);
	});

	test('when the browser refuses, shows the text selected to copy by hand', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
		});
		await openExplorer(page, '?node=north-korea');
		await page.getByRole('button', { name: 'Copy quote' }).first().click();
		const alert = page.getByRole('alert').filter({ hasText: 'would not copy' });
		await expect(alert).toBeVisible();
		const field = alert.getByRole('textbox', { name: 'Text to copy' });
		await expect(field).toBeFocused();
		const passage = dataset.nodes.find((n) => n.id === 'north-korea')!.passages[0]!;
		await expect(field).toHaveValue(quotation(passage, dataset.source));
	});
});

/** Chooses what pictures show and a format, and returns the file the browser saved. */
async function exportPicture(
	page: Page,
	extent: 'The whole graph' | 'What is on screen',
	format: string
) {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	await page.getByRole('radio', { name: extent }).check();
	const item = page.getByRole('button', { name: new RegExp(`^${format}`) });
	const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
	const bytes = await readFile((await download.path())!);
	return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

test.describe('pictures of a view', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('hold what is on screen or the whole graph, named after the view', async ({ page }) => {
		await openExplorer(page, '?node=japan&focus=japan');
		// Once the focus is framed, its labels placed first.
		await page.locator('.canvas[data-settled="true"]').waitFor();
		const size = await page.evaluate(() => {
			const cy = (window as unknown as { __cy: AnyCy }).__cy;
			const box = cy.elements().boundingBox();
			return { w: cy.width(), whole: Math.ceil(box.w), extent: cy.extent() };
		});
		const shown = await exportPicture(page, 'What is on screen', 'PNG image, 2×');
		expect(shown.name).toBe('camp-david-2023-focus-japan-japan-as-shown@2x.png');
		const width = shown.bytes.readUInt32BE(16);
		const margins = 2 * frameMetrics.margin;
		expect(
			Math.abs(width - 2 * (Math.max(size.w, frameMetrics.minContentWidth) + margins))
		).toBeLessThanOrEqual(4);

		const whole = await exportPicture(page, 'The whole graph', 'PNG image, 2×');
		expect(whole.name).toBe('camp-david-2023-focus-japan-japan@2x.png');
		const wholeWidth = whole.bytes.readUInt32BE(16);
		expect(
			Math.abs(wholeWidth - 2 * (Math.max(size.whole, frameMetrics.minContentWidth) + margins))
		).toBeLessThanOrEqual(4);

		const svg = await exportPicture(page, 'What is on screen', 'SVG image');
		expect(svg.name).toBe('camp-david-2023-focus-japan-japan-as-shown.svg');
		expect(svg.text).toContain('clip-path="url(#shown-view)"');
		// The clip is the view's extent, written to a tenth of a unit.
		const clip = svg.text.match(
			/<clipPath id="shown-view"><rect x="[-\d.]+" y="[-\d.]+" width="([\d.]+)"/
		);
		expect(Number(clip?.[1])).toBeCloseTo(size.extent.x2 - size.extent.x1, 0);
	});

	test('data files keep the dataset’s name: they hold the whole graph whatever the view', async ({
		page
	}) => {
		await openExplorer(page, '?focus=japan');
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^GEXF/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('camp-david-2023.gexf');
	});
});
