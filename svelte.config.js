import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The end-to-end tests build a second copy of the app from fixture data
 * (EVIDENCE_MAP_DATA); EVIDENCE_MAP_OUT gives that copy folders of its own.
 */
const out = process.env.EVIDENCE_MAP_OUT;

/**
 * Content-Security-Policy. Prerendered pages carry it as a <meta> tag, so
 * frame-ancestors, report-uri and sandbox cannot be set here (a server
 * header would be needed). Scripts: only our own files and the inline boot
 * script, whose hash SvelteKit adds; nothing inline, nothing eval'd.
 * Styles: <style> elements and stylesheets are our own files plus the one
 * fixed rule Cytoscape injects (its hash below). Style *attributes* are
 * allowed ('unsafe-inline' in style-src-attr only): SvelteKit's app shell
 * and server-rendered `style:` directives write them, and an attribute can
 * neither run code nor select elements, while img-src and font-src still
 * stop it from loading anything from elsewhere.
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self'],
		'style-src-elem': [
			'self',
			// `.__________cytoscape_container { position: relative; }`, added by Cytoscape's renderer
			'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='
		],
		'style-src-attr': ['unsafe-inline'],
		// data: for the handout's printed picture of the graph, drawn by Cytoscape as a PNG.
		'img-src': ['self', 'data:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			strict: true,
			// What static hosts (GitHub Pages, Netlify, most servers set up for it) serve for an
			// address that has no file: the app's shell, which shows its own error page.
			fallback: '404.html',
			...(out ? { pages: `${out}/build`, assets: `${out}/build` } : {})
		}),
		...(out ? { outDir: `${out}/kit` } : {}),
		csp,
		// Every page's CSS is a few KB: inline in the <head> (hashed into the CSP) rather than a
		// stylesheet request each, which would hold up the first paint.
		inlineStyleThreshold: 64 * 1024,
		// Registered by the app once the page has settled (src/lib/browser/offline.ts).
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Story steps exist only for datasets with a story.json; any other unseen route is a bug.
			handleUnseenRoutes: ({ routes }) => {
				const unseen = routes.filter((route) => route !== '/[slug]/present/[step]');
				if (unseen.length) throw new Error(`Routes not prerendered: ${unseen.join(', ')}`);
			}
		}
	}
};

export default config;
