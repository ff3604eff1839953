/**
 * Reading a dataset out of a zip without trusting it. The zip's own directory
 * is read first, without inflating anything: only article.txt, graph.json and
 * story.json of one folder are unpacked, each only if the size the zip
 * declares for it is within the checker's limit for that file. fflate inflates
 * into a buffer of the declared size, so a file that lies about its size
 * cannot grow past it either: nothing can unpack to more than those limits.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { formatBytes, limits } from '../graph/limits';
import type { ImportProblem } from './import-text';

export const datasetFiles = ['article.txt', 'graph.json', 'story.json'] as const;
export type DatasetFileName = (typeof datasetFiles)[number];

const fileLimit: Record<DatasetFileName, number> = {
	'article.txt': limits.articleBytes,
	'graph.json': limits.graphBytes,
	'story.json': limits.graphBytes
};

/** A dataset folder is three files; a zip listing thousands is not one, and is not read. */
const maxEntries = 1000;
/** Text and JSON compress about 3 to 10 times; a hundred times is a zip bomb, not a dataset. */
const maxRatio = 100;

/** Local file headers start "PK\3\4"; an empty zip is only its end record, "PK\5\6". */
export const looksLikeZip = (b: Uint8Array) =>
	b.length >= 4 &&
	b[0] === 0x50 &&
	b[1] === 0x4b &&
	((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

const baseName = (path: string) => path.split('/').at(-1) ?? path;
/** Folders and files that archivers add beside the data (macOS resource forks, dot files). */
const isClutter = (path: string) =>
	path.endsWith('/') || path.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'));

export type Unzipped =
	| { ok: true; folder: string; files: Partial<Record<DatasetFileName, Uint8Array>> }
	| { ok: false; problems: ImportProblem[] };

export function unzipDataset(name: string, bytes: Uint8Array): Unzipped {
	const fail = (message: string, fix: string, where = name): Unzipped => ({
		ok: false,
		problems: [{ message, fix, where }]
	});
	const damaged = () =>
		fail(
			`${name} is not a zip file that can be read (it is damaged, or another kind of file)`,
			'Export the map again with "Dataset (.zip)", or zip the folder holding graph.json and article.txt.'
		);
	if (!looksLikeZip(bytes)) {
		return fail(
			`${name} is not a zip file`,
			'Choose the .zip that "Dataset (.zip)" exports, or a graph.json with its article.txt.'
		);
	}

	// First pass: the directory only (the filter refuses every file, so nothing is inflated).
	const listed: UnzipFileInfo[] = [];
	try {
		unzipSync(bytes, {
			filter: (info) => {
				if (listed.length <= maxEntries) listed.push(info);
				return false;
			}
		});
	} catch {
		return damaged();
	}
	if (listed.length > maxEntries) {
		return fail(
			`${name} holds more than ${maxEntries} files; a dataset is a folder of three`,
			'Zip only the folder holding graph.json, article.txt and story.json.'
		);
	}
	const entries = listed.filter((info) => !isClutter(info.name));
	const graphs = entries.filter((info) => baseName(info.name) === 'graph.json');
	if (graphs.length === 0) {
		return fail(
			`${name} holds no graph.json`,
			'A dataset zip holds one folder with graph.json and article.txt (and story.json when there is a presentation), as "Dataset (.zip)" exports it.'
		);
	}
	if (graphs.length > 1) {
		return fail(
			`${name} holds ${graphs.length} datasets (${graphs.map((g) => g.name).join(', ')}); one is imported at a time`,
			'Zip each dataset folder on its own and import them one by one.'
		);
	}
	const folder = graphs[0]!.name.slice(0, -'graph.json'.length);
	const wanted = new Map<string, DatasetFileName>(datasetFiles.map((f) => [`${folder}${f}`, f]));
	const chosen = entries.filter((info) => wanted.has(info.name));

	const problems: ImportProblem[] = [];
	for (const info of chosen) {
		const limit = fileLimit[wanted.get(info.name)!];
		if (info.originalSize > limit) {
			problems.push({
				message: `${info.name} would unpack to ${formatBytes(info.originalSize)}, over the limit of ${formatBytes(limit)} for that file; nothing was unpacked`,
				fix: 'Import the dataset as "Dataset (.zip)" exports it: an article of at most 2 MB and a graph and story of at most 10 MB each.',
				where: `${name}: ${info.name}`
			});
		} else if (info.compression !== 0 && info.compression !== 8) {
			problems.push({
				message: `${info.name} is compressed in a way Evidence Map does not read (method ${info.compression})`,
				fix: 'Zip the folder again with the usual "deflate" compression (every zip tool uses it by default).',
				where: `${name}: ${info.name}`
			});
		}
	}
	const declared = chosen.reduce((n, info) => n + info.originalSize, 0);
	if (!problems.length && declared > 1024 * 1024 && declared > maxRatio * bytes.length) {
		problems.push({
			message: `${name} weighs ${formatBytes(bytes.length)} but would unpack to ${formatBytes(declared)}, far more than a dataset compresses; it was not unpacked`,
			fix: 'This is not a zip that Evidence Map exported. Import the original dataset files instead.',
			where: name
		});
	}
	if (problems.length) return { ok: false, problems };

	let unpacked: Record<string, Uint8Array>;
	try {
		unpacked = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
	} catch {
		return damaged();
	}
	const files: Partial<Record<DatasetFileName, Uint8Array>> = {};
	for (const info of chosen) {
		const data = unpacked[info.name];
		// Shorter than declared: the entry is cut off or lies about its size.
		if (!data || data.length !== info.originalSize) return damaged();
		files[wanted.get(info.name)!] = data;
	}
	return { ok: true, folder: baseName(folder.replace(/\/$/, '')), files };
}
