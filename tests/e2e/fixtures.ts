/**
 * Shared end-to-end helpers: a `test` that fails on any console error or
 * uncaught exception, the app's ready signal, and real canvas clicks that go
 * through Cytoscape's own hit-testing.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { checkFolder } from '../../src/lib/server/datasets';
import type { Dataset } from '../../src/lib/graph/dataset';

export const test = base.extend<{ errors: string[] }>({
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console: ${m.text()}`);
			});
			await use(errors);
			expect(errors, 'no console errors or uncaught exceptions').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** The bundled dataset, checked, as the app sees it. */
export function loadDataset(slug = 'camp-david-2023'): Dataset {
	const result = checkFolder(join(process.cwd(), 'graph-data', slug));
	if (!result.ok) throw new Error(`dataset ${slug} does not pass the checker`);
	return result.dataset;
}

/**
 * Waits until Cytoscape has drawn (the app's own signal). On the explorer's plain view it
 * starts when the graph is first used: a mouse press on the graph starts it (Cytoscape itself
 * reads mouse presses as mouse events, so this one leaves its state alone).
 */
export async function graphReady(page: Page) {
	const canvas = page.locator('.canvas[data-interactive="true"]');
	await canvas.dispatchEvent('pointerdown', { pointerType: 'mouse', isPrimary: true });
	await page.locator('.canvas[data-ready="true"]').waitFor();
}

/** Opens the explorer and waits until the graph has drawn. */
export async function openExplorer(page: Page, query = '', slug = 'camp-david-2023') {
	await page.goto(`/${slug}${query}`);
	await graphReady(page);
}

type CyWindow = Window & {
	__cy: {
		getElementById(id: string): {
			renderedPosition(): { x: number; y: number };
			renderedMidpoint(): { x: number; y: number };
			empty(): boolean;
		};
		container(): HTMLElement;
	};
};

/** Where on the page an element of the graph is drawn (a node's centre, an edge's midpoint). */
export async function graphPoint(page: Page, id: string, kind: 'node' | 'edge' = 'node') {
	return page.evaluate(
		([id, kind]) => {
			const cy = (window as unknown as CyWindow).__cy;
			const element = cy.getElementById(id);
			if (element.empty()) throw new Error(`no element ${id}`);
			const p = kind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
			const box = cy.container().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		},
		[id, kind] as const
	);
}

/** Where on the page the static picture draws a model point (before Cytoscape has drawn). */
export async function picturePoint(page: Page, at: { x: number; y: number }) {
	return page.evaluate(({ x, y }) => {
		const svg = document.querySelector<SVGSVGElement>('[data-testid="static-graph"] svg')!;
		const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
		return { x: p.x, y: p.y };
	}, at);
}

export async function clickGraph(page: Page, id: string, kind: 'node' | 'edge' = 'node') {
	const { x, y } = await graphPoint(page, id, kind);
	await page.mouse.click(x, y);
}

/**
 * Until the evidence panel has drawn all it shows: a tap's answer draws the panel's first
 * screen, and the rest (aria-busy until then) once that answer has been painted.
 */
export async function panelComplete(page: Page) {
	await expect(page.locator('[data-testid="evidence-panel"] [aria-busy="true"]')).toHaveCount(0);
}

/** The evidence panel's passages, as shown (marked words only), once all are drawn. */
export async function shownPassages(page: Page, within = '[data-testid="evidence-panel"]') {
	await panelComplete(page);
	return page.locator(`${within} figure.passage mark`).allTextContents();
}

/** Opens the table view and waits until it runs (the app's own signal). */
export async function openTable(page: Page, query = '', slug = 'camp-david-2023') {
	await page.goto(`/${slug}/table${query}`);
	await page.locator('.table-view[data-ready="true"]').waitFor();
}

/**
 * Presses Tab until `target` has focus, proving it is reachable from the
 * keyboard; fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 150) {
	// The target is marked once and the mark looked for after each press: finding it by its
	// role again each time would search the accessibility tree of the whole page. Marked again
	// if the page has replaced the element.
	const mark = () => target.evaluate((el) => el.setAttribute('data-tab-target', ''));
	await mark();
	try {
		for (let i = 0; i < max; i++) {
			const where = await page.evaluate(() =>
				document.activeElement?.hasAttribute('data-tab-target')
					? 'focused'
					: document.querySelector('[data-tab-target]')
						? 'elsewhere'
						: 'gone'
			);
			if (where === 'focused') return;
			if (where === 'gone') await mark();
			else await page.keyboard.press('Tab');
		}
		throw new Error(`not reached with ${max} presses of Tab: ${target}`);
	} finally {
		await page
			.evaluate(() =>
				document.querySelector('[data-tab-target]')?.removeAttribute('data-tab-target')
			)
			.catch(() => {});
	}
}

/** A loose view of Cytoscape in the page (`window.__cy`, the test hook), for page.evaluate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCy = any;

/** Text on screen set smaller than `px` (screen-reader-only text aside), as "size: words". */
export async function textUnder(page: Page, px: number): Promise<string[]> {
	return page.evaluate((px) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			if (!node.textContent?.trim() || el.closest('.visually-hidden, .skip-link, script, style'))
				continue;
			if (!el.checkVisibility()) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (size < px) found.push(`${size}px: ${node.textContent.trim().slice(0, 30)}`);
		}
		return found;
	}, px);
}
