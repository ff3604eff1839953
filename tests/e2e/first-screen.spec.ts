/**
 * A tap's answer draws the panel's first screen, the rest later: what the first screen leaves
 * out must start below what the panel shows, so that the first frame looks as the whole panel
 * does. Checked in the real layout at three screen sizes.
 */
import { expect, graphReady, loadDataset, panelComplete, test } from './fixtures';

/**
 * The nodes with the most to show, where the first screen leaves the most for later (a node
 * with little evidence is drawn whole).
 */
const dataset = loadDataset();
const weight = (id: string) =>
	dataset.nodes.find((n) => n.id === id)!.passages.length +
	dataset.edges.filter((e) => e.source === id || e.target === id).length;
const ids = dataset.nodes
	.map((n) => n.id)
	.sort((a, b) => weight(b) - weight(a))
	.slice(0, 20);

for (const [width, height] of [
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const) {
	test(`the first screen holds all the panel shows at ${width}×${height}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		await page.goto('/camp-david-2023');
		await graphReady(page);
		const heading = page.locator('#evidence-heading');
		let drawnLater = 0;
		for (const id of ids) {
			await page.evaluate((id) => {
				const cy = (window as unknown as { __cy: { $id(id: string): { emit(e: string): void } } })
					.__cy;
				cy.$id(id).emit('tap');
			}, id);
			await expect(page.locator(`[data-testid="evidence-panel"] header`)).toHaveCount(1);
			await expect(heading).not.toHaveText('Evidence');
			await panelComplete(page);
			const seen = await page.evaluate(() => {
				const pane = document.getElementById('evidence-pane')!;
				const panel = pane.querySelector<HTMLElement>('[data-testid="evidence-panel"]')!;
				const header = panel.querySelector<HTMLElement>('header[data-first-sentences]')!;
				const top = panel.getBoundingClientRect().top;
				// The panel from its top, as far as the pane shows it (or the screen, where the page
				// scrolls rather than the pane).
				const scrolls = getComputedStyle(pane).overflowY !== 'visible';
				// Where the page scrolls (a phone), the reader may be anywhere in the panel: all of it.
				const shown = scrolls ? Math.min(pane.clientHeight, innerHeight) : Infinity;
				const inside = (selector: string) =>
					[...panel.querySelectorAll(selector)].filter(
						(e) => e.getBoundingClientRect().top - top < shown
					).length;
				return {
					scrolls,
					scrolled: pane.scrollTop,
					first: [Number(header.dataset.firstSentences), Number(header.dataset.firstRelations)],
					inside: [inside('#node-passages ~ figure'), inside('.relations li')],
					all: [
						panel.querySelectorAll('#node-passages ~ figure').length,
						panel.querySelectorAll('.relations li').length
					]
				};
			});
			expect(seen.scrolled, id).toBe(0);
			expect(seen.first[0], `${id}: sentences in the first screen`).toBeGreaterThanOrEqual(
				seen.inside[0]!
			);
			expect(seen.first[1], `${id}: relations in the first screen`).toBeGreaterThanOrEqual(
				seen.inside[1]!
			);
			drawnLater += seen.all[0]! - seen.first[0]! + Math.max(0, seen.all[1]! - seen.first[1]!);
		}
		// Where the pane scrolls, the first screen is not the whole panel: something is left for
		// after the paint. Where the page scrolls, the panel is drawn whole.
		if (width > 860) expect(drawnLater).toBeGreaterThan(0);
		else expect(drawnLater).toBe(0);
	});
}
