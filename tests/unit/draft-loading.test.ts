import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { boundedSelector, selectorFor } from '../../src/lib/graph/export/selector';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory()
			? files(join(dir, d.name))
			: /\.(ts|svelte|js)$/.test(d.name)
				? [join(dir, d.name)]
				: []
	);

describe('the drafting code loads only in its worker', () => {
	it('is imported outside src/lib/draft only through client.ts, normalise.ts and its word lists, or for its types', () => {
		const offending = files('src')
			.filter((f) => !f.startsWith(join('src', 'lib', 'draft')))
			.flatMap((f) =>
				[
					...readFileSync(f, 'utf8').matchAll(
						/^import\s+(type\s+)?[^;]*?from\s+['"]([^'"]*\/draft\/[^'"]*)['"]/gm
					)
				]
					.filter(
						([, type, path]) =>
							!type && !/\/draft\/(?:client|normalise|lexicon\/words)$/.test(path!)
					)
					.map(([line]) => `${relative('.', f)}: ${line}`)
			);
		expect(offending).toEqual([]);
	});

	it('its word lists, which the editor names nodes with, import nothing', () => {
		expect(readFileSync('src/lib/draft/lexicon/words.ts', 'utf8')).not.toMatch(/^import\s/m);
	});

	it('client.ts takes only types from the drafting modules', () => {
		const imports = [
			...readFileSync('src/lib/draft/client.ts', 'utf8').matchAll(/^import\s+(type\s+)?.*$/gm)
		];
		expect(imports.length).toBeGreaterThan(0);
		expect(imports.every(([, type]) => type)).toBe(true);
	});
});

describe('boundedSelector', () => {
	it('gives what selectorFor gives when the context needed is short', () => {
		const text = 'Alpha met Beta. Then “Alpha” met Gamma’s envoy. Beta left.';
		for (const [start, end] of [
			[0, 5],
			[22, 27],
			[10, 14]
		] as const) {
			expect(boundedSelector(text, start, end, 50)).toEqual(selectorFor(text, start, end));
		}
	});

	it('gives null for a passage in a paragraph that is repeated word for word', () => {
		const paragraph = 'Japan and China met in Tokyo to talk about trade and fish.';
		const text = `${paragraph}\n\n${paragraph}`;
		expect(boundedSelector(text, 0, 5, 20)).toBeNull();
		// Without a bound the context runs to where the two copies differ: the text's end.
		expect(selectorFor(text, 0, 5)).toEqual({ exact: 'Japan', suffix: `${paragraph.slice(5)}\n` });
	});
});
