/**
 * A person's own article, measured in the browser on the benchmark site: the production
 * drafting and layout workers called as the page calls them, and the whole of "Draft the
 * map" as a person uses it (from the click to the drafted map answering taps), with the
 * longest task the page's own thread ran meanwhile (the Long Tasks API reports every task
 * over 50 ms).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { layoutInput } from '../../src/lib/cytoscape/layout-client';
import type { Dataset } from '../../src/lib/graph/dataset';
import { median, viewport } from './measure';

export interface WorkerFigures {
	/** The first call: the worker's script fetched, compiled and run. */
	first: number;
	/** Median of the calls after it, the worker warm (drafting keeps its worker). */
	warm: number;
	/** The longest main-thread task while the calls ran; 0 when none reached 50 ms. */
	longestTask: number;
	/** What the first call's answer counted, when it carries counts (the draft's stats). */
	stats?: Record<string, number>;
}

export interface FlowFigures {
	/** From the click on "Draft the map" to the drafted map's graph answering taps. */
	total: number;
	longestTask: number;
	/** The drafted map opened again (a reload): from navigation to its graph answering taps. */
	reopen: { total: number; longestTask: number };
}

type Probe = Window & { __longTasks: { start: number; duration: number }[] };
type Flow = { __flow?: { clicked: number; ready?: number } };
type Reopen = { __readyAt?: number };

/** The drafted map's graph answers taps (its static picture, before Cytoscape starts). */
const interactive = '.canvas[data-interactive="true"]';

/** Installed before the page's scripts: every long task of the page's thread, kept. */
function longTaskProbe() {
	const w = window as unknown as Probe;
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

async function openPage(browser: Browser, url: string): Promise<Page> {
	const context = await browser.newContext({ viewport });
	await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
	await context.addInitScript(longTaskProbe);
	const page = await context.newPage();
	await page.goto(url);
	// Measured on a settled page: its own start (hydration, saving the offline copy a first visit
	// makes) is not the draft's.
	await page.locator('html[data-offline]').waitFor({ state: 'attached', timeout: 60_000 });
	// /new loads the explorer's code while idle, for the map it will open: that is its own start too.
	await page.locator('form[data-explorer-loaded="true"]').waitFor({ timeout: 60_000 });
	await page.evaluate(
		() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }))
	);
	return page;
}

/** The built worker whose source file was `name` (Vite names it `<name>-<hash>.js`). */
export function workerUrl(siteRoot: string, name: string): string {
	const dir = '_app/immutable/workers';
	const file = readdirSync(join(siteRoot, dir)).find((f) => f.startsWith(`${name}-`));
	if (!file) throw new Error(`no ${name} in ${dir}: was the site built?`);
	return `/${dir}/${file}`;
}

/**
 * Calls a worker `runs` times from the page: `reuse` keeps one worker (as drafting does), else
 * each call has a worker of its own (as the layout does). `message(i)` is what call i posts.
 */
async function timeWorker(
	page: Page,
	url: string,
	messages: unknown[],
	reuse: boolean
): Promise<WorkerFigures> {
	const result = await page.evaluate(
		async ({ url, messages, reuse }) => {
			const w = window as unknown as Probe;
			const from = performance.now();
			let worker: Worker | null = null;
			const call = (message: unknown) =>
				new Promise<number>((resolve, reject) => {
					const start = performance.now();
					if (!worker || !reuse) worker = new Worker(url, { type: 'module' });
					const running = worker;
					running.onmessage = (
						event: MessageEvent<{ ok: boolean; result?: { stats?: Record<string, number> } }>
					) => {
						if (!reuse) running.terminate();
						stats ??= event.data.result?.stats;
						if (event.data.ok) resolve(performance.now() - start);
						else reject(new Error(JSON.stringify(event.data)));
					};
					running.onerror = (event) => reject(new Error(event.message));
					running.postMessage(message);
				});
			const times: number[] = [];
			let stats: Record<string, number> | undefined;
			for (const message of messages) times.push(await call(message));
			(worker as Worker | null)?.terminate();
			// Long tasks are reported after they end: wait a frame for the last one.
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			const tasks = w.__longTasks.filter((t) => t.start >= from).map((t) => t.duration);
			return { times, stats, longestTask: Math.max(0, ...tasks) };
		},
		{ url, messages, reuse }
	);
	return {
		first: result.times[0]!,
		warm: median(result.times.slice(1)),
		longestTask: result.longestTask,
		stats: result.stats
	};
}

