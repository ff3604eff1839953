import { test, expect, openExplorer, clickGraph, loadDataset } from './fixtures';

const dataset = loadDataset();
const panel = '[data-testid="evidence-panel"]';

test.describe('how the graph starts', () => {
	test('without JavaScript the graph is already there, as static SVG with every label', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/camp-david-2023');
		const picture = page.getByTestId('static-graph');
		await expect(picture).toBeVisible();
		await expect(picture).toHaveAttribute('aria-hidden', 'true');
		const labels = await picture
			.locator('text')
			.evaluateAll((texts) => texts.map((t) => t.textContent!.replace(/\s+/g, '')));
		expect(labels.sort()).toEqual(dataset.nodes.map((n) => n.label.replace(/\s+/g, '')).sort());
		const types = new Set(dataset.nodes.map((n) => n.type));
		await expect(picture.locator('path[fill]:not([d=""])')).not.toHaveCount(0);
		expect(await picture.locator('g[stroke] > path:not([d=""])').count()).toBe(types.size);
		await context.close();
	});

	test('the static picture gives way to Cytoscape once it has drawn', async ({ page }) => {
		await openExplorer(page);
		await expect(page.getByTestId('static-graph')).toHaveCount(0);
		await expect(page.locator('.canvas canvas').first()).toBeVisible();
	});

	test('?renderer=webgl starts the WebGL renderer, and a tap on a node selects it', async ({
		page
	}) => {
		await openExplorer(page, '?renderer=webgl');
		const webgl = await page.evaluate(
			() =>
				(window as unknown as { __cy: { renderer(): { webgl?: boolean } } }).__cy.renderer()
					.webgl === true
		);
		expect(webgl).toBe(true);
		// Software WebGL draws its first frames slowly, and the view may still settle (a refit on
		// the container's first resize) between reading a node's position and the click: aim again.
		await expect(async () => {
			await clickGraph(page, 'north-korea');
			await expect(page.locator(`${panel} h2`)).toHaveText('North Korea', { timeout: 1000 });
		}).toPass({ timeout: 10_000 });
		// The choice stays in the address with every view, so a reload or a shared link keeps it.
		await expect(page).toHaveURL(/\?node=north-korea&renderer=webgl$/);
	});
});
