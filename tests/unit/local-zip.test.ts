import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkDataset } from '../../src/lib/graph/check';
import { formatProblem } from '../../src/lib/graph/problems';
import { datasetZip, readImport } from '../../src/lib/local/zip';
import type { MapFiles } from '../../src/lib/local/types';
import { bundledFiles, rtlFiles, validFiles } from './local-fixtures';

const asFile = (name: string, text: string | Uint8Array) => ({
	name,
	bytes: typeof text === 'string' ? strToU8(text) : text
});
const zipOf = (entries: Record<string, string | Uint8Array>) =>
	zipSync(
		Object.fromEntries(
			Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])
		)
	);

async function problemsOf(files: { name: string; bytes: Uint8Array }[]) {
	const result = await readImport(files);
	if (result.ok) throw new Error('expected the import to be refused');
	return result.problems;
}

describe('datasetZip', () => {
	it('holds one folder <slug>/ with article.txt, graph.json and story.json', () => {
		const names = Object.keys(unzipSync(datasetZip('camp-david-2023', bundledFiles())));
		expect(names.sort()).toEqual([
			'camp-david-2023/',
			'camp-david-2023/article.txt',
			'camp-david-2023/graph.json',
			'camp-david-2023/story.json'
		]);
	});

	it('leaves story.json out when the map has no story', () => {
		const names = Object.keys(unzipSync(datasetZip('tiny', validFiles())));
		expect(names.sort()).toEqual(['tiny/', 'tiny/article.txt', 'tiny/graph.json']);
	});
});

describe('readImport round trip', () => {
	it.each([
		{ name: 'the bundled dataset with its story', files: bundledFiles, slug: 'camp-david-2023' },
		{
			name: 'the valid fixture (quotes with prefix, a non-breaking space)',
			files: validFiles,
			slug: 'tiny'
		},
		{ name: 'right-to-left text and emoji', files: rtlFiles, slug: 'rtl-map' }
	])('gives back $name byte for byte from its zip', async ({ files, slug }) => {
		const original = files();
		const result = await readImport([asFile(`${slug}.zip`, datasetZip(slug, original))]);
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (!result.ok) return;
		expect(result.files).toEqual(original);
		expect(result.slug).toBe(slug);
		expect(result.title).toBe(JSON.parse(original.graph).source.title);
	});

	it('reads the loose files, graph.json with its article.txt and story.json', async () => {
		const files = rtlFiles();
		const result = await readImport([
			asFile('graph.json', files.graph),
			asFile('article.txt', files.article),
			asFile('story.json', files.story!)
		]);
		expect(result.ok && result.files).toEqual(files);
		// No folder to name it: the slug comes from the title, and an all-Arabic title has no Latin letters.
		expect(result.ok && result.slug).toBe('map');
	});

	it('ignores the clutter archivers add and finds the folder at any depth', async () => {
		const files = validFiles();
		const result = await readImport([
			asFile(
				'download.zip',
				zipOf({
					'graph-data/tiny-article/graph.json': files.graph,
					'graph-data/tiny-article/article.txt': files.article,
					'__MACOSX/graph-data/tiny-article/._graph.json': 'resource fork',
					'graph-data/.DS_Store': new Uint8Array([0, 0, 0, 1])
				})
			)
		]);
		expect(result.ok && result.slug).toBe('tiny-article');
	});

	it('keeps a byte-order mark, as npm run validate reads the file', async () => {
		const files = { ...validFiles(), article: `\uFEFF${validFiles().article}` };
		const result = await readImport([asFile('t.zip', datasetZip('t', files))]);
		expect(result.ok && result.files.article).toBe(files.article);
	});

	it('does not change the files it is given', async () => {
		const bytes = datasetZip('tiny', validFiles());
		const copy = bytes.slice();
		await readImport([asFile('tiny.zip', bytes)]);
		expect(bytes).toEqual(copy);
	});
});

