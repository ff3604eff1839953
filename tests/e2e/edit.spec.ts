/**
 * Edit mode, end to end in Chromium, on a map drafted from an article written for these tests:
 * select words → a new node whose passage shows in the panel and is highlighted in the article;
 * words added as evidence; a new relation, inferred, with background; a merge with its preview;
 * the review queue by keys, then an export with the drafts left out; undo across a reload; a
 * selection across paragraphs refused; a second tab that follows the first; words selected by
 * touch on a phone; and axe with the toolbar, a form and the queue open, in all three themes.
 */
import { violations } from './axe-rules';
import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, type AnyCy } from './fixtures';
import { selectWords, selectWordsByTouch } from './select-words';
import { checkZip, unpack } from './dataset-zip';

const article = readFileSync('tests/fixtures/heldout/heldout-coup/article.txt', 'utf8');
const panel = '[data-testid="evidence-panel"]';
const tools = '.selection-tools';

/** Drafts the article and opens the map in edit mode; returns the map's id. */
async function editNewMap(page: Page): Promise<string> {
	await page.goto('/new');
	await page.locator('form[data-ready="true"]').waitFor();
	await page.getByLabel('Article text').fill(article);
	await page.getByLabel('Title').fill('Niger coup');
	await page.getByRole('button', { name: 'Draft the map' }).click();
	await page.waitForURL(/\/my\/map\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await page.waitForURL(/\/my\/edit\?id=/);
	await editorReady(page);
	return id;
}

async function editorReady(page: Page) {
	await page.locator('.canvas[data-ready="true"]').waitFor();
	await page.getByRole('region', { name: 'Editing' }).waitFor();
}

const status = (page: Page) => page.getByTestId('edit-status');

/** Until every change made is stored, as the edit bar says: then the page may be left. */
const stored = (page: Page) =>
	expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');

/** Ids and names of the live graph's nodes. */
const graphNodes = (page: Page) =>
	page.evaluate(() => {
		const cy = (window as unknown as { __cy: AnyCy }).__cy;
		return (cy.nodes().toArray() as AnyCy[]).map((n) => ({
			id: n.id() as string,
			name: n.data('name') as string,
			status: n.data('status') as string
		}));
	});

/** Makes the selected `words` a node, named as suggested (`suggested`), or `name` if given. */
async function newNode(
	page: Page,
	words: string,
	kind = 'person',
	summary = 'Named here.',
	{ suggested = words, name = suggested }: { suggested?: string; name?: string } = {}
) {
	await selectWords(page, words);
	await page.locator(tools).getByRole('button', { name: 'New node…' }).click();
	const field = page.locator(tools).getByLabel('Name', { exact: true });
	await expect(field).toHaveValue(suggested);
	if (name !== suggested) await field.fill(name);
	await page.locator(tools).getByLabel('Kind of actor').selectOption(kind);
	await page.locator(tools).getByLabel('Summary').fill(summary);
	await page.locator(tools).getByRole('button', { name: 'Add the node' }).click();
	await expect(status(page)).toHaveText(`Added the node ${name}`);
}

test.describe('edit mode', () => {
	test('selected words become a node: its passage in the panel, highlighted in the article, drawn in the graph; then more evidence, and undo across a reload', async ({
		page
	}) => {
		const id = await editNewMap(page);
		const before = await graphNodes(page);
		await newNode(page, 'presidential guard', 'organization', 'It detained the president.');
		// The panel shows the new node with the words selected as its one passage.
		await expect(page.locator(`${panel} h2`)).toHaveText('presidential guard');
		const passages = page.locator(`${panel} section[aria-labelledby="node-passages"] mark`);
		await expect(passages).toHaveText(['presidential guard']);
		// The article marks them, and the graph has one node more, confirmed (not a draft).
		await expect(page.locator('[data-testid="reader"] .marked.active')).toHaveText([
			'presidential guard'
		]);
		const after = await graphNodes(page);
		expect(after.length).toBe(before.length + 1);
		expect(after.find((n) => n.name === 'presidential guard')?.status).toBe('confirmed');

		// More words, added to the node in the panel.
		await selectWords(page, 'the guard’s commander');
		await page
			.locator(tools)
			.getByRole('button', { name: 'Add as evidence to presidential guard' })
			.click();
		await expect(passages).toHaveText(['presidential guard', 'the guard’s commander']);
		await expect(status(page)).toHaveText('Added the passage to presidential guard');

		// The map is kept with its history: after a reload, undo takes the passage away again.
		await stored(page);
		await page.reload();
		await editorReady(page);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(status(page)).toHaveText('Undid the last change');
		await stored(page);
		const nodeId = after.find((n) => n.name === 'presidential guard')!.id;
		await page.goto(`/my/edit?id=${id}&node=${nodeId}`);
		await editorReady(page);
		await expect(passages).toHaveText(['presidential guard']);
		// Ctrl+Z takes the node away; Shift+Ctrl+Z brings it back.
		await page.locator('body').press('Control+z');
		await expect(page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
		expect((await graphNodes(page)).length).toBe(before.length);
		await page.locator('body').press('Control+Shift+z');
		expect((await graphNodes(page)).length).toBe(before.length + 1);
	});

	test('a new relation from selected words, with the types that fit its ends, inferred, with background', async ({
		page
	}) => {
		await editNewMap(page);
		const nodes = await graphNodes(page);
		const tiani = nodes.find((n) => n.name.includes('Tiani'))!;
		const bazoum = nodes.find((n) => n.name.includes('Bazoum'))!;
		await selectWords(page, 'members of his own presidential guard detained him');
		await page.locator(tools).getByRole('button', { name: 'New relation…' }).click();
		const form = page.locator(tools).locator('form');
		// The form is taller than the article's pane: its first field and its save button are both
		// in sight as it opens, the button kept at the pane's foot.
		await expect(form.getByLabel('From')).toBeInViewport();
		await expect(form.getByRole('button', { name: 'Add the relation' })).toBeInViewport();
		await form.getByLabel('From').selectOption(tiani.id);
		await form.getByLabel('To').selectOption(bazoum.id);
		// Two actors: "allied with" fits, "heightens" (of concerns) does not.
		const fitting = form.locator('optgroup[label="Fits these two"] option');
		await expect(fitting.filter({ hasText: 'allied with' })).toHaveCount(1);
		await expect(fitting.filter({ hasText: 'heightens' })).toHaveCount(0);
		await form.getByLabel('Relation').selectOption('undermines');
		await expect(form.getByLabel('Drawn as')).toHaveValue('undermines');
		await form.getByLabel('Drawn as').fill('detained');
		await form.getByLabel('Stance').selectOption('adversarial');
		// An inference must say what it is read from before it is added.
		await form.getByLabel('Stated or inferred').selectOption('inference');
		await form.getByRole('button', { name: 'Add the relation' }).click();
		await expect(form.getByRole('alert')).toHaveText(/Say what the relation is inferred from/);
		await form.getByLabel('What it is inferred from').fill('The guard answers to Tiani.');
		await form.getByLabel('Background').fill('Tiani led the guard from 2011.');
		await form.getByRole('button', { name: 'Add the relation' }).click();
		await expect(page.locator(`${panel} h2`)).toContainText('detained');
		await expect(page.locator(panel)).toContainText('The guard answers to Tiani.');
		await expect(page.locator(panel)).toContainText(
			'Background, not from the article: Tiani led the guard from 2011.'
		);
		await expect(page.locator(`${panel} section[aria-labelledby="edge-passages"] mark`)).toHaveText(
			['members of his own presidential guard detained him']
		);
		await expect(page.locator(panel)).toContainText('Relation · undermines');
	});

	test('a bundled article offers an editable copy, which opens in edit mode', async ({ page }) => {
		await page.goto('/camp-david-2023');
		await page.getByRole('link', { name: 'Make an editable copy' }).click();
		await page.waitForURL(/\/my\/edit\?id=/);
		await editorReady(page);
		await expect(page.locator('h1')).toContainText('Reaffirming alliance');
		expect((await graphNodes(page)).length).toBe(68);
	});

	test('words selected with the keyboard: a caret in the article, Shift+arrows, Enter to the tools', async ({
		page
	}) => {
		await editNewMap(page);
		await page.getByRole('button', { name: 'Select words by keyboard' }).click();
		const article = page.getByRole('textbox', { name: /^Article: arrow keys move the caret/ });
		await expect(article).toBeFocused();
		// The headline's first word, "West", selected one letter at a time.
		for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
		await expect(page.locator(tools)).toContainText('“West”');
		// Typing changes nothing; Enter goes to the tools.
		await page.keyboard.press('x');
		await expect(page.locator('[data-testid="reader"] h2')).toHaveText(/^West African Bloc/);
		await page.keyboard.press('Enter');
		await expect(page.locator(tools).getByRole('button', { name: 'New node…' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator(tools).getByLabel('Name', { exact: true })).toHaveValue('West');
	});

	test('a selection across two paragraphs is refused, with the reason', async ({ page }) => {
		await editNewMap(page);
		await selectWords(page, { from: 'the use of force.”', to: 'Bazoum, 63' });
		await expect(page.locator(tools).getByRole('alert')).toHaveText(
			/A passage stays within one paragraph/
		);
	});

	test('merge shows what changes first, then makes one node of two', async ({ page }) => {
		await editNewMap(page);
		// The title is left out of the name suggested; this node keeps it, to differ from the draft.
		await newNode(page, 'Gen. Abdourahamane Tiani', 'person', 'Named here.', {
			suggested: 'Abdourahamane Tiani',
			name: 'Gen. Abdourahamane Tiani'
		});
		const nodes = await graphNodes(page);
		const drafted = nodes.find(
			(n) => n.name !== 'Gen. Abdourahamane Tiani' && n.name.includes('Tiani')
		)!;
		await page.locator(panel).getByRole('button', { name: 'Merge…' }).click();
		await page
			.locator(panel)
			.getByLabel('Merge into “Gen. Abdourahamane Tiani”')
			.selectOption(drafted.id);
		await expect(page.getByRole('list', { name: 'What the merge changes' })).toContainText(
			`“${drafted.name}” becomes another name of “Gen. Abdourahamane Tiani”`
		);
		await page.locator(panel).getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(status(page)).toHaveText('Merged into Gen. Abdourahamane Tiani');
		const after = await graphNodes(page);
		expect(after.length).toBe(nodes.length - 1);
		expect(after.some((n) => n.id === drafted.id)).toBe(false);
		await expect(page.locator(panel)).toContainText(`Also in the text: ${drafted.name}`);
	});

	test('the review queue by keys: A accepts, R rejects, J moves on, and the count goes down', async ({
		page
	}) => {
		await editNewMap(page);
		const queueButton = page.getByRole('button', { name: /drafts? to review$/ });
		const count = async () => Number((await queueButton.textContent())!.match(/\d+/)![0]);
		const start = await count();
		expect(start).toBeGreaterThan(3);
		await queueButton.click();
		const queue = page.getByRole('region', { name: 'Drafts to review' });
		await expect(queue).toContainText(`Draft 1 of ${start}`);
		// The draft in hand is selected: its evidence in the panel, a draft.
		const first = (await queue.locator('strong').textContent())!;
		await expect(page.locator(`${panel} h2`)).toContainText(first.split(' ')[0]!);
		await expect(page.locator(panel)).toContainText('Draft');
		await page.keyboard.press('a');
		// A relation asks for its type first: 1 keeps the one drafted.
		const isRelation = await queue.getByText('Accept as which relation?').isVisible();
		if (isRelation) await page.keyboard.press('1');
		await expect(queue).toContainText(`of ${start - 1}`);
		await expect(queueButton).toHaveText(`${start - 1} drafts to review`);
		await expect(status(page)).toHaveText(`Accepted ${first}`);
		await page.keyboard.press('j');
		await expect(queue).toContainText(`Draft 2 of ${start - 1}`);
		const second = (await queue.locator('strong').textContent())!;
		await page.keyboard.press('r');
		await expect(status(page)).toHaveText(`Rejected ${second}`);
		await expect(queueButton).toHaveText(`${start - 2} drafts to review`);
		await page.keyboard.press('k');
		await expect(queue).toContainText(`Draft 1 of ${start - 2}`);
		await page.keyboard.press('Escape');
		await expect(queue).toBeHidden();

		// Exported with the drafts left out: only what was accepted, still a valid dataset.
		await page.getByRole('button', { name: 'Export' }).click();
		await page.getByLabel(`Leave out the ${start - 2} drafts`).check();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /Dataset \(\.zip\)/ }).click();
		const entries = await unpack(await download);
		const graph = strFromU8(entries['niger-coup/graph.json']!);
		expect(graph).not.toContain('"draft"');
		const kept = (await graphNodes(page)).filter((n) => n.status !== 'draft');
		const exported = (JSON.parse(graph) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
		expect(exported.sort()).toEqual(kept.map((n) => n.id).sort());
		const checked = checkZip(entries, 'niger-coup');
		expect(checked.ok ? [] : checked.problems).toEqual([]);
	});

	test('a second tab on the same map shows the first one’s change', async ({ page, context }) => {
		await editNewMap(page);
		const other = await context.newPage();
		await other.goto(page.url());
		await editorReady(other);
		const before = (await graphNodes(other)).length;
		await newNode(page, 'presidential guard', 'organization');
		await expect(other.getByTestId('edit-status')).toHaveText(
			'This map was changed in another tab: it now shows that change.'
		);
		expect((await graphNodes(other)).length).toBe(before + 1);
		// And its undo undoes that change, not an older map.
		await other.getByRole('button', { name: 'Undo' }).click();
		expect((await graphNodes(other)).length).toBe(before);
	});

	test('the story builder: views become steps, reordered by keyboard, played by the presentation', async ({
		page
	}) => {
		await editNewMap(page);
		await page.getByRole('button', { name: 'Story (0 steps)' }).click();
		const story = page.getByRole('region', { name: 'Story' });
		await expect(story.getByRole('button', { name: 'Add this view as a step' })).toBeDisabled();
		// A node of the map, then words chosen for the step's passage.
		const nodes = await graphNodes(page);
		const niger = nodes.find((n) => n.name === 'Niger')!;
		const ecowas = nodes.find((n) => /ECOWAS|Economic Community/.test(n.name))!;
		await page.goto(`${page.url()}&node=${niger.id}`);
		await editorReady(page);
		await page.getByRole('button', { name: 'Story (0 steps)' }).click();
		await story.getByRole('button', { name: 'Add this view as a step' }).click();
		await expect(story.getByLabel('Title')).toHaveValue('Niger');
		await story.getByLabel('Narration').fill('The country at the centre of the crisis.');
		await story.getByRole('button', { name: 'Add the step' }).click();
		await expect(story.getByRole('list', { name: 'Steps' }).locator('li')).toHaveCount(1);

		await selectWords(page, 'one week to reinstate President Mohamed Bazoum');
		await page.locator(tools).getByRole('button', { name: 'Use as the step’s passage' }).click();
		await page.getByRole('combobox', { name: 'Search the graph' }).fill(ecowas.name.slice(0, 12));
		await page
			.getByRole('option', { name: new RegExp(ecowas.name.slice(0, 12)) })
			.first()
			.click();
		await story.getByRole('button', { name: 'Add this view as a step' }).click();
		await expect(story).toContainText(
			'quotes “one week to reinstate President Mohamed Bazoum” (the words you chose)'
		);
		await story.getByLabel('Title').fill('The ultimatum');
		await story.getByLabel('Narration').fill('The bloc gives the junta a week.');
		await story.getByRole('button', { name: 'Add the step' }).click();
		const items = story.getByRole('list', { name: 'Steps' }).locator('li');
		await expect(items).toHaveText([/1\. Niger/, /2\. The ultimatum/]);
		// Alt+↑ on the second step's handle makes it the first; the handle keeps the focus.
		await items
			.nth(1)
			.getByRole('button', { name: /^Step 2/ })
			.press('Alt+ArrowUp');
		await expect(items).toHaveText([/1\. The ultimatum/, /2\. Niger/]);
		await expect(items.nth(0).getByRole('button', { name: /^Step 1/ })).toBeFocused();

		await story.getByRole('link', { name: 'Present it' }).click();
		await page.locator('.player[data-ready="true"]').waitFor();
		await expect(page.locator('#step-title')).toHaveText('The ultimatum');
		await expect(page.locator('.player')).toContainText(
			'one week to reinstate President Mohamed Bazoum'
		);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#step-title')).toHaveText('Niger');
	});

	test('axe finds no violation with the toolbar, a form and the queue open, in every theme', async ({
		page
	}) => {
		await editNewMap(page);
		// Six whole-page checks of a page with a long article: more than one test's usual time.
		test.setTimeout(120_000);
		const axe = async (what: string) => {
			expect(await violations(page), what).toEqual([]);
		};
		for (const theme of ['light', 'dark', 'projector']) {
			await page.getByLabel('Theme').selectOption(theme);
			await selectWords(page, 'presidential guard');
			await page.locator(tools).getByRole('button', { name: 'New node…' }).click();
			await expect(page.locator(tools).locator('form')).toBeVisible();
			await axe(`${theme}, toolbar with its form`);
			await page.locator(tools).getByRole('button', { name: 'Cancel' }).click();
			await page.locator(tools).getByRole('button', { name: 'Cancel' }).click();
			await expect(page.locator(tools)).toBeHidden();
			await page.getByRole('button', { name: /drafts? to review$/ }).click();
			await expect(page.getByRole('region', { name: 'Drafts to review' })).toBeVisible();
			// The panel's own form for the draft in hand, opened by E.
			await page.keyboard.press('e');
			await expect(page.locator(`${panel} form`)).toBeVisible();
			await axe(`${theme}, queue and edit form`);
			await page.locator(`${panel} form`).getByRole('button', { name: 'Cancel' }).click();
			await page
				.getByRole('region', { name: 'Drafts to review' })
				.getByRole('button', { name: 'Close' })
				.click();
		}
	});
});

test.describe('edit mode on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('words selected by touch open the toolbar once the selection is still, and become a node', async ({
		page
	}) => {
		await editNewMap(page);
		await selectWordsByTouch(page, 'presidential guard');
		const toolbar = page.locator(tools);
		await expect(toolbar).toContainText('“presidential guard”');
		await toolbar.getByRole('button', { name: 'New node…' }).tap();
		await expect(toolbar.getByLabel('Name', { exact: true })).toHaveValue('presidential guard');
		await toolbar.getByLabel('Kind of actor').selectOption('organization');
		await toolbar.getByLabel('Summary').fill('It detained the president.');
		await toolbar.getByRole('button', { name: 'Add the node' }).tap();
		await expect(status(page)).toHaveText('Added the node presidential guard');
		await expect(page.locator(`${panel} h2`)).toHaveText('presidential guard');
	});
});
