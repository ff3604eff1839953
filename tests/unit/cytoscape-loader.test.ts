/**
 * src/lib/cytoscape/ is the only code that loads Cytoscape: the app fetches it at run time in
 * one place (load.ts), so nothing else can pull it into the first download by accident.
 * Type imports are free (they leave no code behind).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const root = join(process.cwd(), 'src');
const sources = files(root).filter((f) => /\.(svelte|ts|js)$/.test(f));
/** A static import of cytoscape (or a plugin) that is not `import type`, or a dynamic one. */
const loads = /^\s*import\s+(?!type\b)[^;'"]*from\s+['"]cytoscape|\bimport\(\s*['"]cytoscape/m;

describe('the code that loads Cytoscape', () => {
	const loaders = sources
		.filter((file) => loads.test(readFileSync(file, 'utf8')))
		.map((file) => relative(root, file).replaceAll('\\', '/'));

	it('is all in lib/cytoscape', () => {
		expect(loaders.length).toBeGreaterThan(0);
		expect(loaders.filter((file) => !file.startsWith('lib/cytoscape/'))).toEqual([]);
	});

	it('fetches Cytoscape for the page in load.ts alone (layout.ts runs at build time)', () => {
		expect(loaders.sort()).toEqual(['lib/cytoscape/layout.ts', 'lib/cytoscape/load.ts']);
	});
});
