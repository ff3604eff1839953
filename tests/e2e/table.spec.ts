import { test, expect, openTable, openExplorer, loadDataset, graphReady } from './fixtures';
import { whereLabel } from '../../src/lib/format';

const dataset = loadDataset();
const nodes = 'table.nodes tbody tr[data-id]';
const edges = 'table.edges tbody tr[data-id]';

test.describe('the table view', () => {
	test('lists every node and every relation in captioned tables with row and column headers', async ({
		page
	}) => {
		await openTable(page);
		await expect(page.locator(nodes)).toHaveCount(dataset.nodes.length);
		await expect(page.locator(edges)).toHaveCount(dataset.edges.length);
		await expect(page.locator('table.nodes caption')).toContainText(
			`Nodes: ${dataset.nodes.length} of ${dataset.nodes.length} shown`
		);
		await expect(page.locator('table.edges caption')).toContainText(
			`Relations: ${dataset.edges.length} of ${dataset.edges.length} shown`
		);
		expect(await page.locator('thead th:not([scope="col"])').count()).toBe(0);
		await expect(page.locator('table.nodes tbody th[scope="row"]')).toHaveCount(
			dataset.nodes.length
		);
	});

	test("shows each element's passages verbatim, with their paragraph numbers", async ({ page }) => {
		await openTable(page);
		for (const node of dataset.nodes.slice(0, 12)) {
			const row = page.locator(`#node-row-${node.id}`);
			expect(await row.locator('blockquote').allTextContents()).toEqual(
				node.passages.map((p) => p.exact)
			);
			expect(await row.locator('.where').allTextContents()).toEqual(node.passages.map(whereLabel));
		}
		const edge = dataset.edges[0]!;
		expect(await page.locator(`#edge-row-${edge.id} blockquote`).allTextContents()).toEqual(
			edge.passages.map((p) => p.exact)
		);
	});

	test('says who makes each relation, marks inferences, and labels background as not from the article', async ({
		page
	}) => {
		await openTable(page);
		const claimed = (id: string) => page.locator(`#edge-row-${id} td.claimed`);
		const cases = [
			{ by: 'caption', text: 'the photo caption, not the authors' },
			{ by: 'headline', text: 'the headline, not the authors' },
			{ by: 'officials', text: 'officials, as reported by the authors' }
		];
		for (const { by, text } of cases) {
			const edge = dataset.edges.find((e) => e.assertedBy.by === by && e.basis === 'stated')!;
			await expect(claimed(edge.id)).toContainText(text);
		}
		const inferred = dataset.edges.filter((e) => e.basis === 'inference');
		expect(inferred.length).toBeGreaterThan(0);
		await expect(page.locator('td.claimed [data-basis="inference"]')).toHaveCount(inferred.length);
		for (const edge of inferred) {
			await expect(claimed(edge.id)).toContainText('Inference: the map’s reading, not stated');
			await expect(claimed(edge.id)).toContainText(edge.assertedBy.note!);
		}
		for (const node of dataset.nodes) {
			const cell = page.locator(`#node-row-${node.id} td.summary`);
			if (node.background) {
				await expect(cell.locator('.background')).toHaveText(
					`Background, not from the article: ${node.background}`
				);
				await expect(cell).toContainText(node.summary);
			} else await expect(cell.locator('.background')).toHaveCount(0);
		}
	});

	test('?node= highlights that row and scrolls to it', async ({ page }) => {
		await openTable(page, '?node=north-korea');
		const row = page.locator('#node-row-north-korea');
		await expect(row).toHaveAttribute('aria-current', 'true');
		await expect(row).toBeInViewport();
		await expect(page.locator('tr[aria-current]')).toHaveCount(1);
	});

	test("clicking a row's name selects it and updates the address", async ({ page }) => {
		await openTable(page);
		await page.locator('#node-row-japan th').getByRole('button').click();
		await expect(page).toHaveURL(/\/camp-david-2023\/table\?node=japan$/);
		await expect(page.locator('#node-row-japan')).toHaveAttribute('aria-current', 'true');
		await expect(page.locator('[data-testid="announcer"]')).toContainText('Japan');
		const edge = dataset.edges.find((e) => e.source === 'north-korea')!;
		await page.locator(`#edge-row-${edge.id} th`).getByRole('button').click();
		await expect(page).toHaveURL(new RegExp(`table\\?edge=${edge.id}$`));
		await expect(page.locator(`#edge-row-${edge.id}`)).toHaveAttribute('aria-current', 'true');
	});

	test('sorts by a column from its header, saying so with aria-sort', async ({ page }) => {
		await openTable(page);
		const name = page.locator('table.nodes thead th').first();
		await expect(name).toHaveAttribute('aria-sort', 'ascending');
		const sorted = [...dataset.nodes]
			.map((n) => n.label)
			.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
		await expect(page.locator(`${nodes} th`).first()).toHaveText(sorted[0]!);
		await name.getByRole('button').click();
		await expect(name).toHaveAttribute('aria-sort', 'descending');
		await expect(page.locator(`${nodes} th`).first()).toHaveText(sorted.at(-1)!);
		const passages = page.locator('table.nodes thead th', { hasText: 'Passages' });
		// A count sorts most first on the first press, then fewest first.
		await passages.getByRole('button').click();
		await expect(passages).toHaveAttribute('aria-sort', 'descending');
		await expect(name).toHaveAttribute('aria-sort', 'none');
		const most = Math.max(...dataset.nodes.map((n) => n.passages.length));
		await expect(page.locator(`${nodes}`).first().locator('blockquote')).toHaveCount(most);
		await passages.getByRole('button').click();
		await expect(passages).toHaveAttribute('aria-sort', 'ascending');
	});

	test('filters by text, by type and by stance, with the explorer’s hide= and hideStance=', async ({
		page
	}) => {
		await openTable(page, '?hide=event&hideStance=neutral');
		const events = dataset.nodes.filter((n) => n.type === 'event').length;
		await expect(page.locator(nodes)).toHaveCount(dataset.nodes.length - events);
		await expect(page.getByRole('button', { name: /Event/ })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		const shownEdges = await page.locator(`${edges} .stance`).allTextContents();
		expect(shownEdges.some((s) => s.includes('neutral'))).toBe(false);

		await page.getByRole('button', { name: /Event/ }).click();
		await expect(page).toHaveURL(/table\?hideStance=neutral$/);
		await expect(page.locator(nodes)).toHaveCount(dataset.nodes.length);

		await page.getByLabel('Filter by text').fill('Tokyo');
		await expect(page.locator(nodes)).toHaveCount(
			dataset.nodes.filter((n) =>
				[n.label, ...(n.aliases ?? []), n.summary, ...n.passages.map((p) => p.exact)].some((t) =>
					t.toLowerCase().includes('tokyo')
				)
			).length
		);
		await expect(page.locator(nodes).first()).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(/^\d+ nodes? and \d+ relations? match\.$/);
		await page.getByLabel('Filter by text').fill('no such words anywhere');
		await expect(page.getByText('No node matches the filters.')).toBeVisible();
	});

	test('keeps its sorts and text filter in the address, in place of the history entry', async ({
		page
	}) => {
		await openTable(page, '?node=japan');
		const length = await page.evaluate(() => history.length);
		const relations = page.locator('table.nodes thead th', { hasText: 'Relations' });
		await relations.getByRole('button').click();
		await expect(page).toHaveURL(/\/table\?node=japan&sort=relations-desc$/);
		await expect(relations).toHaveAttribute('aria-sort', 'descending');
		const degree = (id: string) =>
			dataset.edges.filter((e) => e.source === id || e.target === id).length;
		const most = Math.max(...dataset.nodes.map((n) => degree(n.id)));
		await expect(page.locator(`${nodes} td.number`).first()).toHaveText(String(most));

		const to = page.locator('table.edges thead th', { hasText: 'To' });
		await to.getByRole('button').click();
		await expect(page).toHaveURL(/sort=relations-desc&relationSort=to-asc$/);
		await page.getByLabel('Filter by text').fill('Washington');
		await expect(page).toHaveURL(/&q=Washington$/);
		expect(await page.evaluate(() => history.length)).toBe(length);

		await page.reload();
		await page.locator('.table-view[data-ready="true"]').waitFor();
		await expect(page.getByLabel('Filter by text')).toHaveValue('Washington');
		await expect(relations).toHaveAttribute('aria-sort', 'descending');
		await expect(to).toHaveAttribute('aria-sort', 'ascending');
		await expect(page.locator('table.nodes caption')).toContainText(
			'sorted by number of relations, descending'
		);
		// Selecting a row keeps the table's state in the address it writes.
		await page.locator(`${edges} button.relation`).first().click();
		await expect(page).toHaveURL(
			/\?edge=[^&]+&sort=relations-desc&relationSort=to-asc&q=Washington$/
		);
	});

	test('on a phone, rows are cards: nothing needs sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openTable(page);
		for (const region of await page.locator('main .scroll').all()) {
			const { scroll, client } = await region.evaluate((el) => ({
				scroll: el.scrollWidth,
				client: el.clientWidth
			}));
			expect(scroll).toBeLessThanOrEqual(client + 1);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		// The passages wrap inside their card, and the cells say which column they are.
		const passages = page.locator(`${nodes} td.passages`).first();
		const box = (await passages.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await expect(page.getByRole('columnheader', { name: /Relations/ })).toBeVisible();
	});

	test('the Graph / Table toggle keeps the view', async ({ page }) => {
		await openTable(page, '?node=japan&hide=concept');
		const graph = page.getByRole('navigation', { name: 'View as' }).getByRole('link', {
			name: 'Graph'
		});
		await expect(graph).toHaveAttribute('href', '/camp-david-2023?node=japan&hide=concept');
		await expect(page.getByRole('link', { name: 'Table', exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await graph.click();
		await graphReady(page);
		await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('Japan');
		await page.getByRole('link', { name: 'Table', exact: true }).click();
		await page.locator('.table-view[data-ready="true"]').waitFor();
		await expect(page).toHaveURL(/\/camp-david-2023\/table\?node=japan&hide=concept$/);
	});

	test('the explorer links to the table with its current view', async ({ page }) => {
		await openExplorer(page, '?node=china');
		await expect(page.getByRole('link', { name: 'Table', exact: true })).toHaveAttribute(
			'href',
			'/camp-david-2023/table?node=china'
		);
	});
});
