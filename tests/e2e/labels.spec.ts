/**
 * Where a view zooms in on a few elements (a presented step, a focused neighbourhood, a traced
 * path, a selection with its relations), every label of an element in view is whole inside
 * the canvas, shares no area with another label, has no node's body across it, and is drawn
 * at least as large as the view's readable size (label-sizes.ts): on every
 * step of the presentation at a projector's two sizes and a phone's, and in the explorer's
 * close-ups. Measured from the boxes Cytoscape draws, once the canvas says the view has
 * settled (labels placed, camera arrived).
 */
import { test, expect, loadDataset, openExplorer } from './fixtures';
import type { Page } from '@playwright/test';
import { measureLabels } from './label-boxes';
import { closeUpLabelPx } from '../../src/lib/cytoscape/label-sizes';

const dataset = loadDataset();
const steps = dataset.story!.steps;

/**
 * What a reader cannot read past: a label cut, covered or drawn smaller than `least` px. A
 * relation's line under another's label, and the labels the view left out to keep the others
 * readable, are noted apart.
 */
async function readability(page: Page, selector: string, where: string, least: number) {
	await page.locator('.canvas[data-settled="true"]').waitFor();
	const report = await measureLabels(page, selector);
	expect(report.labels, `${where}: labels in view`).toBeGreaterThan(0);
	const faults = report.faults.filter((f) => !f.startsWith('line ×'));
	const lines = report.faults.length - faults.length;
	if (lines)
		test.info().annotations.push({ type: 'crossed by a line', description: `${where}: ${lines}` });
	const out = await page.locator('.canvas').getAttribute('data-left-out');
	if (out && out !== '0')
		test.info().annotations.push({ type: 'labels left out', description: `${where}: ${out}` });
	// A hundredth of a px for rounding: sizes are set as px ÷ zoom.
	const small = report.sizes
		.filter((s) => s.px < least - 0.01)
		.map((s) => `${s.id} ${s.px.toFixed(1)} px`);
	return { faults, small };
}

async function expectReadable(page: Page, selector: string, where: string, least: number) {
	const { faults, small } = await readability(page, selector, where, least);
	expect(faults, where).toEqual([]);
	expect(small, `${where}: labels under ${least} px`).toEqual([]);
}

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	test(`every presented label is readable on every step at ${size.width}×${size.height}`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.setViewportSize(size);
		await page.goto('/camp-david-2023/present/1?theme=projector');
		await page.locator('.player[data-ready="true"]').waitFor();
		for (let n = 1; n <= steps.length; n++) {
			if (n > 1) await page.keyboard.press('ArrowRight');
			// The step's number shows in the same update that marks the graph unsettled.
			await expect(page.locator('.player')).toHaveAttribute('data-step', String(n));
			await expectReadable(page, '.spot', `step ${n}`, closeUpLabelPx(true, size).least);
		}
	});
}

/** Pairs of nodes joined by more than one relation: their labels must part. */
const pairs = new Map<string, string>();
for (const edge of dataset.edges) {
	const key = [edge.source, edge.target].sort().join(' ');
	if (pairs.has(key)) pairs.set(key, edge.source);
	else pairs.set(key, '');
}
const parallel = [...pairs.values()].filter(Boolean);

/** Close-ups of the explorer. */
const views = [
	{ name: 'the neighbours of Japan in focus', query: '?focus=japan' },
	{ name: 'the neighbours of North Korea in focus', query: '?focus=north-korea' },
	{ name: 'Japan selected, its neighbours in focus', query: '?node=japan&focus=japan' },
	{ name: 'a traced path', query: '?path=north-korea,us-election-2024' },
	{ name: 'North Korea selected', query: '?node=north-korea' },
	...parallel.map((id) => ({
		name: `${id} selected and in focus, with two relations to one neighbour`,
		query: `?node=${id}&focus=${id}`
	}))
];

test('the dataset has a pair of nodes joined twice, for the parallel relations case', () => {
	expect(parallel.length).toBeGreaterThan(0);
});

for (const size of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	for (const view of views) {
		// On a phone a selection opens around the node, not framed on its neighbours.
		if (size.width < 600 && !/focus|path/.test(view.query)) continue;
		test(`labels are readable with ${view.name} at ${size.width}×${size.height}`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await openExplorer(page, view.query);
			await expectReadable(page, '*', view.name, closeUpLabelPx(false, size).least);
		});
	}
}

test('an edit that renames the selected node places the close-up’s labels again, as readable as they were', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/camp-david-2023');
	await page.getByRole('link', { name: 'Make an editable copy' }).click();
	await page.waitForURL(/\/my\/edit\?id=/);
	await page.goto(`${page.url()}&node=japan`);
	await page.locator('.canvas[data-ready="true"]').waitFor();
	const least = closeUpLabelPx(false, { width: 1280, height: 800 }).least;
	const before = await readability(page, '*', 'Japan selected', least);
	const leftOut = await page.locator('.canvas').getAttribute('data-left-out');
	await page
		.getByRole('group', { name: 'Edit Japan' })
		.getByRole('button', { name: 'Edit' })
		.click();
	const name = page.getByRole('textbox', { name: 'Name', exact: true });
	await name.fill('Nippon');
	await name.press('Enter');
	await expect(page.locator('[data-testid="evidence-panel"] h2')).toHaveText('Nippon');
	// The panel and the graph's emphasis take the edit in one update: the canvas says it has
	// settled again only once the labels are placed for it.
	const after = await readability(page, '*', 'renamed Nippon', least);
	// The same close-up, placed again at the sizes it settled on: no label smaller, none more
	// crowded, and what it left out stays left out.
	const pairs = (faults: string[]) => faults.map((f) => f.replace(/ \(.*\)$/, ''));
	expect(after.small).toEqual(before.small);
	expect(pairs(after.faults)).toEqual(pairs(before.faults));
	await expect(page.locator('.canvas')).toHaveAttribute('data-left-out', leftOut ?? '0');
});
