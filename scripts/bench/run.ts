/**
 * `npm run bench`: the explorer against a bare Cytoscape page, side by side,
 * in one run. Generates the synthetic datasets into .scratch/bench/data (never
 * shipped), times their build-time layout, builds a separate production site
 * from them and the bundled dataset, serves it on 127.0.0.1, measures both
 * pages in headless Chromium, runs Lighthouse, and writes BENCHMARKS.md.
 *
 * For a quicker look, BENCH_SIZES (e.g. `1000`, or empty for the bundled
 * dataset alone) and BENCH_PARTS (any of load,taps,panzoom,draft,edit,lighthouse,bytes)
 * narrow the run; a narrowed run prints its figures and does not touch BENCHMARKS.md, but for
 * `BENCH_PARTS=bytes` alone, which rewrites the bytes table and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkFolder } from '../../src/lib/server/datasets';
import { editLatencies } from './edit';
import { checkDataset } from '../../src/lib/graph/check';
import { layoutDataset, layoutQuality } from '../../src/lib/cytoscape/layout';
import type { Dataset, Positions } from '../../src/lib/graph/dataset';
import { syntheticDataset } from './synthetic';
import { writeBarePage } from './bare-page';
import { serve } from './serve';
import { launch } from './browser';
import { notInExplorer, routeBytes } from './bytes';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import {
	canvasSize,
	loadRun,
	median,
	panZoomFrames,
	percentile,
	tapLatencies,
	type LoadRun,
	type Target
} from './measure';
import { replaceBytesSection, writeReport, type Results } from './report';
import { draftFlow, draftInPage, layoutInPage } from './in-browser';
import { longArticle } from './draft-article';

const root = process.cwd();
const work = join(root, '.scratch/bench');
const dataDir = join(work, 'data');
const siteDir = join(work, 'site');
const port = Number(process.env.BENCH_PORT ?? 4375);
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000')
	.split(',')
	.filter((x) => x.trim())
	.map(Number);
/** Which measurements to take; a partial run prints its figures and leaves BENCHMARKS.md alone. */
const allParts = ['load', 'taps', 'panzoom', 'draft', 'edit', 'lighthouse', 'bytes'] as const;
const parts = new Set((process.env.BENCH_PARTS ?? allParts.join(',')).split(','));
const complete = allParts.every((p) => parts.has(p)) && process.env.BENCH_SIZES === undefined;
/** Only the bytes, on the same site as a full run: the bytes table alone is rewritten. */
const bytesAlone = parts.size === 1 && parts.has('bytes') && process.env.BENCH_SIZES === undefined;
const bundled = 'camp-david-2023';
const log = (...xs: unknown[]) => console.log('[bench]', ...xs);

/** A synthetic dataset checked from its files, without a folder (the layout's input). */
function checkedFiles(files: ReturnType<typeof syntheticDataset>): Dataset {
	const result = checkDataset({
		slug: files.slug,
		dir: files.slug,
		article: files.article,
		graph: JSON.stringify(files.graph)
	});
	if (!result.ok) throw new Error(`${files.slug} does not pass the checker`);
	return result.dataset;
}

function checked(slug: string): Dataset {
	const result = checkFolder(join(dataDir, slug));
	if (!result.ok) throw new Error(`${slug} does not pass the checker`);
	return result.dataset;
}

