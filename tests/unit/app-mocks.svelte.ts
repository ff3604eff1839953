/**
 * Stand-ins for what a navigator uses of SvelteKit and the browser, for unit tests run in the
 * "runes" project: a page whose address is reactive state, a router that changes it (telling
 * the beforeNavigate callbacks first, as SvelteKit does), and idle callbacks the test runs
 * when it chooses. Each test file mocks `$app/*` and `$lib/browser/after-paint` with these.
 */
import { SvelteURL } from 'svelte/reactivity';
import { vi } from 'vitest';

export const page = { url: new SvelteURL('http://localhost/camp-david-2023') };
/** `address` (absolute, or relative to the page's) as a full address. */
const absolute = (address: string) => new SvelteURL(address, page.url).href;

const leaving: (() => void)[] = [];
export const beforeNavigate = (callback: () => void) => {
	leaving.push(callback);
};

/** Every address the app asked the router for, in order. */
export const visited: string[] = [];

export const goto = vi.fn(async (address: string) => {
	visited.push(address);
	navigate(address);
});

/** A navigation: the app's own (through goto) or the user's (back, forward, a link). */
export function navigate(address: string) {
	for (const callback of leaving) callback();
	page.url.href = absolute(address);
}

const idle: (() => void)[] = [];
export const whenIdle = (f: () => void) => {
	idle.push(f);
};

/** Runs the idle callbacks waiting now, then lets the router's promises settle. */
export async function runIdle() {
	for (const f of idle.splice(0)) f();
	await Promise.resolve();
	await Promise.resolve();
}

/** A fresh start for each test: the address given, no callbacks, nothing visited. */
export function resetApp(address: string) {
	leaving.length = 0;
	idle.length = 0;
	visited.length = 0;
	goto.mockClear();
	page.url.href = new SvelteURL(address, 'http://localhost').href;
}
