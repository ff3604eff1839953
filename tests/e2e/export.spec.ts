import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openExplorer, loadDataset, clickGraph } from './fixtures';
import { checkDataset } from '../../src/lib/graph/check';
import { wrapLabel } from '../../src/lib/graph/label';
import { frameMetrics } from '../../src/lib/cytoscape/export-frame';

const dataset = loadDataset();
const slug = dataset.slug;

/** Chooses a format in the Export menu and returns the file the browser saved. */
async function exportAs(page: Page, format: string) {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const item = page.getByRole('button', { name: new RegExp(`^${format}`) });
	const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
	const bytes = await readFile((await download.path())!);
	return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The graph's full extent in model units, as Cytoscape's full-graph export measures it. */
async function graphExtent(page: Page) {
	return page.evaluate(() => {
		const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
		const box = cy.elements().boundingBox();
		return { w: Math.ceil(box.w), h: Math.ceil(box.h) };
	});
}

/** Parses XML in the page (Chromium's own parser) and lists what a check needs. */
async function parseXml(page: Page, text: string, nodeSelector: string, edgeSelector: string) {
	return page.evaluate(
		([text, nodeSelector, edgeSelector]) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const ends = (e: Element) => [e.id, e.getAttribute('source'), e.getAttribute('target')];
			return {
				error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
				root: doc.documentElement.localName,
				nodes: [...doc.querySelectorAll(nodeSelector)].map((n) => n.id),
				edges: [...doc.querySelectorAll(edgeSelector)].map(ends)
			};
		},
		[text, nodeSelector, edgeSelector] as const
	);
}

const nodeIds = dataset.nodes.map((n) => n.id);
const edgeEnds = dataset.edges.map((e) => [e.id, e.source, e.target]);
const margins = 2 * frameMetrics.margin;

test.describe('exports', () => {
	for (const scale of [2, 4]) {
		test(`PNG ${scale}× is the full graph at ${scale}× plus legend margins`, async ({ page }) => {
			await openExplorer(page);
			const extent = await graphExtent(page);
			const file = await exportAs(page, `PNG image, ${scale}×`);
			expect(file.name).toBe(`${slug}@${scale}x.png`);
			const { width, height } = pngSize(file.bytes);
			const content = Math.max(extent.w, frameMetrics.minContentWidth);
			expect(Math.abs(width - scale * (content + margins))).toBeLessThanOrEqual(scale);
			// Below the graph: the legend's rows and the source line.
			expect(height).toBeGreaterThan(scale * (extent.h + margins + 2 * frameMetrics.rowHeight));
		});
	}

	test('exporting before the graph has been used starts it, then saves the picture', async ({
		page
	}) => {
		await page.goto(`/${slug}`);
		await page.locator('.canvas[data-interactive="true"]').waitFor();
		await expect(page.locator('.canvas canvas')).toHaveCount(0);
		const file = await exportAs(page, 'PNG image, 2×');
		expect(file.name).toBe(`${slug}@2x.png`);
		expect(pngSize(file.bytes).width).toBeGreaterThan(500);
		await expect(page.locator('.canvas[data-ready="true"]')).toHaveCount(1);
	});

	test('SVG is XML holding every node label, the legend and the source line', async ({ page }) => {
		await openExplorer(page);
		const file = await exportAs(page, 'SVG image');
		expect(file.name).toBe(`${slug}.svg`);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.getElementsByTagName('parsererror').length > 0,
				root: doc.documentElement.localName,
				title: doc.querySelector('svg > title')?.textContent ?? '',
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
			};
		}, file.text);
		expect(parsed.error).toBe(false);
		expect(parsed.root).toBe('svg');
		expect(parsed.title).toContain(dataset.source.title);
		// Labels are drawn one wrapped line per <text>; compare with whitespace normalized.
		const shown = ` ${parsed.texts.join(' ').replace(/\s+/g, ' ')} `;
		for (const node of dataset.nodes) {
			for (const line of wrapLabel(node.label, 16)) expect(shown).toContain(` ${line} `);
		}
		for (const entry of ['Actor', 'Alliance', 'Concern', 'Cooperative relation']) {
			expect(shown).toContain(entry);
		}
		expect(shown).toContain('Made with Evidence Map');
	});

	test('Graph JSON passes the checker with the bundled article and is the same dataset', async ({
		page
	}) => {
		await openExplorer(page);
		const file = await exportAs(page, 'Graph JSON');
		expect(file.name).toBe(`${slug}.json`);
		const result = checkDataset({ slug, dir: 'download', article: dataset.text, graph: file.text });
		expect(result.ok ? [] : result.problems).toEqual([]);
		// The graph file holds the graph; the presentation lives in its own story.json.
		const { story: _story, ...graph } = dataset;
		if (result.ok) expect(result.dataset).toEqual(graph);
	});

	test('Cytoscape.js JSON has every node with its position and every edge', async ({ page }) => {
		await openExplorer(page);
		const file = await exportAs(page, 'Cytoscape.js JSON');
		expect(file.name).toBe(`${slug}.cyjs`);
		type Element = { data: { id: string; source?: string; target?: string }; position?: object };
		const json = JSON.parse(file.text) as { elements: { nodes: Element[]; edges: Element[] } };
		expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual([...nodeIds].sort());
		for (const node of json.elements.nodes) {
			expect(node.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
		}
		expect(json.elements.edges.map((e) => [e.data.id, e.data.source, e.data.target])).toEqual(
			expect.arrayContaining(edgeEnds)
		);
		expect(json.elements.edges).toHaveLength(edgeEnds.length);
	});

	test('GraphML parses with every node and edge', async ({ page }) => {
		await openExplorer(page);
		const file = await exportAs(page, 'GraphML');
		expect(file.name).toBe(`${slug}.graphml`);
		const parsed = await parseXml(page, file.text, 'graph > node', 'graph > edge');
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('graphml');
		expect(parsed.nodes).toEqual(nodeIds);
		expect(parsed.edges).toEqual(edgeEnds);
	});

	test('GEXF parses with every node and edge', async ({ page }) => {
		await openExplorer(page);
		const file = await exportAs(page, 'GEXF');
		expect(file.name).toBe(`${slug}.gexf`);
		const parsed = await parseXml(page, file.text, 'nodes > node', 'edges > edge');
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('gexf');
		expect(parsed.nodes).toEqual(nodeIds);
		expect(parsed.edges).toEqual(edgeEnds);
	});

	test('the export code loads only when an export is chosen', async ({ page }) => {
		const scripts: { url: string; body: string }[] = [];
		page.on('response', async (response) => {
			if (response.url().endsWith('.js')) {
				scripts.push({ url: response.url(), body: await response.text() });
			}
		});
		await openExplorer(page);
		await page.waitForLoadState('networkidle');
		const initial = scripts.length;
		// Markers of the SVG picture (its title) and of the GraphML writer.
		const lazy = /Graph of “|graphml\.graphdrawing\.org/;
		expect(scripts.filter((s) => lazy.test(s.body)).map((s) => s.url)).toEqual([]);
		await exportAs(page, 'SVG image');
		await exportAs(page, 'GraphML');
		await expect.poll(() => scripts.slice(initial).filter((s) => lazy.test(s.body)).length).toBe(2);
	});
});

