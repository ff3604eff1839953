/**
 * Edit mode on a map of about 200 elements (an editable copy of the bundled article): each
 * edit made through the editing session, as the tools make it, on a page at rest (the last
 * edit saved, the graph settled), timed from the call to the frame after the graph and the
 * panel show it; and the live check's own time (the checker on the
 * whole map after every change).
 */
import type { Browser } from '@playwright/test';
import { percentile, viewport } from './measure';

export interface EditFigures {
	elements: number;
	edits: number;
	/** Call → the frame after it is shown in the graph and the panel, ms. */
	shown: { p50: number; p95: number };
	/** The live check alone, ms. */
	check: { p50: number; p95: number };
}

type EditWindow = {
	__edit: {
		apply(edit: unknown, said: string): { ok: boolean };
		saved(): Promise<void>;
		checkMs: number;
		doc: { graph: { nodes: { id: string; label: string }[]; edges: unknown[] } };
	};
	__cy: { getElementById(id: string): { data(k: string): unknown } };
};

export async function editLatencies(
	browser: Browser,
	base: string,
	title: string,
	rounds = 30
): Promise<EditFigures> {
	const context = await browser.newContext({ viewport });
	await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
	const page = await context.newPage();
	await page.goto(`${base}/`);
	await page.locator('[data-testid="my-maps"][data-ready="true"]').waitFor();
	await page.getByRole('button', { name: `Make an editable copy of ${title}` }).click();
	const open = page.getByRole('link', { name: 'Open it' });
	await open.waitFor();
	const id = new URL((await open.getAttribute('href'))!, base).searchParams.get('id')!;
	const node = 'japan';
	await page.goto(`${base}/my/edit?id=${id}&node=${node}`);
	await page.locator('.canvas[data-ready="true"]').waitFor({ timeout: 60_000 });
	await page.locator('[data-testid="evidence-panel"] h2').waitFor();
	const result = await page.evaluate(
		async ({ node, rounds }) => {
			const w = window as unknown as EditWindow;
			const session = w.__edit;
			const shown: number[] = [];
			const check: number[] = [];
			const frame = () =>
				new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			const canvas = document.querySelector<HTMLElement>('.canvas')!;
			// A person's edits come seconds apart: each is timed once the last one has been saved
			// and the graph has settled (its labels placed), not while that work is still queued.
			const idle = async () => {
				await session.saved();
				while (canvas.dataset.settled !== 'true') await frame();
				await frame();
			};
			const label = session.doc.graph.nodes.find((n) => n.id === node)!.label;
			// The first edit too is made on a page at rest: its opening work (the view's labels,
			// the offline copy, the live check's first look) done, as when a person starts editing.
			await idle();
			await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
			for (let i = 0; i < rounds; i++) {
				// Renaming the node in the panel changes its title there and its label in the graph;
				// a relation's stance changes its line. Alternated, each returned to what it was.
				const name = i % 2 ? label : `${label} ${i}`;
				// Asked for before the edit, so this frame's callback and the task after its paint
				// come before any work the app itself leaves for after the paint.
				const painted = new Promise<number>((resolve) =>
					requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
				);
				const t0 = performance.now();
				const done = session.apply(
					{ kind: 'update-node', id: node, patch: { label: name } },
					'Renamed'
				);
				const t1 = await painted;
				const panel = document.querySelector('[data-testid="evidence-panel"] h2')?.textContent;
				if (!done.ok || panel?.trim() !== name || w.__cy.getElementById(node).data('name') !== name)
					throw new Error(`edit ${i} not shown (panel “${panel}”)`);
				shown.push(t1 - t0);
				check.push(session.checkMs);
				await idle();
			}
			const g = session.doc.graph;
			return { shown, check, elements: g.nodes.length + g.edges.length };
		},
		{ node, rounds }
	);
	await context.close();
	const figures = (xs: number[]) => ({
		p50: Math.round(percentile(xs, 50)),
		p95: Math.round(percentile(xs, 95))
	});
	return {
		elements: result.elements,
		edits: rounds,
		shown: figures(result.shown),
		check: figures(result.check)
	};
}
