/**
 * Every mouse action has a keyboard path: one test per action, each reaching
 * its control with Tab (never a click) and working it with keys alone.
 */
import {
	test,
	expect,
	openExplorer,
	openTable,
	loadDataset,
	panelComplete,
	tabTo,
	type AnyCy
} from './fixtures';

const dataset = loadDataset();
const panel = '[data-testid="evidence-panel"]';
const reader = '[data-testid="reader"]';
const nodeInUrl = (url: string) => new URL(url).searchParams.get('node');

test.describe('keyboard paths for mouse actions', () => {
	test('click a node → Tab to the graph, arrow keys; a focus ring and an announcement follow', async ({
		page
	}) => {
		await openExplorer(page);
		await tabTo(page, page.locator('.canvas'));
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/\?node=/);
		const id = nodeInUrl(page.url())!;
		const label = dataset.nodes.find((n) => n.id === id)!.label;
		await expect(page.locator(`${panel} h2`)).toHaveText(label);
		await expect(page.locator('[data-testid="announcer"]')).toContainText(`${label} —`);
		// The graph restyles in the frame after the evidence is painted.
		await expect
			.poll(() =>
				page.evaluate(() =>
					(window as unknown as { __cy: AnyCy }).__cy
						.$('node.keyboard-focus')
						.map((n: AnyCy) => n.id())
				)
			)
			.toEqual([id]);
		await page.keyboard.press('Enter');
		await expect(page.locator(`${panel} h2`)).toBeFocused();
	});

	test('click the empty canvas to clear → Escape', async ({ page }) => {
		await openExplorer(page, '?node=japan');
		await tabTo(page, page.locator('.canvas'));
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/node=/);
	});

	test('click a relation → the node panel’s “details” button', async ({ page }) => {
		await openExplorer(page, '?node=north-korea');
		const details = page.locator(`${panel} button.more`).first();
		await tabTo(page, details);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?edge=/);
		const edge = dataset.edges.find((e) => e.id === new URL(page.url()).searchParams.get('edge'))!;
		expect([edge.source, edge.target]).toContain('north-korea');
		await expect(page.locator(`${panel} dd.stance`)).toContainText(edge.stance);
	});

	test('drag to pan → Shift + arrow keys', async ({ page }) => {
		await openExplorer(page);
		await tabTo(page, page.locator('.canvas'));
		const before = await page.evaluate(() => (window as unknown as { __cy: AnyCy }).__cy.pan());
		await page.keyboard.press('Shift+ArrowRight');
		await page.keyboard.press('Shift+ArrowDown');
		const after = await page.evaluate(() => (window as unknown as { __cy: AnyCy }).__cy.pan());
		expect(after.x).toBeLessThan(before.x);
		expect(after.y).toBeLessThan(before.y);
		await expect(page).not.toHaveURL(/node=/);
	});

	test('wheel zoom → + and − on the graph, and the zoom buttons', async ({ page }) => {
		await openExplorer(page);
		const zoom = () =>
			page.evaluate(() => (window as unknown as { __cy: AnyCy }).__cy.zoom() as number);
		await tabTo(page, page.locator('.canvas'));
		const start = await zoom();
		await page.keyboard.press('+');
		expect(await zoom()).toBeGreaterThan(start);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		expect(await zoom()).toBeLessThan(start);
		await tabTo(page, page.getByRole('button', { name: 'Zoom in' }));
		const before = await zoom();
		await page.keyboard.press('Enter');
		expect(await zoom()).toBeGreaterThan(before);
		await tabTo(page, page.getByRole('button', { name: 'Zoom out' }));
		await page.keyboard.press('Space');
		await expect.poll(zoom).toBeCloseTo(before, 5);
	});

	test('the Fit button → 0 on the graph, and the button from the keyboard', async ({ page }) => {
		await openExplorer(page);
		const zoom = () =>
			page.evaluate(() => (window as unknown as { __cy: AnyCy }).__cy.zoom() as number);
		const fitted = await zoom();
		await tabTo(page, page.locator('.canvas'));
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await page.keyboard.press('0');
		await expect.poll(zoom).toBeCloseTo(fitted, 2);
		await page.keyboard.press('+');
		await tabTo(page, page.getByRole('button', { name: 'Fit' }));
		await page.keyboard.press('Enter');
		await expect.poll(zoom).toBeCloseTo(fitted, 2);
	});

	test('the Reset button from the keyboard', async ({ page }) => {
		await openExplorer(page, '?node=japan&hide=event');
		await tabTo(page, page.getByRole('button', { name: 'Reset' }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/camp-david-2023$/);
	});

	test('legend filters → Tab to a legend entry, Space or Enter', async ({ page }) => {
		await openExplorer(page);
		const event = page.getByRole('button', { name: /Event/ });
		await tabTo(page, event);
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/hide=event/);
		await expect(event).toHaveAttribute('aria-pressed', 'false');
		const neutral = page.getByRole('button', { name: /neutral/ });
		await tabTo(page, neutral);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/hideStance=neutral/);
	});

	test('a search result click → arrow keys and Enter in the search box', async ({ page }) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await tabTo(page, search);
		await page.keyboard.type('Seoul');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?node=south-korea$/);
	});

	test('a node name in the panel → Tab to it, Enter', async ({ page }) => {
		await openExplorer(page);
		const starter = page.locator(`${panel} .starters .node-link`).first();
		const name = (await starter.textContent())!.trim();
		await tabTo(page, starter);
		await page.keyboard.press('Enter');
		await expect(page.locator(`${panel} h2`)).toHaveText(name);
	});

	test('click a marked passage → one tab stop in the article, arrow keys between passages, Enter selects', async ({
		page
	}) => {
		await openExplorer(page);
		const stops = page.locator(`${reader} .marked[tabindex="0"]`);
		await expect(stops).toHaveCount(1);
		await tabTo(page, stops.first());
		const first = await page.evaluate(() => document.activeElement!.getAttribute('data-start'));
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement!.getAttribute('data-start'));
		expect(Number(second)).toBeGreaterThan(Number(first));
		await page.keyboard.press('ArrowLeft');
		expect(await page.evaluate(() => document.activeElement!.getAttribute('data-start'))).toBe(
			first
		);
		await expect(stops).toHaveCount(1);
		// Move to a passage that supports one element and select it.
		for (let i = 0; i < 300; i++) {
			const count = await page.evaluate(() => document.activeElement!.getAttribute('data-count'));
			if (count === '1') break;
			await page.keyboard.press('ArrowRight');
		}
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?(node|edge)=/);
		await expect(page.locator(`${reader} .marked:focus`)).toHaveClass(/active/);
	});

	test('a passage that supports several → Enter opens the chooser, keys pick, focus comes back', async ({
		page
	}) => {
		await openExplorer(page);
		await tabTo(page, page.locator(`${reader} .marked[tabindex="0"]`));
		for (let i = 0; i < 300; i++) {
			const count = await page.evaluate(() => document.activeElement!.getAttribute('data-count'));
			if (count !== '1') break;
			await page.keyboard.press('ArrowRight');
		}
		const origin = await page.evaluate(() => document.activeElement!.getAttribute('data-start'));
		await page.keyboard.press('Enter');
		const chooser = page.locator('[data-testid="passage-chooser"]');
		await expect(chooser).toBeVisible();
		await expect(chooser.getByRole('button').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(chooser).toBeHidden();
		await expect(page.locator(`${reader} .marked[data-start="${origin}"]`)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(chooser).toBeVisible();
		await page.keyboard.press('Tab');
		const label = (await chooser.getByRole('button').nth(1).textContent())!.trim();
		await page.keyboard.press('Enter');
		await expect(chooser).toBeHidden();
		await expect(page.locator(`${panel} h2`)).toContainText(label.split(/\s+/)[0]!);
		await expect(page.locator(`${reader} .marked[data-start="${origin}"]`)).toBeFocused();
	});

	test('after selecting, Tab into the article lands on the selection’s first passage', async ({
		page
	}) => {
		await openExplorer(page, '?node=rahm-emanuel');
		const first = dataset.nodes.find((n) => n.id === 'rahm-emanuel')!.passages[0]!;
		const stop = page.locator(`${reader} .marked[tabindex="0"]`);
		await expect(stop).toHaveClass(/active/);
		expect(Number(await stop.getAttribute('data-start'))).toBeGreaterThanOrEqual(first.start);
	});

	test('“Read in article” from the keyboard scrolls the reader to the passage', async ({
		page
	}) => {
		await openExplorer(page, '?node=united-states');
		const passages = dataset.nodes.find((n) => n.id === 'united-states')!.passages;
		await panelComplete(page);
		const read = page
			.locator(`${panel} section[aria-labelledby="node-passages"] figure`)
			.last()
			.getByRole('button', { name: 'Read in article' });
		await tabTo(page, read);
		await page.keyboard.press('Enter');
		await expect(
			page.locator(`${reader} .marked[data-start="${passages.at(-1)!.start}"]`)
		).toBeInViewport();
	});

	test('tracing a path → open the finder, type in both fields, Enter', async ({ page }) => {
		await openExplorer(page);
		const summary = page.getByText('Trace a path between two nodes');
		await tabTo(page, summary);
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('combobox', { name: 'From' }));
		await page.keyboard.type('North Korea');
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('combobox', { name: 'To' }));
		await page.keyboard.type('Vladimir');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/path=north-korea,vladimir-putin/);
		// A step's relation opens from the keyboard too.
		const verb = page.locator(`${panel} ol.steps button.verb`).first();
		await tabTo(page, verb);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/edge=/);
	});

	test('focus on neighbours and its depth from the keyboard', async ({ page }) => {
		await openExplorer(page, '?node=japan');
		await tabTo(page, page.getByRole('button', { name: 'Focus on neighbours' }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/focus=japan/);
		const depth = page.getByRole('combobox', { name: 'Depth' });
		await tabTo(page, depth);
		await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/depth=2/);
	});

	test('dismissing a message from the keyboard', async ({ page }) => {
		await openExplorer(page, '?node=atlantis');
		const dismiss = page.getByRole('alert').getByRole('button', { name: 'Dismiss' });
		await tabTo(page, dismiss);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toBeHidden();
	});

	test('switching Graph / Table from the keyboard keeps the view', async ({ page }) => {
		await openExplorer(page, '?node=china');
		await tabTo(page, page.getByRole('link', { name: 'Table', exact: true }));
		await page.keyboard.press('Enter');
		await page.locator('.table-view[data-ready="true"]').waitFor();
		await expect(page.locator('#node-row-china')).toHaveAttribute('aria-current', 'true');
	});

	test('the table: sort from a header and select a row from the keyboard', async ({ page }) => {
		await openTable(page);
		const relations = page.locator('table.nodes thead th', { hasText: 'Relations' });
		await tabTo(page, relations.getByRole('button'));
		// A count sorts most first, then fewest first.
		await page.keyboard.press('Enter');
		await expect(relations).toHaveAttribute('aria-sort', 'descending');
		await page.keyboard.press('Enter');
		await expect(relations).toHaveAttribute('aria-sort', 'ascending');
		const first = page.locator('table.nodes tbody tr').first();
		const id = await first.getAttribute('data-id');
		await tabTo(page, first.locator('th button'));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`table\\?node=${id}&sort=relations-asc$`));
		await expect(first).toHaveAttribute('aria-current', 'true');
	});
});
