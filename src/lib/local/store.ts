/**
 * The maps a person keeps in this browser, in IndexedDB (through idb-keyval).
 * Each map is written at once on every save, so it survives a reload, a
 * closed tab or a crashed page. A map and the summary the home page lists are
 * written in one transaction, so the list never disagrees with the maps.
 *
 * Every function rejects with a StorageError (storage-error.ts) when the
 * browser will not store: the page shows its reason and fix.
 */
import {
	createStore,
	delMany,
	get,
	getMany,
	keys,
	promisifyRequest,
	set,
	setMany,
	type UseStore
} from 'idb-keyval';
import { isSlug, newMapId, slugify } from './names';
import { asStorageError, StorageError } from './storage-error';
import { graphTitle, summarize } from './summary';
import type { LocalMap, LocalMapSummary, MapFiles } from './types';

// idb-keyval opens the database on first use, not here: a page whose browser has no IndexedDB
// still loads, and learns of it from the first call.
const files: UseStore = createStore('evidence-map', 'maps');

const mapKey = (id: string) => `map/${id}`;
const summaryKey = (id: string) => `summary/${id}`;
const scratchKey = (key: string) => `scratch/${key}`;

/** Runs one store operation, turning whatever IndexedDB throws into a StorageError. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
	try {
		if (typeof indexedDB === 'undefined') throw new StorageError('missing');
		return await run();
	} catch (error) {
		throw asStorageError(error);
	}
}

/**
 * A plain copy of the map: what IndexedDB can store even when the caller holds
 * a proxy (Svelte's `$state` is one, and a proxy cannot be cloned into IndexedDB).
 */
function plain(map: LocalMap): LocalMap {
	const { id, slug, title, created, changed, history } = map;
	const { article, graph, story } = map.files;
	return {
		id,
		slug,
		title,
		created,
		changed,
		files: { article, graph, story: story ?? null },
		...(history ? { history: JSON.parse(JSON.stringify(history)) as unknown } : {})
	};
}

const write = (map: LocalMap) =>
	guard(() =>
		setMany(
			[
				[mapKey(map.id), map],
				[summaryKey(map.id), summarize(map)]
			],
			files
		)
	);

let lastStamp = 0;
/**
 * Now, as a map's `created` or `changed`: later than `after` and than any stamp given before in
 * this page, so the newest map lists first even when two are made within one millisecond.
 */
function stamp(after = 0): number {
	lastStamp = Math.max(Date.now(), lastStamp + 1, after + 1);
	return lastStamp;
}

/**
 * Stores new files as a new map, titled by `title` or else by the article's own
 * title; its slug is `slug` when given (an imported folder's name), else made from the title.
 */
export async function createMap(
	mapFiles: MapFiles,
	title?: string,
	slug?: string
): Promise<LocalMap> {
	const name = title?.trim() || graphTitle(mapFiles) || 'Untitled map';
	const now = stamp();
	const map = plain({
		id: newMapId(),
		slug: slug && isSlug(slug) ? slug : slugify(name),
		title: name,
		created: now,
		changed: now,
		files: mapFiles
	});
	await write(map);
	return map;
}

export async function getMap(id: string): Promise<LocalMap | undefined> {
	return guard(() => get<LocalMap>(mapKey(id), files));
}

/** Saves the map at once. Sets `map.changed` to now (a `stamp`, later than before). */
export async function saveMap(map: LocalMap): Promise<void> {
	map.changed = stamp(map.changed);
	await write(plain(map));
}

/**
 * Saves the map as `saveMap` does, but only over the version it was made from: the stored map
 * must still be the one changed at `basedOn`. Read and write are one transaction, so two tabs
 * editing one map can never overwrite each other's change unseen. Resolves with null once
 * saved, or with the stored map found instead (written by another tab), leaving it as it is.
 * A map deleted meanwhile is stored again: nothing the person made is dropped.
 */
export async function saveMapOver(map: LocalMap, basedOn: number): Promise<LocalMap | null> {
	return guard(() =>
		files('readwrite', (store) => {
			let found: LocalMap | null = null;
			const read = promisifyRequest(store.get(mapKey(map.id)) as IDBRequest<LocalMap | undefined>);
			// The write is asked for in the read's success event, while the transaction is open.
			const written = read.then((stored) => {
				if (stored && stored.changed !== basedOn) {
					found = stored;
					return;
				}
				map.changed = stamp(Math.max(map.changed, stored?.changed ?? 0));
				const copy = plain(map);
				store.put(copy, mapKey(map.id));
				store.put(summarize(copy), summaryKey(map.id));
			});
			return Promise.all([written, promisifyRequest(store.transaction)]).then(() => found);
		})
	);
}

/** Every map, the most recently changed first. */
export async function listMaps(): Promise<LocalMapSummary[]> {
	return guard(async () => {
		const summaryKeys = (await keys<string>(files)).filter((k) => k.startsWith('summary/'));
		const summaries = await getMany<LocalMapSummary>(summaryKeys, files);
		return summaries
			.filter((s): s is LocalMapSummary => s !== undefined)
			.sort((a, b) => b.changed - a.changed);
	});
}

/** Gives the map a new title, and its export folder the slug of that title. */
export async function renameMap(id: string, title: string): Promise<void> {
	const map = await getMap(id);
	const name = title.trim();
	if (!map || !name) return;
	await saveMap({ ...map, title: name, slug: slugify(name) });
}

/** A copy of the map, under a new id, titled "… (copy)", with its own undo history. */
export async function duplicateMap(id: string): Promise<LocalMap> {
	const map = await getMap(id);
	if (!map) throw new Error(`There is no map with id "${id}" to duplicate.`);
	const title = `${map.title} (copy)`;
	const now = stamp();
	const copy = plain({
		...map,
		id: newMapId(),
		title,
		slug: slugify(title),
		created: now,
		changed: now
	});
	await write(copy);
	return copy;
}

/** Deletes the map; returns it as it was, so the page can offer to undo. */
export async function deleteMap(id: string): Promise<LocalMap | undefined> {
	const map = await getMap(id);
	if (map) await guard(() => delMany([mapKey(id), summaryKey(id)], files));
	return map;
}

/** Puts a deleted map back, as it was (same id, same place in the list). */
export async function restoreMap(map: LocalMap): Promise<void> {
	await write(plain(map));
}

/** Whatever is being typed before it is a map (the text pasted into New map). */
export async function saveScratch(key: string, value: unknown): Promise<void> {
	await guard(() => set(scratchKey(key), JSON.parse(JSON.stringify(value ?? null)), files));
}

export async function loadScratch<T>(key: string): Promise<T | undefined> {
	return guard(() => get<T>(scratchKey(key), files));
}

/** Less room than this left, and the next article would not fit: as good as full. */
const minimumRoom = 4 * 1024 * 1024;

/**
 * Why maps cannot be kept here, or null when they can: tries a real write and
 * read, then asks how much room is left.
 */
export async function storageProblem(): Promise<null | { reason: string; fix: string }> {
	try {
		const probe = Date.now();
		await guard(() => set(scratchKey('probe'), probe, files));
		if ((await guard(() => get(scratchKey('probe'), files))) !== probe) {
			throw new StorageError('missing');
		}
		// globalThis: Node (the unit tests) has no navigator at all.
		const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
		if (estimate?.quota !== undefined && estimate.usage !== undefined) {
			if (estimate.quota - estimate.usage < minimumRoom) throw new StorageError('full');
		}
		return null;
	} catch (error) {
		const { reason, fix } = asStorageError(error);
		return { reason, fix };
	}
}