// 1. Datasets: the bundled one as it is, and the synthetic ones.
rmSync(work, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
cpSync(join(root, 'graph-data', bundled), join(dataDir, bundled), { recursive: true });
for (const n of sizes) {
	const files = syntheticDataset(n);
	mkdirSync(join(dataDir, files.slug), { recursive: true });
	writeFileSync(join(dataDir, files.slug, 'article.txt'), files.article);
	writeFileSync(join(dataDir, files.slug, 'graph.json'), JSON.stringify(files.graph, null, 1));
}

// 2. Build-time layout, timed as the build runs it.
const datasets = new Map<string, Dataset>();
const positions = new Map<string, Positions>();
const layouts: Results['layouts'] = [];
for (const slug of [bundled, ...sizes.map((n) => `synthetic-${n}`)]) {
	const dataset = checked(slug);
	datasets.set(slug, dataset);
	const start = performance.now();
	positions.set(slug, layoutDataset(dataset));
	const ms = performance.now() - start;
	layouts.push({
		slug,
		nodes: dataset.nodes.length,
		edges: dataset.edges.length,
		quality: layoutQuality(dataset.nodes.length),
		ms
	});
	log(`layout ${slug}: ${(ms / 1000).toFixed(1)} s`);
}

// 3. A production build of those datasets, in its own folder (build/ is left alone).
log('building the benchmark site…');
const moduleGraphFile = join(work, 'modules.json');
const built = spawnSync('npx', ['vite', 'build', '--config', 'scripts/bench/bytes.config.ts'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: {
		...process.env,
		EVIDENCE_MAP_DATA: dataDir,
		EVIDENCE_MAP_OUT: siteDir,
		VITE_TEST_HOOKS: '1',
		BENCH_MODULE_GRAPH: moduleGraphFile
	}
});
if (built.status !== 0) throw new Error('the benchmark build failed');

// EVIDENCE_MAP_OUT gives the build its own folders: <out>/build (the site) and <out>/kit.
const siteRoot = join(siteDir, 'build');
const server = await serve(siteRoot, port);
const base = `http://127.0.0.1:${port}`;
const browser = await launch();
const ours = (slug: string): Target => ({
	url: `${base}/${slug}`,
	ready: '.canvas',
	interactive: '.canvas[data-interactive="true"]',
	picture: positions.get(slug)!,
	answer: '[data-testid="evidence-panel"]',
	cy: '__cy'
});
const bare = (slug: string): Target => ({
	url: `${base}/bare/${slug}.html`,
	ready: '#cy',
	interactive: '#cy[data-ready="true"]',
	answer: '#tapped',
	cy: 'cy'
});

try {
	// 4. Bare pages, their container the size of the explorer's canvas.
	const canvas = await canvasSize(browser, ours(bundled));
	for (const [slug, dataset] of datasets) {
		writeBarePage(siteRoot, dataset, positions.get(slug)!, canvas);
	}

	// 5. Loads, alternating ours and bare so drift on a shared machine hits both alike.
	const loads: Results['loads'] = [];
	for (const slug of datasets.keys()) {
		if (!parts.has('load')) break;
		const runs = slug === bundled ? 7 : 3;
		const oursRuns: LoadRun[] = [];
		const bareRuns: LoadRun[] = [];
		for (let i = 0; i < runs; i++) {
			oursRuns.push(await loadRun(browser, ours(slug)));
			bareRuns.push(await loadRun(browser, bare(slug)));
		}
		const pick = (rs: LoadRun[], k: keyof LoadRun) => median(rs.map((r) => r[k]));
		const summary = (rs: LoadRun[]) => ({
			firstPaint: pick(rs, 'firstPaint'),
			drawn: pick(rs, 'drawn'),
			interactive: pick(rs, 'interactive')
		});
		loads.push({
			slug,
			nodes: datasets.get(slug)!.nodes.length,
			runs,
			ours: summary(oursRuns),
			bare: summary(bareRuns)
		});
		log(`load ${slug}:`, JSON.stringify(loads.at(-1)));
	}

	// 6. Tap → evidence panel painted, 50 different nodes of the bundled dataset.
	// Three runs, each on a page of its own, as the target is "stable over three runs".
	// Then the same, each tap once the page is at rest (as a reader taps, not a machine).
	const taps: Results['taps'] = [];
	const tapsAtRest: Results['tapsAtRest'] = [];
	for (let run = 0; parts.has('taps') && run < 3; run++) {
		taps.push(await tapLatencies(browser, ours(bundled), 50));
	}
	for (let run = 0; parts.has('taps') && run < 3; run++) {
		tapsAtRest.push(await tapLatencies(browser, ours(bundled), 50, true));
	}
	const tapFigures = (xs: number[]) =>
		`p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
	for (const [name, runs] of [
		['taps', taps],
		['taps at rest', tapsAtRest]
	] as const)
		runs.forEach((t, i) =>
			log(
				`${name}, run ${i + 1}: painted ${tapFigures(t.painted)}; next frame ${tapFigures(t.nextFrame)}`
			)
		);

	// 7. Pan and zoom.
	const panZoom: Results['panZoom'] = [];
	for (const slug of parts.has('panzoom') ? datasets.keys() : []) {
		const o = await panZoomFrames(browser, ours(slug));
		const b = await panZoomFrames(browser, bare(slug));
		panZoom.push({
			slug,
			nodes: datasets.get(slug)!.nodes.length,
			ours: { p50: percentile(o, 50), p95: percentile(o, 95), frames: o.length },
			bare: { p50: percentile(b, 50), p95: percentile(b, 95), frames: b.length }
		});
		log(`pan/zoom ${slug}:`, JSON.stringify(panZoom.at(-1)));
	}
	// 8. A person's own article: drafting and layout in the browser's workers, and the whole flow.
	let drafting: Results['drafting'] = null;
	if (parts.has('draft')) {
		const texts = [
			{ name: 'the bundled article', text: datasets.get(bundled)!.text, target: 300 },
			{ name: 'a 10,000-word article', text: longArticle(10_000), target: 2000 }
		];
		const layoutSet = syntheticDataset(150);
		const layoutChecked = checkedFiles(layoutSet);
		drafting = {
			drafts: [],
			layout: {
				nodes: layoutChecked.nodes.length,
				edges: layoutChecked.edges.length,
				...(await layoutInPage(browser, base, siteRoot, layoutChecked))
			}
		};
		for (const t of texts) {
			const words = t.text.split(/\s+/).filter(Boolean).length;
			const worker = await draftInPage(browser, base, siteRoot, t.text);
			const flow = await draftFlow(browser, base, t.text);
			drafting.drafts.push({ name: t.name, words, target: t.target, worker, flow });
			log(`draft ${t.name}:`, JSON.stringify(drafting.drafts.at(-1)));
		}
		log('layout 150 nodes:', JSON.stringify(drafting.layout));
	}

	// 9. Edit mode: an edit made and shown, on an editable copy of the bundled article.
	let edits: Results['edits'] = null;
	if (parts.has('edit')) {
		edits = await editLatencies(browser, base, datasets.get(bundled)!.source.title);
		log('edits:', JSON.stringify(edits));
	}

	const chromium = browser.version();
	await browser.close();

	// 9. Bytes per route.
	const buildFiles = {
		manifest: join(siteDir, 'kit/output/client/.vite/manifest.json'),
		graph: moduleGraphFile
	};
	const bytes = [
		routeBytes(siteRoot, buildFiles, '/', 'index.html'),
		routeBytes(siteRoot, buildFiles, `/${bundled}`, `${bundled}.html`, notInExplorer)
	];

	// 10. Lighthouse, mobile preset, five runs (the median performance score is reported).
	let lighthouse: LighthouseResult[] | string;
	try {
		lighthouse = [];
		for (let i = 0; i < (parts.has('lighthouse') ? 5 : 0); i++)
			lighthouse.push(await runLighthouse(`${base}/${bundled}`));
		log('lighthouse:', JSON.stringify(lighthouse));
	} catch (error) {
		lighthouse = error instanceof Error ? error.message : String(error);
		log('lighthouse failed:', lighthouse);
	}

	const machine = {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		chromium,
		commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
		date: new Date().toISOString().slice(0, 16).replace('T', ' ')
	};
	if (bytesAlone) {
		replaceBytesSection(
			join(root, 'BENCHMARKS.md'),
			bytes,
			`Measured alone (\`BENCH_PARTS=bytes npm run bench\`) at commit ${machine.commit}, ${machine.date} UTC; the other sections are from the commit above.`
		);
		spawnSync('npx', ['prettier', '--write', 'BENCHMARKS.md'], { stdio: 'ignore' });
		log('bytes:', JSON.stringify(bytes));
		log('wrote the bytes table of BENCHMARKS.md');
	} else if (!complete) {
		log('bytes:', JSON.stringify(bytes));
		log('partial run (BENCH_SIZES or BENCH_PARTS set): BENCHMARKS.md left as it was');
	} else {
		writeReport(join(root, 'BENCHMARKS.md'), {
			machine,
			layouts,
			loads,
			taps,
			tapsAtRest,
			panZoom,
			drafting,
			edits,
			bytes,
			lighthouse
		});
		spawnSync('npx', ['prettier', '--write', 'BENCHMARKS.md'], { stdio: 'ignore' });
		log('wrote BENCHMARKS.md');
	}
} finally {
	await browser.close().catch(() => {});
	server.close();
}
