/**
 * Stand-ins for what a navigator uses of SvelteKit and the browser, for unit tests run in the
 * "runes" project: a page whose address is reactive state, a router that changes it (telling
 * the beforeNavigate callbacks first, as SvelteKit does, and for `goto` only after a wait of
 * its own, as SvelteKit's does), and idle callbacks the test runs when it chooses. Each test file mocks `$app/*` and `$lib/browser/after-paint` with these.
 */
import { SvelteURL } from 'svelte/reactivity';
import { vi } from 'vitest';

export const page = { url: new SvelteURL('http://localhost/camp-david-2023') };
/** `address` (absolute, or relative to the page's) as a full address. */
const absolute = (address: string) => new SvelteURL(address, page.url).href;

type Leaving = (navigation: { type: string; to: { url: URL } }) => void;
const leaving: Leaving[] = [];
export const beforeNavigate = (callback: Leaving) => {
	leaving.push(callback);
};

/** Every address the app asked the router for, in order. */
export const visited: string[] = [];

export const goto = vi.fn(async (address: string) => {
	visited.push(address);
	for (let tick = 0; tick < 3; tick++) await Promise.resolve();
	const url = leave(address, 'goto');
	// The page's address changes once the route has loaded.
	await Promise.resolve();
	page.url.href = url.href;
});

/** A navigation: the app's own (through goto) or the user's (back, forward, a link). */
export function navigate(address: string) {
	page.url.href = leave(address, 'link').href;
}

/** Tells the beforeNavigate callbacks of a navigation to `address`; returns where it goes. */
function leave(address: string, type: string): URL {
	const url = new URL(absolute(address));
	for (const callback of leaving) callback({ type, to: { url } });
	return url;
}

const idle: (() => void)[] = [];
export const whenIdle = (f: () => void) => {
	idle.push(f);
};

/** Runs the idle callbacks waiting now, and no more. */
export function startIdle() {
	for (const f of idle.splice(0)) f();
}

/** Lets `n` turns of promise callbacks run. */
export async function ticks(n: number) {
	for (let i = 0; i < n; i++) await Promise.resolve();
}

/** Runs the idle callbacks waiting now, then lets the router's promises settle. */
export async function runIdle() {
	startIdle();
	await ticks(6);
}

/** A fresh start for each test: the address given, no callbacks, nothing visited. */
export function resetApp(address: string) {
	leaving.length = 0;
	idle.length = 0;
	visited.length = 0;
	goto.mockClear();
	page.url.href = new SvelteURL(address, 'http://localhost').href;
}
