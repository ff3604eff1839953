/**
 * Saving the app for offline use, without slowing the page that is opening.
 * The service worker is registered once the page has loaded and the browser
 * has been idle for a while; then the page asks it to keep every page of its
 * dataset. When that is done, `<html data-offline="saved">` says so.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after load to wait before saving anything: the first minutes of use come first. */
const settle = 2000;

export function saveForOffline(slug: string | undefined): void {
	if (!('serviceWorker' in navigator)) return;
	const start = () =>
		setTimeout(() => {
			const idle = (f: () => void) =>
				typeof requestIdleCallback === 'function' ? requestIdleCallback(f) : setTimeout(f, 0);
			idle(() => void register(slug));
		}, settle);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

async function register(slug: string | undefined) {
	const root = document.documentElement;
	try {
		// In development the worker is an ES module, as SvelteKit serves it.
		await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			type: dev ? 'module' : 'classic'
		});
		const worker = (await navigator.serviceWorker.ready).active;
		if (!worker) return;
		if (!slug) {
			root.dataset.offline = 'saved';
			return;
		}
		const channel = new MessageChannel();
		const saved = new Promise<boolean>((resolve) => {
			channel.port1.onmessage = (event) => resolve(event.data?.saved === true);
		});
		worker.postMessage({ type: 'keep', slug }, [channel.port2]);
		root.dataset.offline = (await saved) ? 'saved' : 'failed';
	} catch {
		// No offline copy (a private window, a browser that refuses): the page works as before.
		root.dataset.offline = 'failed';
	}
}
