/**
 * The dark theme changes colours and nothing else: no size, font or spacing. So a page lays
 * out in it exactly as in the light theme, and what the end-to-end tests measure of the light
 * theme's layout (a presented step fits whole) holds for the dark one.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory()
			? files(join(dir, d.name))
			: /\.(css|svelte)$/.test(d.name)
				? [join(dir, d.name)]
				: []
	);

/** The declarations of every rule whose selector names the dark theme, as "file: decl". */
function darkDeclarations(): string[] {
	return files('src').flatMap((file) => {
		const css = readFileSync(file, 'utf8');
		return [...css.matchAll(/([^{}]*data-theme=['"]dark['"][^{}]*)\{([^}]*)\}/g)].flatMap((m) =>
			m[2]!
				.split(';')
				.map((d) => d.replace(/\/\*[\s\S]*?\*\//g, '').trim())
				.filter(Boolean)
				.map((d) => `${file}: ${d}`)
		);
	});
}

describe('the dark theme', () => {
	it('sets colours only', () => {
		const declarations = darkDeclarations();
		expect(declarations.length).toBeGreaterThan(10);
		const notColour = declarations.filter(
			(d) => !/: (?:--[\w-]+:\s*#[0-9a-f]{6}|color-scheme:\s*dark)$/i.test(d)
		);
		expect(notColour).toEqual([]);
	});
});
