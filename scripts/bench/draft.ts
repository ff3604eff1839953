/**
 * Drafting figures (`npx tsx scripts/bench/draft.ts`): the time draftMap
 * takes on the bundled article and on a 10,000-word article, first in a
 * fresh process (as a new worker starts) and then warm (median of repeats),
 * whether each draft passes the checker, and the worker's size as the
 * browser downloads it (minified, gzip). Times are wall-clock and, beside
 * them, the CPU time the process used: on a machine shared with other work
 * the wall clock also counts the time spent waiting for a core.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { draftMap, type DraftInput } from '../../src/lib/draft/index';
import { checkDataset } from '../../src/lib/graph/check';
import { longArticle } from './draft-article';

const source = {
	title: 'Bench',
	outlet: 'Bench',
	authors: ['Bench'],
	published: '2026-01-01',
	url: 'https://example.org/'
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall-clock and CPU milliseconds `run` takes. */
function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
	const cpu = process.cpuUsage();
	const wall = performance.now();
	const result = run();
	const used = process.cpuUsage(cpu);
	return { result, wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

const ms = (t: { wall: number; cpu: number }) =>
	`${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;

function measure(name: string, text: string, target: number) {
	const input: DraftInput = { text, source };
	const cold = timed(() => draftMap(input));
	const first = cold.result;
	const runs = Array.from({ length: 5 }, () => timed(() => draftMap(input)));
	const warm = { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
	const checked = checkDataset({
		slug: 'bench',
		dir: 'bench',
		article: text,
		graph: JSON.stringify(first.graph)
	});
	const words = text.split(/\s+/).filter(Boolean).length;
	console.log(
		`${name} (${words.toLocaleString('en-US')} words): first ${ms(cold)}, then ${ms(warm)} (target ≤ ${target} ms) · ${first.stats.actors} actors, ${first.stats.concerns} concerns, ${first.stats.relations} relations, ${first.stats.passages} passages · checker ${checked.ok ? 'passes' : 'FAILS'}`
	);
}

measure('bundled article', readFileSync('graph-data/camp-david-2023/article.txt', 'utf8'), 300);
measure('long article', longArticle(10_000), 2000);

const bundle = execFileSync('npx', [
	'esbuild',
	'src/lib/draft/draft.worker.ts',
	'--bundle',
	'--minify',
	'--format=esm',
	'--log-level=warning'
]);
console.log(
	`worker: ${(bundle.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzip`
);
