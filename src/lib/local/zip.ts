/**
 * Export and import of a map as its files. Export is one folder `<slug>/`
 * zipped, which unzipped into graph-data/ passes `npm run validate`; import
 * takes that zip (or the loose files) and runs the same checker, so nothing
 * enters the store that the build would refuse.
 */
import { strToU8, zipSync } from 'fflate';
import { checkDataset } from '../graph/check';
import { decodeText, tooLargeToImport, type ImportProblem } from './import-text';
import { isSlug, slugify } from './names';
import { looksLikeZip, unzipDataset, type DatasetFileName } from './unzip';
import type { MapFiles } from './types';

/** The dataset's folder, zipped: `<slug>/article.txt`, `graph.json`, and `story.json` when there is one. */
export function datasetZip(slug: string, files: MapFiles): Uint8Array {
	const folder: Record<string, Uint8Array> = {
		'article.txt': strToU8(files.article),
		'graph.json': strToU8(files.graph)
	};
	if (files.story !== null) folder['story.json'] = strToU8(files.story);
	return zipSync({ [slug]: folder }, { level: 9 });
}

export type ImportResult =
	| { ok: true; files: MapFiles; slug: string; title: string }
	| { ok: false; problems: ImportProblem[] };

const refuse = (message: string, fix: string, where?: string): ImportResult => ({
	ok: false,
	problems: [{ message, fix, ...(where ? { where } : {}) }]
});

/** Which dataset file a loose file is, by its name; null for anything else. */
function roleOf(name: string): DatasetFileName | null {
	const lower = name.toLowerCase();
	if (lower.endsWith('.txt')) return 'article.txt';
	if (lower.endsWith('.json')) return lower.includes('story') ? 'story.json' : 'graph.json';
	return null;
}

/** The loose files sorted into a dataset's three, or why they are not one. */
function looseFiles(
	files: readonly { name: string; bytes: Uint8Array }[]
):
	| { ok: true; files: Partial<Record<DatasetFileName, Uint8Array>> }
	| { ok: false; problems: ImportProblem[] } {
	const found: Partial<Record<DatasetFileName, { name: string; bytes: Uint8Array }>> = {};
	const problems: ImportProblem[] = [];
	for (const file of files) {
		const role = roleOf(file.name);
		if (!role) {
			problems.push({
				message: `${file.name} is not a dataset .zip, nor a graph.json, article.txt or story.json`,
				fix: 'Choose the .zip that "Dataset (.zip)" exports, or a graph.json with its article.txt.',
				where: file.name
			});
		} else if (found[role]) {
			problems.push({
				message: `both ${found[role].name} and ${file.name} would be the ${role}`,
				fix: `Choose one ${role} with its graph.json (one dataset at a time).`,
				where: file.name
			});
		} else found[role] = file;
	}
	if (problems.length) return { ok: false, problems };
	if (!found['graph.json']) {
		problems.push({
			message: 'no graph.json was chosen; an article alone is not a map yet',
			fix: 'Choose graph.json and article.txt together (select both in the file picker, or drop both), or start the map from the text with New map.'
		});
	} else if (!found['article.txt']) {
		problems.push({
			message: `${found['graph.json'].name} came without its article.txt, and every quote is checked against the article`,
			fix: 'Choose graph.json and article.txt together: select both in the file picker (Ctrl- or Shift-click), or drop both at once.'
		});
	}
	if (problems.length) return { ok: false, problems };
	return {
		ok: true,
		files: Object.fromEntries(Object.entries(found).map(([role, f]) => [role, f.bytes]))
	};
}

/**
 * Reads files chosen or dropped for import: one dataset .zip, or a graph.json
 * with its article.txt (and optionally story.json). Returns the map's files,
 * or every problem found, each with its fix.
 */
export async function readImport(
	files: { name: string; bytes: Uint8Array }[]
): Promise<ImportResult> {
	if (files.length === 0) {
		return refuse(
			'no file was chosen',
			'Choose a dataset .zip, or a graph.json with its article.txt.'
		);
	}
	const tooLarge = files
		.map((f) => tooLargeToImport(f.name, f.bytes.length))
		.filter((p) => p !== null);
	if (tooLarge.length) return { ok: false, problems: tooLarge };

	const zips = files.filter((f) => f.name.toLowerCase().endsWith('.zip') || looksLikeZip(f.bytes));
	if (zips.length && files.length > 1) {
		return refuse(
			`${files.length} files were chosen with a zip (${files.map((f) => f.name).join(', ')})`,
			'Import one dataset .zip on its own, or a graph.json with its article.txt without a zip.'
		);
	}
	const sorted = zips.length ? unzipDataset(zips[0]!.name, zips[0]!.bytes) : looseFiles(files);
	if (!sorted.ok) return sorted;
	const folder: string = 'folder' in sorted ? String(sorted.folder) : '';

	const text: Partial<Record<DatasetFileName, string>> = {};
	const problems: ImportProblem[] = [];
	for (const [role, bytes] of Object.entries(sorted.files) as [DatasetFileName, Uint8Array][]) {
		const decoded = decodeText(folder ? `${folder}/${role}` : role, bytes);
		if ('text' in decoded) text[role] = decoded.text;
		else problems.push(decoded);
	}
	if (problems.length) return { ok: false, problems };

	const checked = checkDataset({
		slug: folder || 'import',
		dir: folder || '.',
		article: text['article.txt'] ?? null,
		graph: text['graph.json'] ?? null,
		story: text['story.json'] ?? null
	});
	if (!checked.ok) {
		return {
			ok: false,
			problems: checked.problems.map((p) => ({
				message: p.message,
				fix: p.fix,
				where: `${p.file.replace(/^\.\//, '')} at ${p.path}`
			}))
		};
	}
	const title = checked.dataset.source.title;
	return {
		ok: true,
		files: {
			article: text['article.txt']!,
			graph: text['graph.json']!,
			story: text['story.json'] ?? null
		},
		slug: isSlug(folder) ? folder : slugify(title),
		title
	};
}
