/**
 * The home page's "Your maps": the list, what was just done (with its undo),
 * the last import's problems, and whether the browser will store at all.
 * Every action goes through the store and then reads the list back, so what
 * is shown is what is kept.
 */
import {
	createMap,
	deleteMap,
	duplicateMap,
	getMap,
	listMaps,
	renameMap,
	restoreMap,
	storageProblem
} from '$lib/local/store';
import { StorageError } from '$lib/local/storage-error';
import { tooLargeToImport, type ImportProblem } from '$lib/local/import-text';
import { fetchBundledFiles } from '$lib/local/bundled-copy';
import type { LocalMap, LocalMapSummary } from '$lib/local/types';

/** What was just done, said in a sentence around a title (data, shown isolated). */
export interface Notice {
	before: string;
	title?: string;
	after?: string;
	/** The map just deleted: the notice offers to put it back. */
	undo?: LocalMap;
	/** The map just made: the notice links to it. */
	open?: string;
}

export class MyMaps {
	maps = $state.raw<LocalMapSummary[]>([]);
	/** Set once the first look at the store has answered (the page's ready signal). */
	ready = $state(false);
	storage = $state.raw<null | { reason: string; fix: string }>(null);
	notice = $state.raw<Notice | null>(null);
	importProblems = $state.raw<ImportProblem[]>([]);
	busy = $state(false);

	async load() {
		this.storage = await storageProblem();
		if (!this.storage) await this.run(async () => {});
		this.ready = true;
	}

	/** Runs one action, then reads the list back; a failure is shown, never thrown. */
	private async run(action: () => Promise<void>) {
		this.busy = true;
		try {
			await action();
			this.maps = await listMaps();
		} catch (error) {
			if (error instanceof StorageError) this.storage = { reason: error.reason, fix: error.fix };
			else this.notice = { before: error instanceof Error ? error.message : String(error) };
		} finally {
			this.busy = false;
		}
	}

	rename(id: string, title: string) {
		return this.run(() => renameMap(id, title));
	}

	duplicate(id: string) {
		return this.run(async () => {
			const copy = await duplicateMap(id);
			this.notice = { before: 'Made', title: copy.title, after: '.', open: copy.id };
		});
	}

	remove(id: string) {
		return this.run(async () => {
			const deleted = await deleteMap(id);
			if (deleted)
				this.notice = { before: 'Deleted', title: deleted.title, after: '.', undo: deleted };
		});
	}

	undo() {
		const map = this.notice?.undo;
		if (!map) return;
		return this.run(async () => {
			await restoreMap(map);
			this.notice = { before: 'Put back', title: map.title, after: '.', open: map.id };
		});
	}

	/** Imports the files chosen or dropped; on any problem, lists them and stores nothing. */
	importFiles(chosen: File[]) {
		return this.run(async () => {
			this.importProblems = [];
			this.notice = null;
			// Refused by size before a byte is read: a film dropped by mistake costs nothing.
			const tooLarge = chosen
				.map((f) => tooLargeToImport(f.name, f.size))
				.filter((p) => p !== null);
			if (tooLarge.length) {
				this.importProblems = tooLarge;
				return;
			}
			const files = await Promise.all(
				chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
			);
			// The zip reader and the checker load only when something is imported.
			const { readImport } = await import('$lib/local/zip');
			const result = await readImport(files);
			if (!result.ok) {
				this.importProblems = result.problems;
				return;
			}
			const map = await createMap(result.files, result.title, result.slug);
			this.notice = { before: 'Imported', title: map.title, after: '.', open: map.id };
		});
	}

	/** "Make an editable copy" of a bundled dataset, from its prerendered files. */
	copyBundled(url: string) {
		return this.run(async () => {
			const bundled = await fetchBundledFiles(url);
			const map = await createMap(bundled.files, bundled.title, bundled.slug);
			this.notice = {
				before: 'Made an editable copy:',
				title: map.title,
				after: '.',
				open: map.id
			};
		});
	}

	/** Hands the map to the browser as `<slug>.zip`, the folder `npm run validate` reads. */
	download(id: string) {
		return this.run(async () => {
			const map = await getMap(id);
			if (!map) return;
			const [{ datasetZip }, { saveBlob }] = await Promise.all([
				import('$lib/local/zip'),
				import('$lib/components/ExportMenu/download')
			]);
			const zip = datasetZip(map.slug, map.files);
			saveBlob(
				new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
				`${map.slug}.zip`
			);
		});
	}
}
