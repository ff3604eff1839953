/**
 * Addresses that show nothing get the app's own page: the reason in words and the way on, both
 * from `vite preview` (which renders the error page) and from a static host, which serves the
 * build's 404.html for any address without a file.
 */
import { violations } from './axe-rules';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/bench/serve';
import { test, expect, graphReady, loadDataset } from './fixtures';

const dataset = loadDataset();
const steps = dataset.story!.steps.length;

const cases = [
	{
		path: '/camp-david-2023/present/99',
		heading: 'No step “99”',
		reason: `This presentation has steps 1 to ${steps}; there is no step “99”.`,
		known: true
	},
	{
		path: '/camp-david-2023/present/0',
		heading: 'No step “0”',
		reason: `This presentation has steps 1 to ${steps}; there is no step “0”.`,
		known: true
	},
	{
		path: '/no-such-article',
		heading: 'No such article',
		reason: 'There is no article called “no-such-article” here.',
		known: false
	}
];

/** Only the browser's own log of the 404 (and SvelteKit's, for an address no route matches). */
function expectOnly404s(errors: string[]) {
	expect(errors.filter((e) => !/status of 404|Not found: \//.test(e))).toEqual([]);
	errors.length = 0;
}

async function expectStyledPage(page: Page, c: (typeof cases)[number]) {
	const main = page.getByTestId('error-page');
	await expect(main.getByRole('heading', { level: 1 })).toHaveText(c.heading);
	await expect(page.getByTestId('error-reason')).toHaveText(c.reason);
	await expect(page).toHaveTitle(`${c.heading} · Evidence Map`);
	// The app's stylesheet and bar, not the browser's bare default page.
	const look = await page.evaluate(() => ({
		background: getComputedStyle(document.body).backgroundColor,
		bar: getComputedStyle(document.querySelector('header.bar')!).backgroundColor
	}));
	expect(look).toEqual({ background: 'rgb(247, 246, 243)', bar: 'rgb(29, 39, 51)' });
	await expect(main.getByRole('link', { name: 'Home: all articles and your maps' })).toBeVisible();
	const explore = main.getByRole('link', { name: `Explore “${dataset.source.title}”` });
	if (c.known) {
		await expect(explore).toHaveAttribute('href', /\/camp-david-2023$/);
		await expect(
			main.getByRole('link', { name: 'Start its presentation at step 1' })
		).toBeVisible();
	} else {
		await expect(explore).toHaveCount(0);
		// The articles there are, to choose from.
		await expect(main.getByRole('link', { name: dataset.source.title })).toBeVisible();
	}
}

for (const c of cases) {
	test(`${c.path} is a 404 with the reason and the way on`, async ({ page, errors }) => {
		const response = await page.goto(c.path);
		expect(response?.status()).toBe(404);
		await expectStyledPage(page, c);
		expect(await violations(page)).toEqual([]);
		expectOnly404s(errors);
		const onward = c.known
			? page.getByRole('link', { name: /^Explore “/ })
			: page.getByRole('link', { name: dataset.source.title });
		await onward.click();
		await expect(page).toHaveURL(/\/camp-david-2023$/);
		await graphReady(page);
	});
}

test.describe('on a static host', () => {
	let server: Server;
	let origin: string;
	test.beforeAll(async () => {
		// The build the preview serves, from a plain file server that answers 404.html, as
		// GitHub Pages and Netlify do. Port 0: whichever the system has free.
		server = await serve('build', 0);
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

	for (const c of cases) {
		test(`${c.path} is the same page, from 404.html`, async ({ page, errors }) => {
			const response = await page.goto(`${origin}${c.path}`);
			expect(response?.status()).toBe(404);
			await expectStyledPage(page, c);
			expectOnly404s(errors);
		});
	}
});
