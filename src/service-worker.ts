/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. On install, cache the app shell (code,
 * static files, the list of datasets, the pages of maps made in the
 * browser); when a page of a dataset asks (see src/lib/browser/offline.ts),
 * cache every prerendered page of that dataset
 * with its data (what is not saved yet), and answer when done. Same-origin
 * GETs are answered from the cache first, from the network otherwise; on
 * activate, the caches of older versions are deleted. A collection of many
 * datasets is thus saved one dataset at a time, as each is opened.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `evidence-map-${version}`;

/** Where the app is served from: the worker's own folder ('' at the root). */
const base = sw.location.pathname.split('/').slice(0, -1).join('/');
/** A prerendered path without the base: `/`, `/__data.json`, `/slug`, `/slug/table`… */
const local = (path: string) => path.slice(base.length);

/**
 * The list of datasets, its data (`/`, or '' when the app is served below a base path), and the
 * list the error page reads to say what an address could have meant.
 */
const index = prerendered.filter((path) =>
	['', '/', '/__data.json', '/datasets.json'].includes(local(path))
);
/**
 * The pages of maps made in this browser (`/new`, `/my/map`, …): one page per view, whatever
 * the map, since the map itself is in the browser's own storage.
 */
const ownMaps = prerendered.filter((path) => /^\/(new|my\/[a-z]+)$/.test(local(path)));

/** Every prerendered page of a dataset, with its data. */
const pagesOf = (slug: string) =>
	prerendered.filter((path) => local(path) === `/${slug}` || local(path).startsWith(`/${slug}/`));

sw.addEventListener('install', (event) => {
	const shell = [...new Set([...build, ...files, ...index, ...ownMaps])];
	event.waitUntil(
		caches
			.open(cacheName)
			.then((cache) => cache.addAll(shell))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; slug?: string } | null;
	if (data?.type !== 'keep' || typeof data.slug !== 'string') return;
	const reply = event.ports[0];
	const slug = data.slug;
	event.waitUntil(
		caches
			.open(cacheName)
			.then(async (cache) => {
				// Only what this version has not saved yet: opening a dataset again costs nothing.
				const missing = [];
				for (const path of pagesOf(slug)) if (!(await cache.match(path))) missing.push(path);
				await cache.addAll(missing);
			})
			.then(
				() => reply?.postMessage({ saved: true }),
				(error: unknown) => reply?.postMessage({ saved: false, error: String(error) })
			)
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
