/**
 * axe-core on every route (tests/e2e/routes.ts): no violations of any of its
 * rules that is not experimental (WCAG 2.2 A to AAA, best practices, colour
 * contrast included), and of WCAG 2.5.3 Label in Name.
 *
 * A themed route with a Theme select is loaded once and checked in each theme in turn,
 * switched in the page as a reader switches it; one without is loaded in each theme by its
 * address (`?theme=`), a test each.
 */
import { test, expect, graphReady } from './fixtures';
import { violations } from './axe-rules';
import type { Page } from '@playwright/test';
import { routes, type Route } from './routes';

// axe over a page of a few thousand elements takes seconds, more on a busy machine.
test.describe.configure({ timeout: 180_000, mode: 'parallel' });

const otherThemes = ['dark', 'projector'] as const;
type Theme = 'light' | (typeof otherThemes)[number];

const themedPath = (route: Route, theme: Theme) =>
	theme === 'light'
		? route.path
		: `${route.path}${route.path.includes('?') ? '&' : '?'}theme=${theme}`;

/** Loads the route in a theme (by its address) and checks it. */
async function check(page: Page, route: Route, theme: Theme) {
	await page.goto(themedPath(route, theme));
	await page.locator(route.ready).waitFor();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	expect(await violations(page), `${theme} theme`).toEqual([]);
}

for (const route of routes) {
	if (route.themed && route.themeSwitcher) {
		test(`axe finds no violations: ${route.name} (${route.path}), in each theme`, async ({
			page
		}) => {
			await check(page, route, 'light');
			for (const theme of otherThemes) {
				await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await violations(page), `${theme} theme`).toEqual([]);
			}
		});
		continue;
	}
	for (const theme of ['light', ...(route.themed ? otherThemes : [])] as Theme[]) {
		const name = theme === 'light' ? route.name : `${route.name}, ${theme} theme`;
		test(`axe finds no violations: ${name} (${themedPath(route, theme)})`, ({ page }) =>
			check(page, route, theme));
	}
}

test('axe finds no violations with the passage chooser open', async ({ page }) => {
	await page.goto('/camp-david-2023');
	await graphReady(page);
	await page.locator('[data-testid="reader"] .marked:not([data-count="1"])').first().click();
	await page.locator('[data-testid="passage-chooser"]').waitFor();
	expect(await violations(page)).toEqual([]);
});