test.describe('exports on a high-density screen', () => {
	test.use({ deviceScaleFactor: 2 });

	test('PNG 2× is still 2× the graph, not 2× the screen', async ({ page }) => {
		await openExplorer(page);
		const extent = await graphExtent(page);
		const { width } = pngSize((await exportAs(page, 'PNG image, 2×')).bytes);
		const content = Math.max(extent.w, frameMetrics.minContentWidth);
		expect(Math.abs(width - 2 * (content + margins))).toBeLessThanOrEqual(2);
	});
});

test.describe('the export menu', () => {
	test('works from the keyboard: open, move, Escape closes and returns focus', async ({ page }) => {
		await openExplorer(page);
		const toggle = page.getByRole('button', { name: 'Export', exact: true });
		const formats = page.getByRole('list', { name: 'Export formats' });
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(formats).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(formats.getByRole('button').first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(formats.getByRole('button').nth(1)).toBeFocused();
		await page.keyboard.press('End');
		await expect(formats.getByRole('button').last()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(formats).toBeHidden();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(toggle).toBeFocused();

		// Arrow down on the button opens the list on its first format; Enter exports.
		await page.keyboard.press('ArrowDown');
		await expect(formats.getByRole('button').first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(formats.getByRole('button').nth(2)).toBeFocused();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expect(download.suggestedFilename()).toBe(`${slug}.svg`);
		await expect(formats).toBeHidden();
		await expect(toggle).toBeFocused();
	});

	test('closes when focus or a click goes elsewhere', async ({ page }) => {
		await openExplorer(page);
		const toggle = page.getByRole('button', { name: 'Export', exact: true });
		const formats = page.getByRole('list', { name: 'Export formats' });
		await toggle.click();
		await expect(formats).toBeVisible();
		await page.getByRole('combobox', { name: 'Search the graph' }).click();
		await expect(formats).toBeHidden();

		// Past the last format comes the choice of what pictures show; past that, Tab leaves the
		// widget and closes the list.
		await toggle.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		await expect(formats.getByRole('button').last()).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio', { name: 'The whole graph' })).toBeFocused();
		await expect(formats).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(formats).toBeHidden();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	});

	test('a failed export says why, and the explorer keeps working', async ({ page }) => {
		await openExplorer(page);
		await page.evaluate(() => {
			const cy = (window as unknown as { __cy: { png: () => Promise<Blob> } }).__cy;
			cy.png = () => Promise.reject(new Error('the canvas is out of memory'));
		});
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		await page.getByRole('button', { name: /^PNG image, 4×/ }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'Could not export' });
		await expect(alert).toContainText(
			'Could not export PNG image, 4×: the canvas is out of memory.'
		);
		await clickGraph(page, 'north-korea');
		await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('North Korea');
		// Other formats still export.
		const file = await exportAs(page, 'GEXF');
		expect(file.name).toBe(`${slug}.gexf`);
		await expect(alert).toBeHidden();
	});
});
