/**
 * prefers-reduced-motion is honoured: CSS animations and transitions take no
 * time, and the graph's own animations (fit, show in graph) are instant. Emphasis
 * changes are never animated.
 */
import type { Page } from '@playwright/test';
import { test, expect, openExplorer, type AnyCy } from './fixtures';

/** Records the duration of every cy.animate() call from now on. */
async function recordAnimations(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __cy: AnyCy; __durations: number[] };
		w.__durations = [];
		const animate = w.__cy.animate.bind(w.__cy);
		w.__cy.animate = (props: unknown, options?: { duration?: number }) => {
			w.__durations.push(options?.duration ?? 400);
			return animate(props, options);
		};
	});
}
const durations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __durations: number[] }).__durations);

async function exercise(page: Page) {
	await recordAnimations(page);
	await page.getByRole('button', { name: 'Fit' }).click();
	await page
		.locator('[data-testid="evidence-panel"]')
		.getByRole('button', { name: 'Show in graph' })
		.click();
	await page.getByRole('button', { name: 'Read in article' }).first().click();
	const flashed = page.locator('[data-testid="reader"] .marked.flash');
	await flashed.first().waitFor();
	return {
		graph: await durations(page),
		flash: await flashed
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration)),
		fade: await page.evaluate(() =>
			parseFloat(
				(window as unknown as { __cy: AnyCy }).__cy.nodes()[0].style('transition-duration')
			)
		)
	};
}

test('with reduced motion, animations and transitions take no time', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openExplorer(page, '?node=japan');
	const seen = await exercise(page);
	expect(seen.graph.length).toBeGreaterThanOrEqual(2);
	expect(seen.graph.every((d) => d === 0)).toBe(true);
	expect(seen.flash).toBeLessThanOrEqual(0.001);
	expect(seen.fade).toBe(0);
	const transition = await page
		.getByRole('button', { name: 'Fit' })
		.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
	expect(transition).toBeLessThanOrEqual(0.001);
});

test('without the preference, the same actions animate', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await openExplorer(page, '?node=japan');
	const seen = await exercise(page);
	expect(seen.graph.every((d) => d > 0)).toBe(true);
	expect(seen.flash).toBeGreaterThan(0.5);
	// Emphasis snaps, with or without the preference.
	expect(seen.fade).toBe(0);
});
