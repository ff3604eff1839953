/**
 * Property-based tests of the checker: thousands of malformed graph files
 * (random JSON, random text, and mutations of valid graphs) never make it
 * throw, and every answer is either a dataset or problems that each say
 * where, what and how to fix.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type DatasetFiles } from '../../src/lib/graph/check';

/** How many inputs each property tries; the report quotes these. */
export const runs = { json: 3000, text: 2000, fixture: 5000, bundled: 1000, article: 1000 };

const read = (dir: string): DatasetFiles => ({
	slug: dir.split('/').at(-1)!,
	dir,
	article: readFileSync(join(process.cwd(), dir, 'article.txt'), 'utf8'),
	graph: readFileSync(join(process.cwd(), dir, 'graph.json'), 'utf8')
});
const fixture = read('tests/fixtures/datasets/valid');
const bundled = read('graph-data/camp-david-2023');

/** The checker's answer is well formed: a verbatim dataset, or located, explained problems. */
function wellFormed(files: DatasetFiles) {
	const result = checkDataset(files);
	if (result.ok) {
		for (const element of [...result.dataset.nodes, ...result.dataset.edges]) {
			for (const p of element.passages) expect(files.article!.slice(p.start, p.end)).toBe(p.exact);
		}
		return;
	}
	expect(result.problems.length).toBeGreaterThan(0);
	for (const p of result.problems) {
		expect([`${files.dir}/graph.json`, `${files.dir}/article.txt`]).toContain(p.file);
		for (const field of [p.path, p.message, p.fix]) {
			expect(typeof field).toBe('string');
			expect(field.length).toBeGreaterThan(0);
		}
		expect(p.message.length).toBeLessThan(2000);
	}
	expect(Object.prototype).not.toHaveProperty('polluted');
}

/** JSON text that JSON.stringify cannot produce, spliced in where a value stands. */
const rawValues = [
	'1e999',
	'-1e999',
	'123456789012345678901234567890',
	'-0',
	'{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
	'{"toString":1,"valueOf":1}',
	'{"toJSON":1}',
	`${'['.repeat(5000)}${']'.repeat(5000)}`,
	`"${'\\u0000\\ud800\\u202e\\u200b'.repeat(10)}"`,
	`"${'x'.repeat(100_000)}"`,
	'"javascript:alert(1)"',
	'"<script>alert(1)</script>"'
];

type Json = unknown;
/** Every path to a value inside `value`, containers included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
	const found = [at];
	if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...at, i])));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...at, k]));
	return found;
}

const garbage = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom(null, true, false, 0, -1, 1.5, [], {}, '', ' ', 'actor', 'north-korea'),
	fc.constantFrom(...rawValues.map((_, i) => `@@raw${i}@@`))
);

const mutation = (pathCount: number) =>
	fc.record({
		at: fc.nat({ max: pathCount - 1 }),
		op: fc.constantFrom('delete', 'replace', 'replace', 'string'),
		value: garbage,
		text: fc.string({ unit: 'grapheme', maxLength: 30 })
	});

/** Applies mutations to a copy of `graph` and writes it as JSON text. */
function mutate(
	graph: Json,
	all: (string | number)[][],
	ms: { at: number; op: string; value: Json; text: string }[]
) {
	const copy = structuredClone(graph) as Record<string | number, Json>;
	for (const m of ms) {
		const path = all[m.at]!;
		if (path.length === 0) continue;
		let parent: Json = copy;
		for (const key of path.slice(0, -1)) {
			parent = (parent as Record<string | number, Json> | null)?.[key];
		}
		if (!parent || typeof parent !== 'object') continue;
		const key = path.at(-1)!;
		const holder = parent as Record<string | number, Json>;
		if (m.op === 'delete') {
			if (Array.isArray(holder) && typeof key === 'number') holder.splice(key, 1);
			else delete holder[key];
		} else holder[key] = m.op === 'string' ? m.text : m.value;
	}
	return JSON.stringify(copy).replace(/"@@raw(\d+)@@"/g, (_, i) => rawValues[Number(i)]!);
}

function mutationProperty(files: DatasetFiles, numRuns: number) {
	const graph = JSON.parse(files.graph!);
	const all = paths(graph);
	fc.assert(
		fc.property(fc.array(mutation(all.length), { minLength: 1, maxLength: 6 }), (ms) => {
			wellFormed({ ...files, graph: mutate(graph, all, ms) });
		}),
		{ numRuns, seed: 20230818 }
	);
}

// Thousands of runs: generous on a busy two-core machine.
describe(
	'checkDataset never throws, and always answers a dataset or explained problems',
	{ timeout: 120_000 },
	() => {
		it(`for ${runs.json} random JSON values as graph.json`, () => {
			fc.assert(
				fc.property(fc.jsonValue(), (value) => {
					wellFormed({ ...fixture, graph: JSON.stringify(value) ?? 'null' });
				}),
				{ numRuns: runs.json, seed: 1 }
			);
		});

		it(`for ${runs.text} random texts as graph.json`, () => {
			fc.assert(
				fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
					wellFormed({ ...fixture, graph: text });
				}),
				{ numRuns: runs.text, seed: 2 }
			);
		});

		it(`for ${runs.fixture} mutations of the valid fixture (dropped keys, wrong types, random strings, raw JSON)`, () => {
			mutationProperty(fixture, runs.fixture);
		});

		it(`for ${runs.bundled} mutations of the bundled graph`, () => {
			mutationProperty(bundled, runs.bundled);
		});

		it(`for ${runs.article} random article texts with a valid graph`, () => {
			fc.assert(
				fc.property(
					fc.option(fc.string({ unit: 'grapheme', maxLength: 400 }), { nil: null }),
					(article) => wellFormed({ ...fixture, article })
				),
				{ numRuns: runs.article, seed: 3 }
			);
		});

		it('every raw value spliced into every field of the fixture', () => {
			const graph = JSON.parse(fixture.graph!);
			const all = paths(graph);
			for (let at = 1; at < all.length; at++) {
				for (let raw = 0; raw < rawValues.length; raw++) {
					wellFormed({
						...fixture,
						graph: mutate(graph, all, [{ at, op: 'replace', value: `@@raw${raw}@@`, text: '' }])
					});
				}
			}
		});
	}
);
