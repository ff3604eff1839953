/**
 * After a first visit the app works with the network off: the service worker
 * serves the shell, the prerendered pages of the dataset visited and their
 * data from its cache.
 */
import {
	test,
	expect,
	openExplorer,
	clickGraph,
	openTable,
	graphReady,
	loadDataset,
	type AnyCy
} from './fixtures';

/** The story's last step: every step of the dataset visited is saved, up to the last. */
const lastStep = loadDataset().story!.steps.length;

test('after the first visit, the explorer and the table work offline', async ({
	page,
	context,
	errors
}) => {
	await openExplorer(page);
	// Once the page has settled it saves itself: the shell, then every page of its dataset.
	await page.locator('html[data-offline="saved"]').waitFor();
	const cached = await page.evaluate(async () => {
		const cache = await caches.open((await caches.keys())[0]!);
		return (await cache.keys()).map((r) => new URL(r.url).pathname);
	});
	expect(cached).toEqual(
		expect.arrayContaining([
			'/',
			'/camp-david-2023',
			'/camp-david-2023/table',
			'/camp-david-2023/handout',
			'/camp-david-2023/practice',
			'/camp-david-2023/presenter',
			`/camp-david-2023/present/${lastStep}`
		])
	);
	await page.reload();
	await graphReady(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	await context.setOffline(true);
	// The network is really off: what was never cached does not load.
	const uncached = await page.evaluate(async () => {
		const response = await fetch(`/not-cached-${Date.now()}.txt`);
		return { status: response.status, text: await response.text() };
	});
	expect(uncached).toEqual({ status: 503, text: expect.stringMatching(/offline/) });
	// The browser logs that 503 as a console error: the one error this test expects.
	expect(errors).toEqual([expect.stringMatching(/status of 503/)]);
	errors.length = 0;

	// A view with a query string is the cached page, and it works.
	await openExplorer(page, '?node=japan');
	await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('Japan');
	await clickGraph(page, 'north-korea');
	await expect(page).toHaveURL(/\?node=north-korea$/);
	await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('North Korea');
	await openTable(page, '?node=china');
	await expect(page.locator('#node-row-china')).toHaveAttribute('aria-current', 'true');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Evidence Map' })).toBeVisible();
	await context.setOffline(false);
});

test('a new version deletes the caches of older ones when it activates', async ({ page }) => {
	// A cache left by an older version, made before this version's worker is installed.
	await page.addInitScript(() => {
		if (!navigator.serviceWorker.controller) void caches.open('evidence-map-an-old-version');
	});
	await openExplorer(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const names = await page.evaluate(() => caches.keys());
	expect(names).toHaveLength(1);
	expect(names[0]).toMatch(/^evidence-map-\d+$/);
});

test('a dataset opened by a link from the list is saved too', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-offline="saved"]').waitFor();
	const cachedPaths = () =>
		page.evaluate(async () => {
			const names = await caches.keys();
			if (!names.length) return [];
			const cache = await caches.open(names[0]!);
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		});
	expect(await cachedPaths()).toContain('/');
	expect(await cachedPaths()).not.toContain('/camp-david-2023/table');
	await page
		.getByRole('link', { name: /^Reaffirming alliance/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/camp-david-2023$/);
	await expect.poll(cachedPaths).toContain('/camp-david-2023/table');
	await page.locator('html[data-offline="saved"]').waitFor();
});

test('a map drafted in this browser opens offline, in the explorer and the table', async ({
	page,
	context
}) => {
	// The first visit saves the app with the pages of maps made in the browser.
	await page.goto('/new');
	await page.locator('form[data-ready="true"]').waitFor();
	await page.locator('html[data-offline="saved"]').waitFor();
	await page
		.getByLabel('Article text')
		.fill(
			'Japan and South Korea met at Camp David. North Korea threatens Japan.\n\nThe United States backs Japan.'
		);
	await page.getByLabel('Title').fill('Offline notes');
	await page.getByRole('button', { name: 'Draft the map' }).click();
	await page.waitForURL(/\/my\/map\?id=/);
	await graphReady(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	const names = await page.evaluate(() =>
		(window as unknown as { __cy: AnyCy }).__cy
			.nodes()
			.map((n: AnyCy) => n.data('name') as string)
			.sort()
	);
	expect(names).toEqual(expect.arrayContaining(['Japan', 'North Korea', 'South Korea']));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	await context.setOffline(true);
	await page.reload();
	await graphReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Offline notes');
	await clickGraph(page, 'japan');
	await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('Japan');

	await page.goto(`/my/table?id=${id}&node=japan`);
	await page.locator('.table-view[data-ready="true"]').waitFor();
	await expect(page.locator('#node-row-japan')).toHaveAttribute('aria-current', 'true');
	for (const name of names) {
		await expect(page.locator('table').first()).toContainText(name);
	}
	await context.setOffline(false);
});
