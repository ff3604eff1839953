/**
 * "Your maps" on the home page, in Chromium: import by the file picker, the
 * list surviving a reload, rename, duplicate, delete with undo, bad files
 * refused with their problems while stored maps stay as they were, a browser
 * that will not store, and the exported zip passing `npm run validate` and
 * `npm run build` as a graph-data/ folder.
 */
import { violations } from './axe-rules';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { datasetZip } from '../../src/lib/local/zip';
import { readDatasetFiles } from '../../src/lib/server/datasets';
import { test, expect, loadDataset } from './fixtures';

const run = promisify(execFile);

/** The checker's small valid fixture as a dataset zip, as "Download .zip" makes it. */
function tinyZip(graph?: (g: Record<string, unknown>) => void) {
	const files = readDatasetFiles(join(process.cwd(), 'tests/fixtures/datasets/valid'));
	const parsed = JSON.parse(files.graph!);
	graph?.(parsed);
	return Buffer.from(
		datasetZip('tiny', { article: files.article!, graph: JSON.stringify(parsed), story: null })
	);
}

async function openHome(page: Page) {
	await page.goto('/');
	await page.locator('[data-testid="my-maps"][data-ready="true"]').waitFor();
}

const mapTitles = (page: Page) => page.locator('[data-map-id] a.title').allTextContents();

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/zip') {
	await page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer });
}

test('a zip chosen with the file picker is listed, and still listed after a reload', async ({
	page
}) => {
	await openHome(page);
	await expect(page.getByText('No maps yet.')).toBeVisible();
	// The live region is in the page (not display: none) before it says anything, or a screen
	// reader would not announce what it then says.
	const status = page.getByTestId('my-maps').getByRole('status');
	await expect(status).toBeAttached();
	expect(await status.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
	await importFile(page, 'tiny.zip', tinyZip());
	await expect(status.getByTestId('notice')).toContainText('Imported “Tiny test article”.');
	// The import stays on the home page: the map is listed, and the notice takes the focus to it.
	await expect(page.getByRole('link', { name: 'Open it' })).toBeFocused();
	await expect(page).toHaveURL(/\/$/);
	const card = page.locator('[data-map-id]');
	await expect(card).toHaveCount(1);
	await expect(card).toContainText('3 nodes · 2 relations · 5 passages · changed');
	const id = await card.getAttribute('data-map-id');
	await expect(page.getByRole('link', { name: 'Open it' })).toHaveAttribute(
		'href',
		new RegExp(`/my/map\\?id=${id}$`)
	);
	await page.reload();
	await page.locator('[data-testid="my-maps"][data-ready="true"]').waitFor();
	await expect.poll(() => mapTitles(page)).toEqual(['Tiny test article']);
});

test('graph.json with its article.txt, dropped together, is imported', async ({ page }) => {
	await openHome(page);
	const files = readDatasetFiles(join(process.cwd(), 'tests/fixtures/datasets/valid'));
	const dataTransfer = await page.evaluateHandle(
		([graph, article]) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([graph], 'graph.json', { type: 'application/json' }));
			transfer.items.add(new File([article], 'article.txt', { type: 'text/plain' }));
			return transfer;
		},
		[files.graph!, files.article!] as const
	);
	const zone = page.getByRole('group', { name: 'Import…' });
	await zone.dispatchEvent('dragenter', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
	await expect(page.getByTestId('notice')).toContainText('Imported “Tiny test article”.');
	await expect.poll(() => mapTitles(page)).toEqual(['Tiny test article']);
});

test('rename inline, duplicate, delete and undo', async ({ page }) => {
	await openHome(page);
	await importFile(page, 'tiny.zip', tinyZip());
	await expect(page.locator('[data-map-id]')).toHaveCount(1);

	await page.getByRole('button', { name: 'Rename' }).click();
	const field = page.getByLabel('New title');
	await expect(field).toBeFocused();
	await field.fill('Notes on Alpha');
	await field.press('Escape');
	await expect.poll(() => mapTitles(page)).toEqual(['Tiny test article']);
	await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();

	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('New title').fill('Notes on Alpha ‮ and 🕊️');
	await page.getByLabel('New title').press('Enter');
	await expect.poll(() => mapTitles(page)).toEqual(['Notes on Alpha ‮ and 🕊️']);
	// Data text sits in <bdi>: the right-to-left override cannot flip the page around it.
	await expect(page.locator('[data-map-id] a.title bdi')).toHaveCount(1);

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect
		.poll(() => mapTitles(page))
		.toEqual(['Notes on Alpha ‮ and 🕊️ (copy)', 'Notes on Alpha ‮ and 🕊️']);

	await page.locator('[data-map-id]').first().getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByTestId('notice')).toContainText('Deleted “Notes on Alpha');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expect.poll(() => mapTitles(page)).toEqual(['Notes on Alpha ‮ and 🕊️']);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect
		.poll(() => mapTitles(page))
		.toEqual(['Notes on Alpha ‮ and 🕊️ (copy)', 'Notes on Alpha ‮ and 🕊️']);

	await page.reload();
	await page.locator('[data-testid="my-maps"][data-ready="true"]').waitFor();
	await expect.poll(() => mapTitles(page)).toHaveLength(2);
	expect(await violations(page)).toEqual([]);
});

