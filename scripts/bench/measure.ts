/**
 * Measurements taken inside the page, with the page's own clock
 * (performance.now(), zero at navigation start): when the graph first
 * painted, when it first answered a tap, how long a tap takes to show its
 * evidence, and how long frames take while the user pans and zooms.
 */
import type { Browser, Page } from '@playwright/test';
import type { Positions } from '../../src/lib/graph/dataset';

export const viewport = { width: 1280, height: 800 };

/** What tells each page's graph apart: our canvas, or the bare page's container. */
export interface Target {
	url: string;
	/** The element whose `data-ready="true"` says Cytoscape has drawn. */
	ready: string;
	/**
	 * Present once the graph answers a tap. The bare page's is its `ready`; the explorer's
	 * static picture answers as soon as the page has hydrated, before Cytoscape is asked for.
	 */
	interactive: string;
	/** Where the explorer's static picture draws each node (model coordinates), if it has one. */
	picture?: Positions;
	/** The element that changes when a tap has been answered. */
	answer: string;
	/** The global holding the Cytoscape instance. */
	cy: '__cy' | 'cy';
}

export interface LoadRun {
	/** The graph's first paint: the explorer's static SVG, the bare page's first contentful paint. */
	firstPaint: number;
	/** Cytoscape's first frame (the explorer's starts at that first tap). */
	drawn: number;
	/** A tap on a node, sent as soon as the graph answers taps, has been answered and painted. */
	interactive: number;
}

type Bench = {
	svg?: number;
	fcp?: number;
	drawn?: number;
	tap?: Promise<number[]>;
	frames?: number[];
	recording?: boolean;
};
type BenchWindow = Window & { __bench: Bench } & Record<string, unknown>;

/** Installed before any script of the page runs. */
function probe() {
	const w = window as unknown as BenchWindow;
	w.__bench = {};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') w.__bench.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new MutationObserver(() => {
		// The explorer's static SVG: painted in the frame after the parser inserts it.
		if (w.__bench.svg === undefined && document.querySelector('[data-testid="static-graph"] svg')) {
			w.__bench.svg = NaN;
			requestAnimationFrame(() => requestAnimationFrame(() => (w.__bench.svg = performance.now())));
		}
		if (
			w.__bench.drawn === undefined &&
			document.querySelector('[data-ready="true"]:is(.canvas, #cy)')
		) {
			w.__bench.drawn = performance.now();
		}
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
}

type Point = { id: string; x: number; y: number };

/** Nearest the middle of `box` first, and away from its edges and the explorer's zoom buttons. */
function central(
	points: Point[],
	box: DOMRect | { x: number; y: number; width: number; height: number }
) {
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	return points
		.filter(
			(p) =>
				p.x > box.x + 30 &&
				p.y > box.y + 30 &&
				p.x < box.x + box.width - 30 &&
				p.y < box.y + box.height - 70
		)
		.sort(
			(a, b) =>
				Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y)
		);
}

/** Where the explorer's static picture draws each node, before Cytoscape exists. */
async function picturePoints(page: Page, positions: Positions): Promise<Point[]> {
	const points = await page.evaluate((positions) => {
		const svg = document.querySelector<SVGSVGElement>('[data-testid="static-graph"] svg')!;
		const matrix = svg.getScreenCTM()!;
		return Object.entries(positions).map(([id, { x, y }]) => {
			const p = new DOMPoint(x, y).matrixTransform(matrix);
			return { id, x: p.x, y: p.y };
		});
	}, positions);
	const box = (await page.locator('.canvas').boundingBox())!;
	return central(points, box);
}

/** Where Cytoscape draws the nodes on the page, visible ones only, away from the explorer's zoom buttons. */
async function nodePoints(page: Page, target: Target): Promise<Point[]> {
	const points = await page.evaluate((global) => {
		type P = { x: number; y: number };
		type Cy = {
			container(): HTMLElement;
			nodes(): { map<T>(f: (n: { id(): string; renderedPosition(): P }) => T): T[] };
		};
		const cy = (window as unknown as Record<string, Cy>)[global]!;
		const box = cy.container().getBoundingClientRect();
		return cy.nodes().map((n) => {
			const p = n.renderedPosition();
			return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
		});
	}, target.cy);
	return central(points, (await page.locator(target.ready).boundingBox())!);
}

/**
 * Taps at (x, y) and resolves with [pointerdown, answer painted, next frame begun]: the time of
 * the input event; of the first task after the frame that painted the change to `answer` (that
 * frame's work, style to commit, is done; a user-blocking task, which Chromium runs before the
 * page's timers); and of the second animation frame after the change,
 * which also counts whatever the next frame's callbacks do first (Cytoscape's redraw among them).
 */
async function tap(
	page: Page,
	answer: string,
	x: number,
	y: number
): Promise<[number, number, number]> {
	await page.evaluate((answer) => {
		const w = window as unknown as BenchWindow;
		w.__bench.tap = new Promise((resolve) => {
			document.addEventListener(
				'pointerdown',
				() => {
					const down = performance.now();
					const observer = new MutationObserver(() => {
						observer.disconnect();
						requestAnimationFrame(() => {
							// The first task after this frame: user-blocking, so the page's own work left
							// for after the paint (timers) does not run before it.
							const painted = new Promise<number>((done) =>
								(
									globalThis as unknown as {
										scheduler: { postTask(f: () => void, o: { priority: string }): void };
									}
								).scheduler.postTask(() => done(performance.now()), {
									priority: 'user-blocking'
								})
							);
							const next = new Promise<number>((done) =>
								requestAnimationFrame(() => done(performance.now()))
							);
							void Promise.all([painted, next]).then(([p, n]) => resolve([down, p, n]));
						});
					});
					observer.observe(document.querySelector(answer)!, {
						subtree: true,
						childList: true,
						characterData: true
					});
				},
				{ capture: true, once: true }
			);
		});
	}, answer);
	await page.mouse.click(x, y);
	const [down, painted, next] = await page.evaluate(
		() => (window as unknown as BenchWindow).__bench.tap!
	);
	return [down!, painted!, next!];
}

