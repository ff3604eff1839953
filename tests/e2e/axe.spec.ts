/**
 * axe-core on every route (tests/e2e/routes.ts): no violations of any of its
 * rules that is not experimental (WCAG 2.2 A to AAA, best practices, colour
 * contrast included), and of WCAG 2.5.3 Label in Name.
 */
import AxeBuilder from '@axe-core/playwright';
// The axe that @axe-core/playwright runs in the page (it pins this version): its list of rules.
import axe from 'axe-core';
import { test, expect, graphReady } from './fixtures';
import { routes } from './routes';

/**
 * Every rule but the experimental ones, and not only those axe turns on by default (AAA
 * contrast, target size, identical links…); plus Label in Name (WCAG 2.5.3, level A), which
 * axe still counts as experimental.
 */
const rules = [
	...axe
		.getRules()
		.filter((rule) => !rule.tags.includes('experimental'))
		.map((rule) => rule.ruleId),
	'label-content-name-mismatch'
];
// axe over a page of a few thousand elements takes seconds, more on a busy machine.
test.describe.configure({ timeout: 180_000 });

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
		const results = await new AxeBuilder({ page }).withRules(rules).analyze();
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
	const results = await new AxeBuilder({ page }).withRules(rules).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
});
