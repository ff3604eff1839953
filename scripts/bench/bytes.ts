/**
 * What each route costs to download, gzip-compressed as served: the
 * JavaScript and CSS a route's HTML loads up front, the chunks it imports
 * later, and how much of it all is Cytoscape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteBytes {
	route: string;
	html: number;
	initialJs: number;
	css: number;
	/** Dynamically imported after the page starts (Cytoscape, on the explorer). */
	lazyJs: number;
	cytoscape: number;
}

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function routeBytes(
	siteDir: string,
	manifestFile: string,
	route: string,
	htmlFile: string
): RouteBytes {
	const html = readFileSync(join(siteDir, htmlFile), 'utf8');
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
	const links = (rel: string) =>
		[...html.matchAll(new RegExp(`<link href="\\./([^"]+)" rel="${rel}">`, 'g'))].map((m) => m[1]!);
	const initial = new Set(links('modulepreload'));
	const lazy = new Set<string>();
	const visit = (key: string) => {
		const entry = manifest[key];
		if (!entry || initial.has(entry.file) || lazy.has(entry.file)) return;
		lazy.add(entry.file);
		for (const k of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) visit(k);
	};
	for (const entry of Object.values(manifest)) {
		if (initial.has(entry.file) && entry.file.includes('/nodes/'))
			entry.dynamicImports?.forEach(visit);
	}
	const cytoscapeFile = Object.entries(manifest).find(([k]) =>
		k.includes('node_modules/cytoscape/')
	)?.[1].file;
	const all = [...initial, ...lazy];
	return {
		route,
		html: gz(join(siteDir, htmlFile)),
		initialJs: sum([...initial].map((f) => gz(join(siteDir, f)))),
		css: sum(links('stylesheet').map((f) => gz(join(siteDir, f)))),
		lazyJs: sum([...lazy].map((f) => gz(join(siteDir, f)))),
		cytoscape: cytoscapeFile && all.includes(cytoscapeFile) ? gz(join(siteDir, cytoscapeFile)) : 0
	};
}
