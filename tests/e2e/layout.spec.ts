/** The page never scrolls sideways, on a laptop, a projector or a phone. */
import { test, expect } from './fixtures';

const sizes = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'projector', width: 1920, height: 1080 },
	{ name: 'phone', width: 390, height: 844 }
];
const pages = [
	{ path: '/camp-david-2023?node=north-korea', ready: '.canvas[data-ready="true"]' },
	{ path: '/camp-david-2023/table?node=north-korea', ready: '.table-view[data-ready="true"]' }
];

for (const size of sizes) {
	test(`no horizontal page overflow on a ${size.name} (${size.width}×${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		for (const { path, ready } of pages) {
			await page.goto(path);
			await page.locator(ready).waitFor();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBe(0);
		}
	});
}
