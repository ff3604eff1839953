/**
 * A phone (390×844) is a layout of its own: the graph starts high on the screen and opens
 * readable around the selection, the legend waits behind a button, "Read in article" has a
 * way back, and the presentation's Previous / Next are always in reach.
 */
import { test, expect, openExplorer, loadDataset } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const steps = loadDataset().story!.steps;

test('the explorer: a compact header, the legend behind a button, the graph high up', async ({
	page
}) => {
	await openExplorer(page, '?node=japan');
	const canvasTop = await page.locator('.canvas').evaluate((el) => el.getBoundingClientRect().top);
	expect(canvasTop, 'the graph starts in the top quarter of the screen').toBeLessThan(844 / 4);
	const toggle = page.getByRole('button', { name: 'Legend and filters' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('group', { name: 'Legend and filter' })).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('group', { name: 'Legend and filter' })).toBeVisible();
	await page
		.getByRole('group', { name: 'Legend and filter' })
		.getByRole('button', { name: /Concern/ })
		.click();
	await expect(page).toHaveURL(/hide=concern/);
});

test('the graph opens around the selection at a readable zoom', async ({ page }) => {
	await openExplorer(page, '?node=japan');
	const view = await page.evaluate(() => {
		type Cy = {
			zoom(): number;
			width(): number;
			height(): number;
			getElementById(id: string): { renderedPosition(): { x: number; y: number } };
		};
		const cy = (window as unknown as { __cy: Cy }).__cy;
		return {
			zoom: cy.zoom(),
			at: cy.getElementById('japan').renderedPosition(),
			w: cy.width(),
			h: cy.height()
		};
	});
	// 12 px labels at zoom 1: the whole graph fitted to 390 px would be about a third of that.
	expect(view.zoom).toBeGreaterThanOrEqual(1);
	expect(view.at.x).toBeGreaterThan(0);
	expect(view.at.x).toBeLessThan(view.w);
	expect(view.at.y).toBeGreaterThan(0);
	expect(view.at.y).toBeLessThan(view.h);
});

test('"Read in article" has a way back to the evidence', async ({ page }) => {
	await openExplorer(page, '?node=japan');
	const read = page.locator('[data-testid="evidence-panel"]').getByRole('button', {
		name: 'Read in article'
	});
	await read.first().click();
	const back = page.getByRole('button', { name: '↑ Back to the evidence' });
	await expect(back).toBeVisible();
	await expect(page.locator('.evidence')).not.toBeInViewport();
	await back.click();
	await expect(read.first()).toBeFocused();
	await expect(read.first()).toBeInViewport({ ratio: 1 });
	await expect(back).toHaveCount(0);
});

test('the presentation keeps Previous and Next on screen through every step', async ({ page }) => {
	await page.goto('/camp-david-2023/present/1');
	await page.locator('.player[data-ready="true"]').waitFor();
	// From the top of the page, before any scrolling.
	await expect(page.locator('.nav')).toBeInViewport({ ratio: 1 });
	for (let n = 1; n < steps.length; n++) {
		await expect(page.locator('.player')).toHaveAttribute('data-step', String(n));
		// Read to the end of the step, then go on.
		await page.locator('.quote').scrollIntoViewIfNeeded();
		await expect(page.locator('.nav'), `step ${n}: the buttons are on screen`).toBeInViewport({
			ratio: 1
		});
		const before = await page.evaluate(() => scrollY);
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect(page.locator('#step-title')).toHaveText(steps[n]!.title);
		await expect(page.locator('.nav'), `step ${n + 1}: still on screen`).toBeInViewport({
			ratio: 1
		});
		if (before > 0) {
			expect(await page.evaluate(() => scrollY), 'not thrown back to the top').toBeGreaterThan(0);
		}
	}
});
