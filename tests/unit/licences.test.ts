/**
 * The app is MIT licensed, and whoever serves a copy of it serves its bundle: no package whose
 * code can end up in that bundle may carry a copyleft licence, which would bind every copy
 * of the app to its terms.
 *
 * Checked: every package package-lock.json installs for production (not `dev`), plus Svelte
 * and SvelteKit with their dependencies, which are dev dependencies by convention but whose
 * runtime is compiled into every page. The licence is read from each package's own
 * package.json in node_modules, the file that ships with the code.
 *
 * Refused: the strong and network copyleft licences (GPL, AGPL, SSPL, EUPL, OSL, CC BY-SA)
 * and the weak ones too (LGPL, MPL, EPL, CDDL). The weak ones allow an MIT app around
 * them, but each minified copy would owe its users those files' source and notices, which a
 * static site copied to any server cannot promise; such a package needs a human decision,
 * not a quiet pass. Anything not on the permissive list (or no licence at all) fails as
 * unknown, so a new licence is looked at before it ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const copyleft = /^(A?GPL|LGPL|SSPL|EUPL|OSL|CC-BY-SA|MPL|EPL|CDDL)\b/i;
const permissive = new Set([
	'MIT',
	'ISC',
	'BSD-2-Clause',
	'BSD-3-Clause',
	'0BSD',
	'Apache-2.0',
	'BlueOak-1.0.0',
	'CC0-1.0',
	'Unlicense',
	'Python-2.0',
	'Zlib'
]);

type Verdict = 'permissive' | 'copyleft' | 'unknown';

/**
 * A licence expression's verdict: `A OR B` is as good as its best choice, `A AND B` as its
 * worst, following SPDX.
 */
function verdict(expression: string | undefined): Verdict {
	if (!expression) return 'unknown';
	const rank: Verdict[] = ['permissive', 'unknown', 'copyleft'];
	const bare = expression.replace(/[()]/g, ' ').trim();
	if (/\sOR\s/i.test(bare)) {
		const each = bare.split(/\s+OR\s+/i).map(verdict);
		return rank[Math.min(...each.map((v) => rank.indexOf(v)))]!;
	}
	if (/\sAND\s/i.test(bare)) {
		const each = bare.split(/\s+AND\s+/i).map(verdict);
		return rank[Math.max(...each.map((v) => rank.indexOf(v)))]!;
	}
	if (copyleft.test(bare)) return 'copyleft';
	return permissive.has(bare) ? 'permissive' : 'unknown';
}

interface LockEntry {
	dev?: boolean;
	dependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, LockEntry>;
};

/** The package and everything it depends on, as installed at the top of node_modules. */
function withDependencies(name: string, into = new Set<string>()): Set<string> {
	if (into.has(name) || !lock.packages[`node_modules/${name}`]) return into;
	into.add(name);
	for (const dep of Object.keys(lock.packages[`node_modules/${name}`]!.dependencies ?? {})) {
		withDependencies(dep, into);
	}
	return into;
}

function shipped(): string[] {
	const production = Object.entries(lock.packages)
		.filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
		.map(([path]) => path.slice('node_modules/'.length));
	const framework = [...withDependencies('svelte'), ...withDependencies('@sveltejs/kit')];
	return [...new Set([...production, ...framework])].sort();
}

function licenceOf(name: string): string | undefined {
	const file = join('node_modules', name, 'package.json');
	const json = JSON.parse(readFileSync(file, 'utf8')) as {
		license?: string | { type?: string };
		licenses?: { type?: string }[];
	};
	if (typeof json.license === 'string') return json.license;
	if (json.license?.type) return json.license.type;
	return json.licenses?.map((l) => l.type).join(' OR ');
}

describe('verdict', () => {
	it.each<[string | undefined, Verdict]>([
		['MIT', 'permissive'],
		['Apache-2.0', 'permissive'],
		['(MIT OR GPL-3.0)', 'permissive'],
		['MIT AND GPL-2.0', 'copyleft'],
		['GPL-3.0', 'copyleft'],
		['GPL-3.0-or-later', 'copyleft'],
		['AGPL-3.0-only', 'copyleft'],
		['LGPL-2.1', 'copyleft'],
		['MPL-2.0', 'copyleft'],
		['EUPL-1.2', 'copyleft'],
		['SSPL-1.0', 'copyleft'],
		['(GPL-2.0 OR MPL-1.1)', 'copyleft'],
		['SEE LICENSE IN LICENSE.txt', 'unknown'],
		['UNLICENSED', 'unknown'],
		[undefined, 'unknown']
	])('%s is %s', (expression, expected) => {
		expect(verdict(expression)).toBe(expected);
	});
});

describe('the licences of the code that ships', () => {
	const names = shipped();

	it('covers the runtime libraries and the framework', () => {
		for (const name of ['cytoscape', 'cytoscape-fcose', 'd3-scale', 'valibot', 'svelte']) {
			expect(names).toContain(name);
		}
	});

	it('are all permissive', () => {
		const licences = Object.fromEntries(names.map((name) => [name, licenceOf(name)]));
		const refused = Object.entries(licences)
			.filter(([, licence]) => verdict(licence) !== 'permissive')
			.map(([name, licence]) => `${name}: ${licence ?? 'no licence given'}`);
		expect(refused).toEqual([]);
	});
});

describe('the project', () => {
	it('is MIT licensed, in package.json and LICENSE', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string };
		expect(pkg.license).toBe('MIT');
		const text = readFileSync('LICENSE', 'utf8');
		expect(text).toMatch(/^MIT License/);
		expect(text).toContain('Evidence Map contributors');
	});
});