const source = { title: 'Benchmark article' };

/** The drafting worker on `text`: one worker, a first call and five warm ones. */
export async function draftInPage(
	browser: Browser,
	base: string,
	siteRoot: string,
	text: string
): Promise<WorkerFigures> {
	const page = await openPage(browser, `${base}/new`);
	const url = workerUrl(siteRoot, 'draft.worker');
	const messages = Array.from({ length: 6 }, (_, i) => ({ id: i + 1, input: { text, source } }));
	const figures = await timeWorker(page, url, messages, true);
	await page.context().close();
	return figures;
}

/** The layout worker on `dataset`: a new worker per call, as the page makes one; six calls. */
export async function layoutInPage(
	browser: Browser,
	base: string,
	siteRoot: string,
	dataset: Pick<Dataset, 'nodes' | 'edges'>
): Promise<WorkerFigures> {
	const page = await openPage(browser, `${base}/new`);
	const url = workerUrl(siteRoot, 'layout.worker');
	const messages = Array.from({ length: 6 }, () => layoutInput(dataset));
	const figures = await timeWorker(page, url, messages, false);
	await page.context().close();
	return figures;
}

/**
 * "Draft the map" as a person uses it: the text pasted into /new, the button clicked, and the
 * drafted map opened (stored, checked, laid out in its worker, rendered) until its graph
 * answers taps. A new browser context each time: a first draft, with nothing warm.
 */
export async function draftFlow(
	browser: Browser,
	base: string,
	text: string
): Promise<FlowFigures> {
	const page = await openPage(browser, `${base}/new`);
	await page.locator('form[data-ready="true"]').waitFor();
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Title').fill(source.title);
	const button = page.getByRole('button', { name: 'Draft the map' });
	// The page's own clock from the click to the map's graph answering taps; the navigation to the
	// map is the app's own (client-side), so the document, its clock and this observer stay.
	await button.evaluate(
		(b, interactive) =>
			b.addEventListener(
				'click',
				() => {
					const w = window as unknown as Flow;
					w.__flow = { clicked: performance.now() };
					const observer = new MutationObserver(() => {
						if (!document.querySelector(interactive)) return;
						w.__flow!.ready = performance.now();
						observer.disconnect();
					});
					observer.observe(document.documentElement, {
						subtree: true,
						childList: true,
						attributes: true
					});
				},
				{ capture: true, once: true }
			),
		interactive
	);
	await button.click();
	await page.waitForURL(/\/my\/map\?id=/, { timeout: 60_000 });
	await page.locator(interactive).waitFor({ timeout: 60_000 });
	const result = await page.evaluate(async () => {
		const w = window as unknown as Probe & Flow;
		// Long tasks are reported after they end: wait a frame for the last one.
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		const { clicked, ready } = w.__flow!;
		const tasks = w.__longTasks.filter((t) => t.start >= clicked).map((t) => t.duration);
		return { total: ready! - clicked, longestTask: Math.max(0, ...tasks) };
	});
	// Opened again, from storage: read, checked in its worker, drawn at its kept positions.
	await page.addInitScript((interactive) => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector(interactive)) return;
			(window as unknown as Reopen).__readyAt = performance.now();
			observer.disconnect();
		});
		observer.observe(document, { subtree: true, childList: true, attributes: true });
	}, interactive);
	await page.reload();
	await page.locator(interactive).waitFor({ timeout: 60_000 });
	const reopen = await page.evaluate(async () => {
		const w = window as unknown as Probe & Reopen;
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		return {
			total: w.__readyAt!,
			longestTask: Math.max(0, ...w.__longTasks.map((t) => t.duration))
		};
	});
	await page.context().close();
	return { ...result, reopen };
}
