/**
 * What each route costs to download, gzip-compressed as served: the JavaScript and CSS a
 * route's HTML loads up front, the chunks its code imports later, and how much of it all is
 * Cytoscape. Pages share chunks, so a route's lazy code is found from its own modules (the
 * module graph the benchmark's build records), not from every import its chunks hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ModuleGraph } from './module-graph';

export interface RouteBytes {
	route: string;
	html: number;
	initialJs: number;
	css: number;
	/** Imported by the route's code after the page starts (Cytoscape, menus, search…). */
	lazyJs: number;
	cytoscape: number;
	/** Modules of the first download that must not be in it (`mustNotHold`). */
	misplaced: string[];
}

/**
 * Code a bundled dataset's explorer never downloads up front: drafting, maps kept in the
 * browser, imported files, and the libraries they use; and the d3 scales, whose results the
 * build ships with the page (cytoscape/look.ts). Each loads where it is used.
 */
export const notInExplorer = [
	'src/lib/draft/',
	'src/lib/local/',
	'src/lib/import/',
	'node_modules/compromise/',
	'node_modules/fflate/',
	'node_modules/idb-keyval/',
	'node_modules/valibot/',
	'node_modules/d3-scale/',
	'node_modules/d3-interpolate/'
];

type Manifest = Record<string, { file: string }>;

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** SvelteKit's generated modules import every route's page: they are not this route's code. */
const otherRoutes = (id: string) => id.includes('/generated/');

export function routeBytes(
	siteDir: string,
	files: { manifest: string; graph: string },
	route: string,
	htmlFile: string,
	/** Paths (or parts of them) of modules the route's first download must not hold. */
	mustNotHold: readonly string[] = []
): RouteBytes {
	const html = readFileSync(join(siteDir, htmlFile), 'utf8');
	const manifest = JSON.parse(readFileSync(files.manifest, 'utf8')) as Manifest;
	const graph = JSON.parse(readFileSync(files.graph, 'utf8')) as ModuleGraph;
	const links = (rel: string) =>
		[...html.matchAll(new RegExp(`<link href="\\./([^"]+)" rel="${rel}">`, 'g'))].map((m) => m[1]!);
	const initial = new Set(links('modulepreload'));
	const chunkOf = new Map(
		Object.entries(graph.chunks).flatMap(([file, c]) => c.modules.map((m) => [m, file] as const))
	);

	// The route's own modules: what its preloaded entries import, statically.
	const reached = new Set<string>();
	const stack = Object.entries(manifest)
		.filter(([key, entry]) => initial.has(entry.file) && !key.startsWith('_'))
		.map(([key]) => key);
	while (stack.length) {
		const id = stack.pop()!;
		if (reached.has(id)) continue;
		reached.add(id);
		stack.push(...(graph.modules[id]?.imports ?? []));
	}
	// What they import once they run, with everything that imports in turn.
	const lazy = new Set<string>();
	const queue = [...reached]
		.flatMap((id) => graph.modules[id]?.dynamicImports ?? [])
		.filter((id) => !otherRoutes(id));
	while (queue.length) {
		const id = queue.pop()!;
		if (reached.has(id) || lazy.has(id) || otherRoutes(id)) continue;
		lazy.add(id);
		queue.push(...(graph.modules[id]?.imports ?? []), ...(graph.modules[id]?.dynamicImports ?? []));
	}
	const lazyFiles = new Set(
		[...lazy].flatMap((id) => {
			const file = chunkOf.get(id);
			return file && !initial.has(file) ? [file] : [];
		})
	);

	const inFirstDownload = new Set([
		...reached,
		...[...initial].flatMap((file) => graph.chunks[file]?.modules ?? [])
	]);
	const cytoscapeFile = [...chunkOf].find(([id]) => id.includes('node_modules/cytoscape/'))?.[1];
	return {
		route,
		html: gz(join(siteDir, htmlFile)),
		initialJs: sum([...initial].map((f) => gz(join(siteDir, f)))),
		css: sum(links('stylesheet').map((f) => gz(join(siteDir, f)))),
		lazyJs: sum([...lazyFiles].map((f) => gz(join(siteDir, f)))),
		cytoscape:
			cytoscapeFile && (initial.has(cytoscapeFile) || lazyFiles.has(cytoscapeFile))
				? gz(join(siteDir, cytoscapeFile))
				: 0,
		misplaced: [...inFirstDownload].filter((id) => mustNotHold.some((p) => id.includes(p))).sort()
	};
}
