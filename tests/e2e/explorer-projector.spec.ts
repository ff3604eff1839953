/**
 * The explorer in the projector theme keeps the theme's promise for its own text (nothing
 * under 18 px, the title whole) and says plainly that the presentation is the view for a
 * room, with a link to it.
 */
import { test, expect, openExplorer, textUnder } from './fixtures';

for (const query of ['?node=japan', '?path=north-korea,us-election-2024', '']) {
	test(`no text under 18 px in the projector theme at 1920×1080 (${query || 'plain'})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await openExplorer(page, `${query}${query ? '&' : '?'}theme=projector`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
		const small = await textUnder(page, 18);
		expect(small).toEqual([]);
		const title = page.locator('header h1.title');
		expect(
			await title.evaluate((el) => el.scrollWidth <= el.clientWidth),
			'the title is not cut'
		).toBe(true);
		const note = page.getByRole('note');
		await expect(note).toContainText('For the room');
		await expect(note.getByRole('link', { name: 'present the story' })).toHaveAttribute(
			'href',
			/\/camp-david-2023\/present$/
		);
		// The graph has the width of most of the screen, not a third of it.
		const graphWidth = await page.locator('.graph-pane').evaluate((el) => el.clientWidth);
		expect(graphWidth).toBeGreaterThan(1920 * 0.6);
	});
}

test('the note is for the projector theme only', async ({ page }) => {
	await openExplorer(page, '?theme=light');
	await expect(page.getByRole('note')).toHaveCount(0);
});
