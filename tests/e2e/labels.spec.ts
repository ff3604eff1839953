/**
 * Where a view zooms in on a few elements (a presented step, a focused neighbourhood, a traced
 * path, a selection with its relations), its labels are kept apart: together they share little
 * of their area, relations between the same two nodes label apart, and every measure is of the
 * boxes Cytoscape draws.
 */
import { test, expect, loadDataset, openExplorer } from './fixtures';
import type { Page } from '@playwright/test';

const steps = loadDataset().story!.steps;
/** Pixels two boxes may share each way: outlines and antialiasing, not text. */
const tolerance = 3;
/** The most of their area the labels in view may share. */
const maxShare = 0.12;

interface Measured {
	/** Labels in view, once the view has settled (null while the camera moves). */
	labels: number;
	overlaps: string[];
	share: number;
}

/** Label boxes (and node boxes) of the elements matching `selector`, as drawn on screen. */
function measure(page: Page, selector: string, ready: string): Promise<Measured | null> {
	return page.evaluate(
		([selector, ready, tolerance]) => {
			type Box = { x1: number; y1: number; x2: number; y2: number };
			type El = {
				id(): string;
				isNode(): boolean;
				visible(): boolean;
				style(k: string): string;
				renderedBoundingBox(o: object): Box;
			};
			const cy = (
				window as unknown as {
					__cy: { animated(): boolean; $(s: string): { toArray(): El[]; length: number } };
				}
			).__cy;
			// Until the view's classes are on and the camera has stopped.
			if (!cy || cy.animated() || cy.$(ready).length === 0) return null;
			const eles = cy.$(selector).toArray();
			const items: { name: string; box: Box; owner: string }[] = [];
			for (const e of eles) {
				if (!e.visible()) continue;
				if (e.style('label')) {
					const box = e.renderedBoundingBox({
						includeNodes: false,
						includeEdges: false,
						includeLabels: true,
						includeOverlays: false
					});
					items.push({ name: `label ${e.id()}`, box, owner: e.id() });
				}
				if (e.isNode()) {
					const box = e.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
					items.push({ name: `node ${e.id()}`, box, owner: e.id() });
				}
			}
			const overlaps: string[] = [];
			let shared = 0;
			let area = 0;
			for (const x of items)
				if (x.name.startsWith('label')) area += (x.box.x2 - x.box.x1) * (x.box.y2 - x.box.y1);
			for (let i = 0; i < items.length; i++) {
				for (let j = i + 1; j < items.length; j++) {
					const a = items[i]!;
					const b = items[j]!;
					// A node and its own label touch by design; two node shapes are the layout's.
					if (a.owner === b.owner) continue;
					if (a.name.startsWith('node') && b.name.startsWith('node')) continue;
					const w = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1);
					const h = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1);
					if (w > 0 && h > 0) shared += w * h;
					if (w > tolerance && h > tolerance) {
						overlaps.push(`${a.name} × ${b.name} (${Math.round(w)}×${Math.round(h)})`);
					}
				}
			}
			return {
				labels: items.filter((x) => x.name.startsWith('label')).length,
				overlaps,
				share: shared / Math.max(area, 1)
			};
		},
		[selector, ready, tolerance] as const
	);
}

/**
 * Waits for the view to settle, then checks its labels: together they share at most
 * `maxShare` of their area, and none of the pairs named in `apart` overlaps at all. Laid out
 * as the layout left them, the presented steps share 11–80% (a step's labels set large on a
 * layout made for small ones); moved clear, at most 12%.
 */
async function expectUncluttered(
	page: Page,
	selector: string,
	ready: string,
	apart: [string, string][] = []
) {
	await expect
		.poll(async () => {
			const m = await measure(page, selector, ready);
			if (!m) return 'not settled';
			const touching = apart.filter(([a, b]) =>
				m.overlaps.some((o) => o.includes(`label ${a} ×`) && o.includes(`label ${b} (`))
			);
			if (touching.length) return `overlapping: ${touching.join('; ')}`;
			return m.share <= maxShare ? 'uncluttered' : `share ${m.share.toFixed(3)}: ${m.overlaps}`;
		})
		.toBe('uncluttered');
}

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
]) {
	test(`presented labels are kept apart on every step at ${size.width}×${size.height}`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize(size);
		await page.goto('/camp-david-2023/present/1?theme=projector');
		await page.locator('.player[data-ready="true"]').waitFor();
		for (let n = 1; n <= steps.length; n++) {
			if (n > 1) await page.keyboard.press('ArrowRight');
			await expect(page.locator('.player')).toHaveAttribute('data-step', String(n));
			await test.step(`step ${n}`, () => expectUncluttered(page, '.spot', 'edge.spot.labelled'));
		}
	});
}

/** Views of the explorer, the elements they show close up, and the class that says they are on. */
const views = [
	{
		name: 'Japan selected, its neighbours in focus',
		query: '?node=japan&focus=japan',
		ready: 'edge.labelled'
	},
	{ name: 'the neighbours of Japan in focus', query: '?focus=japan', ready: '.dimmed' },
	{ name: 'a traced path', query: '?path=north-korea,us-election-2024', ready: 'edge.on-path' },
	{ name: 'North Korea selected', query: '?node=north-korea', ready: 'edge.labelled' },
	// Two relations join the summit and face-to-face diplomacy: their labels must part.
	{
		name: 'two relations between one pair',
		query: '?node=face-to-face-diplomacy',
		ready: 'edge.labelled',
		apart: [
			[
				'camp-david-summit-focuses-on-face-to-face-diplomacy',
				'camp-david-summit-valued-for-face-to-face-diplomacy'
			]
		] as [string, string][]
	}
];

for (const view of views) {
	test(`labels are kept apart with ${view.name}`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openExplorer(page, view.query);
		const inView = view.query.includes('path') ? '.on-path' : ':visible:not(.dimmed):not(.faded)';
		await expectUncluttered(page, inView, view.ready, view.apart);
	});
}
