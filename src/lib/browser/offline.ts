/**
 * Saving the app for offline use, without slowing the page that is opening.
 * The service worker is registered once the first page has loaded and the
 * browser has been idle for a while; then each dataset the user opens (on
 * that first page or by following links) asks it to keep every page of that
 * dataset. `<html data-offline="saved">` says when the page's dataset (or, on
 * the list of datasets, the app) is saved.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after load to wait before saving anything: the first moments of use come first. */
const settle = 2000;

let registration: Promise<ServiceWorker | null> | null = null;
/** Which request for a page's saving is the latest: only its outcome is shown. */
let asked = 0;

/** The worker, registered once the page has settled; null where there can be none. */
function worker(): Promise<ServiceWorker | null> {
	return (registration ??= new Promise<void>((resolve) => {
		const start = () => setTimeout(() => idle(resolve), settle);
		if (document.readyState === 'complete') start();
		else addEventListener('load', start, { once: true });
	}).then(async () => {
		// In development the worker is an ES module, as SvelteKit serves it.
		await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			type: dev ? 'module' : 'classic'
		});
		return (await navigator.serviceWorker.ready).active;
	}));
}

const idle = (f: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(() => f()) : setTimeout(f, 0);

/** Saves the app, and every page of the dataset `slug` if there is one. */
export function saveForOffline(slug: string | undefined): void {
	if (!('serviceWorker' in navigator)) return;
	const root = document.documentElement;
	const mine = ++asked;
	delete root.dataset.offline;
	const show = (state: 'saved' | 'failed') => {
		if (mine === asked) root.dataset.offline = state;
	};
	worker()
		.then(async (active) => {
			if (!active) throw new Error('no active service worker');
			if (slug) await keep(active, slug);
			show('saved');
		})
		// No offline copy (a private window, a browser that refuses): the page works as before.
		.catch(() => show('failed'));
}

function keep(active: ServiceWorker, slug: string): Promise<void> {
	const channel = new MessageChannel();
	const saved = new Promise<void>((resolve, reject) => {
		channel.port1.onmessage = (event) =>
			event.data?.saved === true ? resolve() : reject(new Error(String(event.data?.error)));
	});
	active.postMessage({ type: 'keep', slug }, [channel.port2]);
	return saved;
}
