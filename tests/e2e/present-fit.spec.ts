/**
 * Every step of the presentation shows whole on a projector's screen: the passage ends above
 * Previous / Next, the keys line is on screen, nothing scrolls, at the two sizes classrooms
 * project (1920×1080 and 1280×720), in the projector and light themes. The dark theme lays out
 * as the light one does, since it sets colours only (tests/unit/dark-geometry.test.ts).
 */
import { test, expect, loadDataset } from './fixtures';
import type { Page } from '@playwright/test';

const steps = loadDataset().story!.steps;
const sizes = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];
const themes = ['projector', 'light'] as const;

/** What the step's layout measures, once its text has been fitted. */
async function measure(page: Page) {
	return page.evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const text = document.querySelector<HTMLElement>('.text')!;
		let smallest = Infinity;
		const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			if (!node.textContent?.trim() || el.closest('.visually-hidden')) continue;
			smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
		}
		return {
			passageBottom: box('.quote figure').bottom,
			buttonsTop: box('.nav').top,
			keys: box('.keys'),
			textScrolls: text.scrollHeight > text.clientHeight + 1,
			page: {
				width: document.documentElement.scrollWidth,
				height: document.documentElement.scrollHeight
			},
			smallest
		};
	});
}

for (const theme of themes) {
	for (const size of sizes) {
		test(`every step fits whole at ${size.width}×${size.height} in the ${theme} theme`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			await page.setViewportSize(size);
			await page.goto(`/camp-david-2023/present/1?theme=${theme}`);
			await page.locator('.player[data-ready="true"]').waitFor();
			for (let n = 1; n <= steps.length; n++) {
				if (n > 1) await page.keyboard.press('ArrowRight');
				await page.locator(`.text[data-fitted="${n}"]`).waitFor();
				await expect(page.locator('#step-title')).toHaveText(steps[n - 1]!.title);
				const m = await measure(page);
				const where = `step ${n}`;
				expect(m.passageBottom, `${where}: passage ends above the buttons`).toBeLessThanOrEqual(
					m.buttonsTop
				);
				expect(m.keys.top, `${where}: keys line below the buttons`).toBeGreaterThanOrEqual(
					m.buttonsTop
				);
				expect(m.keys.bottom, `${where}: keys line on screen`).toBeLessThanOrEqual(size.height);
				expect(m.textScrolls, `${where}: the text column does not scroll`).toBe(false);
				expect(m.page, `${where}: nothing overflows the window`).toEqual({
					width: size.width,
					height: size.height
				});
				if (theme === 'projector') {
					expect(m.smallest, `${where}: no text under 18 px`).toBeGreaterThanOrEqual(18);
				}
			}
		});
	}
}
