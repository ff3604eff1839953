/**
 * Hostile and random addresses never break the page: the nasty-queries table
 * plus a seeded sample of random query strings, each loaded in Chromium; the
 * errors fixture fails the test on any uncaught error or console error.
 */
import fc from 'fast-check';
import { test, expect, openExplorer, openTable, loadDataset } from './fixtures';
import { nastyQueries } from '../fixtures/nasty-queries';

const dataset = loadDataset();
const keys = ['node', 'edge', 'focus', 'depth', 'path', 'hide', 'hideStance'];
// A sample, each loaded in the browser: the parser itself meets thousands of random addresses
// in tests/unit/view.property.test.ts.
const random = fc.sample(
	fc
		.array(
			fc.tuple(
				fc.constantFrom(...keys),
				fc.oneof(
					fc.constantFrom(...dataset.nodes.slice(0, 5).map((n) => n.id), '__proto__', ''),
					fc.string({ unit: 'binary', maxLength: 30 })
				)
			),
			{ minLength: 1, maxLength: 4 }
		)
		.map((pairs) => `?${new URLSearchParams(pairs)}`),
	{ numRuns: 12, seed: 42 }
);
/** How many addresses this file loads; the report quotes it. */
export const loaded = nastyQueries.length + random.length;

test.describe('hostile addresses', () => {
	// Each test loads dozens of pages one after another: a minute or two on a busy machine.
	test.describe.configure({ timeout: 120_000 });
	test(`${nastyQueries.length} nasty query strings leave the explorer working`, async ({
		page
	}) => {
		for (const query of nastyQueries) {
			await openExplorer(page, query);
			await expect(page.locator('[data-testid="evidence-panel"] h2')).toBeVisible();
		}
		// And it still answers a click after all of them.
		await page.getByRole('button', { name: /Event/ }).click();
		await expect(page).toHaveURL(/hide=event/);
	});

	test(`${random.length} random query strings leave the explorer working`, async ({ page }) => {
		for (const query of random) {
			await openExplorer(page, query);
			await expect(page.locator('[data-testid="evidence-panel"] h2')).toBeVisible();
		}
	});

	test('nasty query strings leave the table working', async ({ page }) => {
		for (const query of nastyQueries.slice(0, 12)) {
			await openTable(page, query);
			await expect(page.locator('table.nodes caption')).toBeVisible();
		}
	});
});