test('bad files are refused with their problems, and stored maps are untouched', async ({
	page
}) => {
	await openHome(page);
	await importFile(page, 'tiny.zip', tinyZip());
	await expect(page.locator('[data-map-id]')).toHaveCount(1);
	const before = await page.locator('[data-map-id]').textContent();
	const problems = page.getByTestId('import-problems');

	const bad: { name: string; buffer: Buffer; mimeType?: string; says: RegExp }[] = [
		{
			name: 'notes.zip',
			buffer: Buffer.from('not a zip at all'),
			says: /notes\.zip is not a zip file/
		},
		{
			name: 'bomb.zip',
			buffer: Buffer.from(
				datasetZip('bomb', { article: 'a'.repeat(3_000_000), graph: '{}', story: null })
			),
			says: /would unpack to 2\.9 MB, over the limit of 2\.0 MB/
		},
		{
			name: 'graph.json',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]),
			mimeType: 'application/json',
			says: /came without its article\.txt/
		},
		{
			name: 'tiny.zip',
			buffer: tinyZip((g) => {
				(g.nodes as { evidence: { exact: string }[] }[])[2]!.evidence[0]!.exact =
					'Gamma’s rockets worry Alpha.';
			}),
			says: /tiny\/graph\.json at nodes\[2\]\.evidence\[0\]\.exact\s*the quote "Gamma’s rockets worry Alpha\." is not in the article/
		}
	];
	for (const file of bad) {
		await importFile(page, file.name, file.buffer, file.mimeType);
		await expect(problems).toContainText(file.says);
		await expect(problems).toContainText('Fix:');
		await expect(problems).toContainText('Your maps are as they were.');
		await expect(page.locator('[data-map-id]')).toHaveCount(1);
	}
	expect(await violations(page)).toEqual([]);
	await page.reload();
	await page.locator('[data-testid="my-maps"][data-ready="true"]').waitFor();
	await expect(page.locator('[data-map-id]')).toHaveCount(1);
	expect(await page.locator('[data-map-id]').textContent()).toBe(before);
});

test('a browser that will not store says so plainly, and the page still works', async ({
	page
}) => {
	await page.addInitScript(() => {
		// As private windows and blocked site data do: opening the database fails.
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await openHome(page);
	const alert = page.getByTestId('storage-problem');
	await expect(alert).toContainText('Maps cannot be saved in this browser.');
	await expect(alert).toContainText('private browsing');
	await expect(alert).toContainText('export each map as a .zip');
	await expect(page.getByRole('button', { name: /Make an editable copy/ })).toBeDisabled();
	// The bundled articles are still there to explore.
	await page.getByRole('link', { name: /^Reaffirming alliance/ }).click();
	await expect(page).toHaveURL(/\/camp-david-2023$/);
});

test('an editable copy of the bundled article, downloaded as a zip, passes npm run validate and npm run build', async ({
	page
}) => {
	test.setTimeout(150_000);
	await openHome(page);
	await page.getByRole('button', { name: /Make an editable copy/ }).click();
	await expect(page.getByTestId('notice')).toContainText(
		'Made an editable copy: “Reaffirming alliance'
	);
	const bundled = loadDataset();
	const passages = [...bundled.nodes, ...bundled.edges].reduce((n, e) => n + e.passages.length, 0);
	await expect(page.locator('[data-map-id]')).toContainText(
		`${bundled.nodes.length} nodes · ${bundled.edges.length} relations · ${passages} passages`
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download .zip' }).click()
	]);
	expect(download.suggestedFilename()).toBe('camp-david-2023.zip');
	const entries = unzipSync(await readFile((await download.path())!));

	const scratch = await mkdtemp(join(tmpdir(), 'evidence-map-export-'));
	try {
		const data = join(scratch, 'data');
		for (const [name, bytes] of Object.entries(entries)) {
			if (name.endsWith('/')) continue;
			await mkdir(dirname(join(data, name)), { recursive: true });
			await writeFile(join(data, name), bytes);
		}
		expect(
			Object.keys(entries)
				.filter((n) => !n.endsWith('/'))
				.sort()
		).toEqual([
			'camp-david-2023/article.txt',
			'camp-david-2023/graph.json',
			'camp-david-2023/story.json'
		]);
		// The article is the bundled one, byte for byte.
		expect(await readFile(join(data, 'camp-david-2023/article.txt'))).toEqual(
			await readFile('graph-data/camp-david-2023/article.txt')
		);
		// The build's own output stays inside the project, where its server code finds node_modules.
		const out = '.scratch/e2e-export';
		const env = { ...process.env, EVIDENCE_MAP_DATA: data, EVIDENCE_MAP_OUT: out };
		const validate = await run('npx', ['tsx', 'scripts/validate.ts'], { env });
		expect(validate.stdout).toContain(
			`camp-david-2023: ${bundled.nodes.length} nodes, ${bundled.edges.length} edges, ${passages} passages, a story of ${bundled.story!.steps.length} steps, all verbatim`
		);
		await run('npm', ['run', 'build'], { env, maxBuffer: 64 * 1024 * 1024 });
		const built = join(out, 'build');
		expect(existsSync(join(built, 'camp-david-2023.html'))).toBe(true);
		expect(existsSync(join(built, 'camp-david-2023/present/1.html'))).toBe(true);
		expect(await readFile(join(built, 'index.html'), 'utf8')).toContain('Reaffirming alliance');
	} finally {
		await rm(scratch, { recursive: true, force: true });
		await rm('.scratch/e2e-export', { recursive: true, force: true });
	}
});