async function newPage(browser: Browser, target: Target) {
	const context = await browser.newContext({ viewport });
	// tsx keeps function names with a helper the page does not have.
	await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
	await context.addInitScript(probe);
	const page = await context.newPage();
	await page.goto(target.url, { waitUntil: 'commit' });
	return { context, page };
}

const drawn = (page: Page, target: Target) =>
	page.locator(`${target.ready}[data-ready="true"]`).waitFor({ timeout: 180_000 });

/**
 * Opens the page with Cytoscape drawn. The explorer starts it when the graph is first used:
 * here by a click on an empty corner of the graph (which selects nothing).
 */
export async function openPage(browser: Browser, target: Target) {
	const { context, page } = await newPage(browser, target);
	await page.locator(target.interactive).waitFor({ timeout: 180_000 });
	if (target.picture) await page.locator(target.ready).click({ position: { x: 3, y: 3 } });
	await drawn(page, target);
	return { context, page };
}

/** One cold load (new context, empty cache): first paint, first tap answered, Cytoscape drawn. */
export async function loadRun(browser: Browser, target: Target): Promise<LoadRun> {
	const { context, page } = await newPage(browser, target);
	await page.locator(target.interactive).waitFor({ timeout: 180_000 });
	const [first] = target.picture
		? await picturePoints(page, target.picture)
		: await nodePoints(page, target);
	const [, painted] = await tap(page, target.answer, first!.x, first!.y);
	await drawn(page, target);
	const bench = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
	await context.close();
	// The bare page's only content is the graph, so its first contentful paint is the graph's.
	const firstPaint = bench.svg !== undefined && !Number.isNaN(bench.svg) ? bench.svg : bench.fcp!;
	return { firstPaint, drawn: bench.drawn!, interactive: painted };
}

/** Each tap's times from input: to the panel painted, and to the next frame begun. */
export interface TapTimes {
	painted: number[];
	nextFrame: number[];
}

/**
 * Until the page is at rest: the graph settled (when the page says so) and the browser idle,
 * so that a tap is timed alone, not behind the work the tap before left for after its paint.
 */
async function atRest(page: Page, target: Target) {
	if (target.picture) await page.locator(`${target.ready}[data-settled="true"]`).waitFor();
	await page.evaluate(
		() =>
			new Promise<void>((done) =>
				requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 1000 }))
			)
	);
}

/**
 * Taps `count` different nodes, timing each from input (see `tap`): one after another as fast
 * as each is answered, or, `rest`, each once the page is at rest (as a reader taps).
 */
export async function tapLatencies(
	browser: Browser,
	target: Target,
	count: number,
	rest = false
): Promise<TapTimes> {
	const { context, page } = await openPage(browser, target);
	// Taps in use, not during the one-off saving of the offline copy a first visit makes.
	if (target.picture) await page.locator('html[data-offline]').waitFor({ timeout: 60_000 });
	const points = (await nodePoints(page, target)).slice(0, count);
	const times: TapTimes = { painted: [], nextFrame: [] };
	for (const p of points) {
		if (rest) await atRest(page, target);
		const [down, painted, next] = await tap(page, target.answer, p.x, p.y);
		times.painted.push(painted - down);
		times.nextFrame.push(next - down);
	}
	await context.close();
	return times;
}

/** Frame intervals (ms) while zooming in with the wheel, dragging, and zooming out. */
export async function panZoomFrames(browser: Browser, target: Target): Promise<number[]> {
	const { context, page } = await openPage(browser, target);
	const box = (await page.locator(target.ready).boundingBox())!;
	const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.mouse.move(cx, cy);
	await page.evaluate(() => {
		const b = (window as unknown as BenchWindow).__bench;
		b.frames = [];
		b.recording = true;
		let last = 0;
		const tick = (t: number) => {
			if (last) b.frames!.push(t - last);
			last = t;
			if (b.recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const pause = (ms: number) => page.waitForTimeout(ms);
	for (let i = 0; i < 10; i++) {
		await page.mouse.wheel(0, -120);
		await pause(40);
	}
	await page.mouse.down();
	for (let i = 1; i <= 30; i++) {
		await page.mouse.move(cx + 6 * i, cy + 3 * i);
		await pause(16);
	}
	await page.mouse.up();
	for (let i = 0; i < 10; i++) {
		await page.mouse.wheel(0, 120);
		await pause(40);
	}
	const frames = await page.evaluate(() => {
		const b = (window as unknown as BenchWindow).__bench;
		b.recording = false;
		return b.frames!;
	});
	await context.close();
	return frames;
}

/** The explorer's graph canvas, in CSS pixels, at the benchmark's viewport. */
export async function canvasSize(browser: Browser, target: Target) {
	const { context, page } = await openPage(browser, target);
	const box = (await page.locator(target.ready).boundingBox())!;
	await context.close();
	return { width: Math.round(box.width), height: Math.round(box.height) };
}

export function percentile(xs: readonly number[], p: number): number {
	const sorted = [...xs].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank]!;
}

export const median = (xs: readonly number[]) => percentile(xs, 50);
