/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: on install, cache the app shell, the static
 * files and every prerendered page with its __data.json; answer same-origin
 * GETs from that cache first, from the network otherwise; on activate, delete
 * the caches of older versions.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `evidence-map-${version}`;
const precache = [...new Set([...build, ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(cacheName)
			.then((cache) => cache.addAll(precache))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== cacheName) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

/**
 * A view is a query string on a prerendered page (`/camp-david-2023?node=japan`),
 * and SvelteKit asks for data as `__data.json?x-sveltekit-invalidated=…`:
 * both are the cached file whatever the query.
 */
const ignoresQuery = (request: Request, url: URL) =>
	request.mode === 'navigate' || url.pathname.endsWith('/__data.json');

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(cacheName);
	const cached = await cache.match(request, { ignoreSearch: ignoresQuery(request, url) });
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch {
		return new Response('You are offline, and this page was not saved for offline use.', {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
}
