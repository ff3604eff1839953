/**
 * Nothing from a data file is ever inserted as HTML: the source holds no
 * `{@html}` and none of the DOM calls that parse strings as markup or code.
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

const sources = files(join(process.cwd(), 'src')).filter((f) => /\.(svelte|ts|js|html)$/.test(f));
const forbidden = [
	'{@html',
	'innerHTML',
	'outerHTML',
	'insertAdjacentHTML',
	'document.write',
	'eval(',
	'new Function('
];

describe('the source never parses data as markup or code', () => {
	it('has source files to scan', () => {
		expect(sources.length).toBeGreaterThan(20);
	});

	it.each(forbidden)('no file in src/ uses %s', (pattern) => {
		const found = sources
			.filter((file) => readFileSync(file, 'utf8').includes(pattern))
			.map((file) => relative(process.cwd(), file));
		expect(found).toEqual([]);
	});
});
