import type { Route } from '@playwright/test';
import { layoutDataset } from '../../src/lib/cytoscape/layout';
import {
	test,
	expect,
	openExplorer,
	clickGraph,
	loadDataset,
	shownPassages,
	panelComplete,
	graphReady,
	picturePoint
} from './fixtures';

const dataset = loadDataset();
const node = (id: string) => dataset.nodes.find((n) => n.id === id)!;
const panel = '[data-testid="evidence-panel"]';

test.describe('the explorer', () => {
	test('clicking a node on the canvas shows its passages, equal to the article text', async ({
		page
	}) => {
		await openExplorer(page);
		await clickGraph(page, 'north-korea');
		await expect(page).toHaveURL(/\?node=north-korea$/);
		const heading = page.locator(`${panel} h2`);
		await expect(heading).toHaveText('North Korea');
		const expected = node('north-korea').passages;
		const shown = await shownPassages(page, `${panel} section[aria-labelledby="node-passages"]`);
		expect(shown).toEqual(expected.map((p) => p.exact));
		for (const p of expected) expect(dataset.text.slice(p.start, p.end)).toBe(p.exact);
		await expect(page.locator(`${panel} section[aria-labelledby="node-passages"] h3`)).toHaveText(
			`${expected.length} passage${expected.length === 1 ? '' : 's'} in the article`
		);
	});

	test('every relation of a node is listed with its own passages', async ({ page }) => {
		await openExplorer(page, '?node=south-korea');
		const incident = dataset.edges.filter(
			(e) => e.source === 'south-korea' || e.target === 'south-korea'
		);
		await expect(page.locator(`${panel} section[aria-labelledby="node-relations"] h3`)).toHaveText(
			`${incident.length} relations`
		);
		// The relations below the first few are drawn once the panel has been painted.
		await page
			.locator(`${panel} section[aria-labelledby="node-relations"][aria-busy="false"]`)
			.waitFor();
		const shown = await shownPassages(page, `${panel} section[aria-labelledby="node-relations"]`);
		expect(shown.sort()).toEqual(incident.flatMap((e) => e.passages.map((p) => p.exact)).sort());
	});

	test('search by alias with the keyboard selects the node', async ({ page }) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await search.fill('Tokyo');
		await expect(
			page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first()
		).toContainText('Japan');
		await search.press('Enter');
		await expect(page).toHaveURL(/\?node=japan$/);
		await expect(page.locator(`${panel} h2`)).toHaveText('Japan');
		expect(await shownPassages(page, `${panel} section[aria-labelledby="node-passages"]`)).toEqual(
			node('japan').passages.map((p) => p.exact)
		);
	});

	test('search lists matches as you type and moves with the arrow keys', async ({ page }) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await search.fill('korea');
		const options = page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option');
		// The matching is fetched when the field is first used: the list follows as soon as it is in.
		await expect.poll(() => options.count()).toBeGreaterThan(2);
		await search.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		const second = (await options.nth(1).locator('.name').textContent())!;
		await search.press('Enter');
		await expect(page.locator(`${panel} h2`)).toHaveText(second);
	});

	test('the keyboard reaches the graph and moves along edges', async ({ page }) => {
		await openExplorer(page);
		const canvas = page.locator('.canvas');
		await canvas.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\?node=/);
		const first = new URL(page.url()).searchParams.get('node')!;
		await expect(page.locator('[data-testid="announcer"]')).toContainText(node(first).label);
		// The node selected now: the panel shows it at once, the address once the page is idle.
		const selected = async () => {
			const heading = (await page.locator(`${panel} h2`).textContent())!.trim();
			const inUrl = () => new URL(page.url()).searchParams.get('node');
			await expect.poll(() => node(inUrl() ?? '')?.label).toBe(heading);
			return inUrl()!;
		};
		// From there, each arrow that moves lands on a neighbour.
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
			const before = await selected();
			await page.keyboard.press(key);
			const after = await selected();
			if (after !== before) {
				const joined = dataset.edges.some(
					(e) =>
						(e.source === before && e.target === after) ||
						(e.target === before && e.source === after)
				);
				expect(joined, `${before} → ${after} along an edge`).toBe(true);
			}
		}
		await page.keyboard.press('Enter');
		await expect(page.locator(`${panel} h2`)).toBeFocused();
		await canvas.focus();
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/node=/);
	});

	test('clicking an edge shows both ends, relation, stance, who claims it, and its passages', async ({
		page
	}) => {
		// Show adversarial relations only, and click the one drawn farthest from anything else.
		await openExplorer(page, '?hideStance=cooperative,neutral');
		const id = await page.evaluate(() => {
			type P = { x: number; y: number };
			type El = { id(): string; renderedMidpoint(): P; renderedPosition(): P };
			const cy = (window as unknown as { __cy: { $(s: string): { map<T>(f: (e: El) => T): T[] } } })
				.__cy;
			const mids = cy.$('edge:visible').map((e) => ({ id: e.id(), p: e.renderedMidpoint() }));
			const nodes = cy.$('node:visible').map((n) => n.renderedPosition());
			const clearance = ({ id, p }: { id: string; p: P }) =>
				Math.min(
					...mids.filter((m) => m.id !== id).map((m) => Math.hypot(m.p.x - p.x, m.p.y - p.y)),
					...nodes.map((n) => Math.hypot(n.x - p.x, n.y - p.y))
				);
			return mids.sort((a, b) => clearance(b) - clearance(a))[0]!.id;
		});
		const edge = dataset.edges.find((e) => e.id === id)!;
		expect(edge.stance).toBe('adversarial');
		await clickGraph(page, edge.id, 'edge');
		await expect(page).toHaveURL(new RegExp(`edge=${edge.id}`));
		const p = page.locator(panel);
		await expect(p.locator('dd.stance')).toContainText('adversarial');
		await expect(p.locator('dl')).toContainText(node(edge.source).label);
		await expect(p.locator('dl')).toContainText(node(edge.target).label);
		expect(await shownPassages(page)).toEqual(edge.passages.map((q) => q.exact));
	});

	test('the panel keeps background apart from the summary and says who makes a relation', async ({
		page
	}) => {
		const summit = node('camp-david-summit');
		await openExplorer(page, '?node=camp-david-summit');
		const p = page.locator(panel);
		await expect(p.locator('.summary')).toHaveText(summit.summary);
		await expect(p.locator('.background')).toHaveText(
			`Background, not from the article: ${summit.background}`
		);
		// Relations not the authors' own stated claims say so in the node's list.
		await expect(
			p.locator('.relations li', { hasText: 'reaffirms' }).locator('.who')
		).toContainText('Who says so: the headline, not the authors');

		const headline = dataset.edges.find((e) => e.assertedBy.by === 'headline')!;
		await openExplorer(page, `?edge=${headline.id}`);
		await expect(p.locator('dl')).toContainText('the headline, not the authors');
		await expect(p.locator('dl')).toContainText(headline.assertedBy.note!);
		await expect(p.locator('.background')).toHaveText(
			`Background, not from the article: ${headline.background}`
		);

		const inferred = dataset.edges.find(
			(e) => e.basis === 'inference' && e.assertedBy.by === 'authors'
		)!;
		await openExplorer(page, `?edge=${inferred.id}`);
		await expect(p.locator('dl [data-basis="inference"]')).toContainText(
			'Inference: the map’s reading, not stated in the article; read from the authors'
		);
	});

	test('the reader highlights the selection, scrolls to it, and a marked passage selects back', async ({
		page
	}) => {
		await openExplorer(page, '?node=rahm-emanuel');
		const reader = page.locator('[data-testid="reader"]');
		const active = reader.locator('.marked.active');
		await expect(active.first()).toBeVisible();
		await expect(active.first()).toBeInViewport();
		const activeText = (await active.allTextContents()).join('');
		for (const p of node('rahm-emanuel').passages) expect(activeText).toContain(p.exact);

		// A passage that supports a single element selects it directly.
		const single = reader.locator('.marked[data-count="1"]').first();
		await single.click();
		await expect(page).toHaveURL(/\?(node|edge)=/);
		await expect(page).not.toHaveURL(/node=rahm-emanuel/);

		// One that supports several opens a chooser; picking from it selects that element.
		const several = reader.locator('.marked:not([data-count="1"])').first();
		await several.click();
		const chooser = page.locator('[data-testid="passage-chooser"]');
		await expect(chooser).toBeVisible();
		const choice = chooser.getByRole('button').nth(1);
		const label = (await choice.textContent())!.trim();
		await choice.click();
		await expect(chooser).toBeHidden();
		await expect(page.locator(`${panel} h2`)).toContainText(label.split(' ')[0]!);
	});

	test('"Read in article" scrolls the reader to that passage', async ({ page }) => {
		await openExplorer(page, '?node=united-states');
		const passages = node('united-states').passages;
		const last = passages[passages.length - 1]!;
		await panelComplete(page);
		await page
			.locator(`${panel} section[aria-labelledby="node-passages"] figure`)
			.last()
			.getByRole('button', { name: 'Read in article' })
			.click();
		const target = page.locator(`[data-testid="reader"] .marked[data-start="${last.start}"]`);
		await expect(target).toBeInViewport();
	});

	test('a path is drawn with the passages along it, in order', async ({ page }) => {
		await openExplorer(page, '?path=north-korea,us-election-2024');
		// A traced path's evidence is fetched when first shown: its heading says it is in.
		await expect(page.locator(`${panel} h2`)).toHaveText(
			`How North Korea connects to ${node('us-election-2024').label}`
		);
		const steps = page.locator(`${panel} ol.steps > li`);
		expect(await steps.count()).toBeGreaterThan(0);
		const onPath = await page.evaluate(() =>
			(
				window as unknown as {
					__cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } };
				}
			).__cy
				.$('edge.on-path')
				.map((e) => e.id())
		);
		expect(onPath.length).toBe(await steps.count());
		// The first step starts at North Korea and the last ends at the election.
		await expect(steps.first().locator('.node-link').first()).toContainText('North Korea');
		await expect(steps.last().locator('.node-link').last()).toContainText(
			node('us-election-2024').label
		);
	});

	test('a path can be traced from the panel', async ({ page }) => {
		await openExplorer(page);
		await page.getByText('Trace a path between two nodes').click();
		await page.getByRole('combobox', { name: 'From' }).fill('North Korea');
		await page.getByRole('combobox', { name: 'From' }).press('Enter');
		await page.getByRole('combobox', { name: 'To' }).fill('Vladimir');
		await page.getByRole('combobox', { name: 'To' }).press('Enter');
		await expect(page).toHaveURL(/path=north-korea,vladimir-putin/);
		await expect(page.locator(`${panel} ol.steps > li`).first()).toBeVisible();
	});

	test('every view is a URL: deep links load, back and forward work', async ({ page }) => {
		await openExplorer(page, '?node=japan&focus=japan&depth=2&hide=concept');
		await expect(page.locator(`${panel} h2`)).toHaveText('Japan');
		await expect(page.getByRole('button', { name: /Concept/ })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await clickGraph(page, 'south-korea');
		await expect(page).toHaveURL(/node=south-korea/);
		await page.goBack();
		await expect(page).toHaveURL(/node=japan/);
		await expect(page.locator(`${panel} h2`)).toHaveText('Japan');
		await page.goForward();
		await expect(page.locator(`${panel} h2`)).toHaveText('South Korea');
		await page.reload();
		await graphReady(page);
		await expect(page.locator(`${panel} h2`)).toHaveText('South Korea');
		await expect(page).toHaveURL(/focus=japan&depth=2&hide=concept/);
	});

	test('an unknown id in the URL shows a clear message and the rest works', async ({ page }) => {
		await openExplorer(page, '?node=atlantis&hide=rumours');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('There is no node “atlantis” in this graph');
		await expect(alert).toContainText('Unknown node type “rumours” ignored');
		await alert.getByRole('button', { name: 'Dismiss' }).first().click();
		await expect(page.getByText('There is no node “atlantis”')).toBeHidden();
		await expect(alert).toContainText('Unknown node type “rumours” ignored');
		await clickGraph(page, 'china');
		await expect(page.locator(`${panel} h2`)).toHaveText('China');
		// Choosing something writes a clean address, so the remaining message goes too.
		await expect(page).toHaveURL(/\?node=china$/);
		await expect(page.getByRole('alert')).toBeHidden();
	});

	test('choosing a node whose type is filtered out shows that type again', async ({ page }) => {
		await openExplorer(page, '?hide=actor,event');
		const search = page.getByRole('combobox', { name: 'Search the graph' });
		await search.fill('North Korea');
		await search.press('Enter');
		await expect(page).toHaveURL(/\?node=north-korea&hide=event$/);
		await expect(page.getByRole('button', { name: /Actor/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('the legend filters node types and stances', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('button', { name: /Event/ }).click();
		await expect(page).toHaveURL(/hide=event/);
		const hidden = await page.evaluate(
			() =>
				(window as unknown as { __cy: { $(s: string): { length: number } } }).__cy.$('node.hidden')
					.length
		);
		expect(hidden).toBe(dataset.nodes.filter((n) => n.type === 'event').length);
		await page.getByRole('button', { name: /adversarial/ }).click();
		await expect(page).toHaveURL(/hideStance=adversarial/);
	});

	test('labels do not overlap at the default fit on a 1280×800 screen', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openExplorer(page);
		const overlaps = await page.evaluate(() => {
			type Box = { x1: number; x2: number; y1: number; y2: number };
			const cy = (
				window as unknown as {
					__cy: {
						nodes(): {
							map<T>(f: (n: { id(): string; renderedBoundingBox(o: object): Box }) => T): T[];
						};
					};
				}
			).__cy;
			const boxes = cy.nodes().map((n) => ({
				id: n.id(),
				box: n.renderedBoundingBox({
					includeNodes: false,
					includeEdges: false,
					includeLabels: true
				})
			}));
			const found: string[] = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!.box;
					const b = boxes[j]!.box;
					if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
						found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
				}
			return found;
		});
		expect(overlaps).toEqual([]);
	});
});

test('the index lists each dataset with its counts and links to the explorer', async ({ page }) => {
	await page.goto('/');
	const card = page.getByRole('link', {
		name: new RegExp(`^${dataset.source.title.slice(0, 30)}`)
	});
	await expect(card).toContainText(
		`${dataset.nodes.filter((n) => n.type === 'actor').length} actors`
	);
	await expect(card).toContainText(
		`${dataset.nodes.filter((n) => n.type === 'concern').length} concerns`
	);
	await expect(card).toContainText(
		`${dataset.nodes.filter((n) => n.type === 'relationship').length} other relationships`
	);
	// The legend's words, so the count names what the legend and the address call them.
	const others = dataset.nodes.filter((n) => ['event', 'mechanism', 'concept'].includes(n.type));
	await expect(card).toContainText(`${others.length} events, mechanisms and concepts`);
	await card.click();
	await graphReady(page);
	await expect(page).toHaveURL(/\/camp-david-2023$/);
});

test('the index links straight to each dataset’s presentation and handout', async ({ page }) => {
	await page.goto('/');
	const steps = dataset.story!.steps.length;
	const present = page.getByRole('link', {
		name: `Present (${steps} steps) of ${dataset.source.title}`
	});
	await expect(present).toHaveAttribute('href', /\/camp-david-2023\/present$/);
	const handout = page.getByRole('link', { name: `Handout for ${dataset.source.title}` });
	await expect(handout).toHaveAttribute('href', /\/camp-david-2023\/handout$/);
	await present.click();
	await expect(page.getByText(`Step 1 of ${steps}`)).toBeVisible();
	await page.goBack();
	await handout.click();
	await expect(page).toHaveURL(/\/camp-david-2023\/handout$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(dataset.source.title);
});

test.describe('before the graph is used', () => {
	const panel = '[data-testid="evidence-panel"]';

	test('the plain view runs no Cytoscape until the graph is used; the pointer entering fetches it', async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('requestfinished', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto('/camp-david-2023', { waitUntil: 'networkidle' });
		const canvas = page.locator('.canvas[data-interactive="true"]');
		await canvas.waitFor();
		const before = scripts.length;
		await canvas.hover({ position: { x: 3, y: 3 } });
		await expect
			.poll(() => scripts.length, 'the pointer entering fetches the graph code')
			.toBeGreaterThan(before);
		await expect(page.locator('.canvas canvas')).toHaveCount(0);
		await expect(page.getByTestId('static-graph')).toBeVisible();
		// A press on an empty part of the graph starts it, and selects nothing.
		await page.mouse.down();
		await page.mouse.up();
		await page.locator('.canvas[data-ready="true"]').waitFor();
		await expect(page.locator('.canvas canvas').first()).toBeAttached();
		await expect(page.getByTestId('static-graph')).toHaveCount(0);
		await expect(page).toHaveURL(/\/camp-david-2023$/);
	});

	test('Tab to the graph starts it too', async ({ page }) => {
		await page.goto('/camp-david-2023');
		await page.locator('.canvas[data-interactive="true"]').focus();
		await page.locator('.canvas[data-ready="true"]').waitFor();
		await expect(page.getByTestId('static-graph')).toHaveCount(0);
	});

	test('the static picture answers a tap while Cytoscape is still loading', async ({ page }) => {
		const positions = layoutDataset(loadDataset());
		await page.goto('/camp-david-2023');
		await page.locator('.canvas[data-interactive="true"]').waitFor();
		// Hold every script asked for from here on: Cytoscape cannot arrive until released.
		const held: Route[] = [];
		await page.route('**/*.js', (route) => void held.push(route));
		const japan = await picturePoint(page, positions['japan']!);
		await page.mouse.click(japan.x, japan.y);
		await expect(page.locator(`${panel} h2`)).toHaveText('Japan');
		await expect(page).toHaveURL(/\?node=japan$/);
		await expect(page.getByTestId('static-selection')).toHaveCount(1);
		await expect(page.locator('.canvas')).not.toHaveAttribute('data-ready', 'true');
		expect(held.length, 'Cytoscape was asked for and held').toBeGreaterThan(0);

		// Removing the handler lets the held requests through.
		await page.unroute('**/*.js');
		await page.locator('.canvas[data-ready="true"]').waitFor();
		const selected = () =>
			page.evaluate(() =>
				(
					window as unknown as {
						__cy: { getElementById(id: string): { hasClass(c: string): boolean } };
					}
				).__cy
					.getElementById('japan')
					.hasClass('selected')
			);
		await expect.poll(selected, 'Cytoscape takes over with the selection').toBe(true);
		await expect(page.getByTestId('static-graph')).toHaveCount(0);
	});

	test('a press that began on the picture is answered, even if the graph started before the click', async ({
		page
	}) => {
		await page.goto('/camp-david-2023');
		const canvas = page.locator('.canvas[data-interactive="true"]');
		await canvas.dispatchEvent('pointerdown', { pointerType: 'mouse', isPrimary: true });
		await page.locator('.canvas[data-ready="true"]').waitFor();
		// The click that ends that press, where Cytoscape now draws Japan (it never saw the press).
		const at = await page.evaluate(() => {
			const cy = (
				window as unknown as {
					__cy: {
						getElementById(id: string): { renderedPosition(): { x: number; y: number } };
						container(): HTMLElement;
					};
				}
			).__cy;
			const p = cy.getElementById('japan').renderedPosition();
			const box = cy.container().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		await canvas.dispatchEvent('click', { clientX: at.x, clientY: at.y });
		await expect(page.locator(`${panel} h2`)).toHaveText('Japan');
	});

	test('zoom buttons work before the graph is used: they start it, then zoom', async ({ page }) => {
		await page.goto('/camp-david-2023');
		await page.locator('.canvas[data-interactive="true"]').waitFor();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.locator('.canvas[data-ready="true"]').waitFor();
		const zoom = () =>
			page.evaluate(() => (window as unknown as { __cy: { zoom(): number } }).__cy.zoom());
		const zoomed = await zoom();
		await page.getByRole('button', { name: 'Fit' }).click();
		await expect.poll(async () => zoomed / (await zoom())).toBeCloseTo(1.25, 1);
	});

	test('a tap on an empty part of the picture selects nothing', async ({ page }) => {
		await page.goto('/camp-david-2023');
		const canvas = page.locator('.canvas[data-interactive="true"]');
		await canvas.waitFor();
		await page.route('**/*.js', () => {});
		await canvas.click({ position: { x: 3, y: 3 } });
		await expect(page).toHaveURL(/\/camp-david-2023$/);
		await expect(page.locator(`${panel} h2`)).toHaveText('Evidence');
	});
});