describe('readImport refuses bad input with a message and a fix', () => {
	const valid = validFiles();
	const cases: {
		name: string;
		files: () => { name: string; bytes: Uint8Array }[];
		message: RegExp;
		fix: RegExp;
	}[] = [
		{
			name: 'a file named .zip that is not a zip',
			files: () => [asFile('dataset.zip', 'just some text')],
			message: /^dataset\.zip is not a zip file$/,
			fix: /Dataset \(\.zip\)/
		},
		{
			name: 'a file that is neither a zip nor a dataset file',
			files: () => [asFile('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))],
			message: /photo\.png is not a dataset \.zip/,
			fix: /graph\.json with its article\.txt/
		},
		{
			name: 'a damaged zip (cut short)',
			files: () => [asFile('cut.zip', datasetZip('cut', valid).slice(0, 200))],
			message: /not a zip file that can be read/,
			fix: /Export the map again/
		},
		{
			name: 'a zip bomb: an article declared far over the limit, refused before inflating',
			files: () => [
				asFile(
					'bomb.zip',
					zipOf({
						'bomb/graph.json': valid.graph,
						'bomb/article.txt': new Uint8Array(64 * 1024 * 1024)
					})
				)
			],
			message:
				/bomb\/article\.txt would unpack to 64\.0 MB, over the limit of 2\.0 MB for that file; nothing was unpacked/,
			fix: /at most 2 MB/
		},
		{
			name: 'a zip that unpacks to far more than it weighs, within each limit',
			files: () => [
				asFile(
					'dense.zip',
					zipOf({ 'd/graph.json': valid.graph, 'd/article.txt': 'a'.repeat(1_900_000) })
				)
			],
			message: /weighs .* KB but would unpack to 1\.8 MB, far more than a dataset compresses/,
			fix: /not a zip that Evidence Map exported/
		},
		{
			name: 'a zip without graph.json',
			files: () => [asFile('text.zip', zipOf({ 'x/article.txt': valid.article }))],
			message: /text\.zip holds no graph\.json/,
			fix: /one folder with graph\.json and article\.txt/
		},
		{
			name: 'a zip of two datasets',
			files: () => [
				asFile('two.zip', zipOf({ 'a/graph.json': valid.graph, 'b/graph.json': valid.graph }))
			],
			message: /holds 2 datasets \(a\/graph\.json, b\/graph\.json\)/,
			fix: /one by one/
		},
		{
			name: 'a zip together with other files',
			files: () => [asFile('t.zip', datasetZip('t', valid)), asFile('article.txt', valid.article)],
			message: /2 files were chosen with a zip/,
			fix: /one dataset \.zip on its own/
		},
		{
			name: 'binary where text is expected (a PNG named graph.json)',
			files: () => [
				asFile('graph.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00])),
				asFile('article.txt', valid.article)
			],
			message:
				/graph\.json is not text: it is a binary file, or text in an encoding other than UTF-8/,
			fix: /UTF-8/
		},
		{
			name: 'text in UTF-16 (valid UTF-8 bytes, full of NULs)',
			files: () => [
				asFile(
					'z.zip',
					zipOf({
						'z/graph.json': valid.graph,
						'z/article.txt': new Uint8Array([65, 0, 108, 0, 112, 0])
					})
				)
			],
			message: /z\/article\.txt is not text: it holds NUL bytes/,
			fix: /encoding UTF-8/
		},
		{
			name: 'an article over the checker’s 2 MB limit',
			files: () => [
				asFile('graph.json', valid.graph),
				asFile('article.txt', 'word '.repeat(450_000))
			],
			message:
				/the file is 2\.1 MB \(2,250,000 bytes\), over the limit of 2\.0 MB; it was not read further/,
			fix: /one article in each dataset/
		},
		{
			name: 'graph.json without its article',
			files: () => [asFile('graph.json', valid.graph)],
			message: /graph\.json came without its article\.txt/,
			fix: /Choose graph\.json and article\.txt together/
		},
		{
			name: 'an article without a graph',
			files: () => [asFile('article.txt', valid.article)],
			message: /no graph\.json was chosen/,
			fix: /New map/
		},
		{
			name: 'a file too large to be any dataset, not read at all',
			files: () => [{ name: 'huge.zip', bytes: new Uint8Array(26 * 1024 * 1024) }],
			message: /huge\.zip is 26\.0 MB, more than any dataset can be/,
			fix: /Choose the \.zip/
		}
	];
	it.each(cases)('$name', async ({ files, message, fix }) => {
		const problems = await problemsOf(files());
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(message);
		expect(problems[0]!.fix).toMatch(fix);
	});

	it('lists every problem the checker finds, as npm run validate does', async () => {
		const graph = JSON.parse(valid.graph);
		graph.nodes[2].evidence[0].exact = 'Gamma’s rockets worry Alpha.';
		graph.edges[0].target = 'nobody';
		const broken: MapFiles = { ...valid, graph: JSON.stringify(graph, null, '\t') };
		const problems = await problemsOf([asFile('tiny.zip', datasetZip('tiny', broken))]);

		const expected = checkDataset({ slug: 'tiny', dir: 'tiny', ...broken });
		if (expected.ok) throw new Error('the broken graph should fail the checker');
		expect(problems.length).toBe(expected.problems.length);
		expect(problems.length).toBeGreaterThanOrEqual(2);
		// The same three parts as formatProblem prints: where, what, and the fix.
		expect(problems.map((p) => `${p.where}\n  ${p.message}\n  Fix: ${p.fix}`)).toEqual(
			expected.problems.map(formatProblem)
		);
		expect(problems.map((p) => p.where)).toContain('tiny/graph.json at nodes[2].evidence[0].exact');
	});

	it('names loose files without a folder', async () => {
		const problems = await problemsOf([
			asFile('graph.json', valid.graph.replace('"Beta worries too."', '"Beta frets."')),
			asFile('article.txt', valid.article)
		]);
		expect(problems.map((p) => p.where)).toEqual(['graph.json at nodes[1].evidence[0].exact']);
	});
});
