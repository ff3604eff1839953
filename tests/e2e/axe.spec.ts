/**
 * axe-core on every route (tests/e2e/routes.ts): no violations of WCAG 2.2
 * A and AA or of axe's best practices, colour contrast included.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, graphReady } from './fixtures';
import { routes } from './routes';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const themed = routes.flatMap((route) =>
	route.themed
		? (['dark', 'projector'] as const).map((theme) => ({
				...route,
				name: `${route.name}, ${theme} theme`,
				path: `${route.path}${route.path.includes('?') ? '&' : '?'}theme=${theme}`,
				theme
			}))
		: []
);

for (const route of [...routes.map((r) => ({ ...r, theme: 'light' })), ...themed]) {
	test(`axe finds no violations: ${route.name} (${route.path})`, async ({ page }) => {
		await page.goto(route.path);
		await page.locator(route.ready).waitFor();
		await expect(page.locator('html')).toHaveAttribute('data-theme', route.theme);
		const results = await new AxeBuilder({ page }).withTags(tags).analyze();
		const found = results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(found).toEqual([]);
	});
}

test('axe finds no violations with the passage chooser open', async ({ page }) => {
	await page.goto('/camp-david-2023');
	await graphReady(page);
	await page.locator('[data-testid="reader"] .marked:not([data-count="1"])').first().click();
	await page.locator('[data-testid="passage-chooser"]').waitFor();
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
});
