import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import type * as Store from '../../src/lib/local/store';
import { validFiles, rtlFiles } from './local-fixtures';

let store: typeof Store;

// Each test gets an empty database, and a fresh copy of the module holding its connection.
beforeEach(async () => {
	vi.stubGlobal('indexedDB', new IDBFactory());
	vi.resetModules();
	store = await import('../../src/lib/local/store');
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('the store of local maps', () => {
	it('creates a map with a short url-safe id, titled by its article', async () => {
		const map = await store.createMap(validFiles());
		expect(map.id).toMatch(/^[a-z0-9]{12}$/);
		expect(map).toMatchObject({ title: 'Tiny test article', slug: 'tiny-test-article' });
		expect(map.created).toBe(map.changed);
		expect(await store.getMap(map.id)).toEqual(map);
	});

	it('takes the title it is given, and keeps right-to-left text and emoji as they are', async () => {
		const map = await store.createMap(rtlFiles(), 'خريطتي 🗺️');
		const kept = await store.getMap(map.id);
		expect(kept?.title).toBe('خريطتي 🗺️');
		expect(kept?.files).toEqual(rtlFiles());
		expect(kept?.slug).toBe('map');
	});

	it('lists each map with its counts, the most recently changed first', async () => {
		// Within one millisecond too: the second map made is still the later one.
		vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
		const a = await store.createMap(validFiles(), 'First');
		const b = await store.createMap(rtlFiles(), 'Second');
		expect((await store.listMaps()).map((m) => m.title)).toEqual(['Second', 'First']);
		await store.saveMap(a);
		const list = await store.listMaps();
		expect(list.map((m) => m.id)).toEqual([a.id, b.id]);
		expect(list[0]).toEqual({
			id: a.id,
			slug: 'first',
			title: 'First',
			changed: a.changed,
			nodes: 3,
			edges: 2,
			passages: 5
		});
		expect(list[1]).toMatchObject({ nodes: 3, edges: 1, passages: 4 });
	});

	it('saves at once and moves `changed` forward even within one millisecond', async () => {
		const map = await store.createMap(validFiles());
		const before = map.changed;
		map.files = { ...map.files, story: null, article: `${map.files.article}More.\n` };
		await store.saveMap(map);
		await store.saveMap(map);
		expect(map.changed).toBeGreaterThanOrEqual(before + 2);
		expect((await store.getMap(map.id))?.files.article).toMatch(/More\.\n$/);
	});

	it('saves a map held in a proxy (as Svelte state holds it)', async () => {
		const map = await store.createMap(validFiles());
		const proxied = new Proxy({ ...map, history: [{ edit: 'rename' }] }, {});
		await store.saveMap(proxied);
		expect((await store.getMap(map.id))?.history).toEqual([{ edit: 'rename' }]);
	});

	it('counts a graph that is not valid JSON yet as empty, and still lists it', async () => {
		await store.createMap({ article: 'text', graph: '{ "nodes": [', story: null });
		expect(await store.listMaps()).toMatchObject([
			{ title: 'Untitled map', nodes: 0, edges: 0, passages: 0 }
		]);
	});

	it('renames a map, its slug following, and ignores an empty title', async () => {
		const map = await store.createMap(validFiles());
		await store.renameMap(map.id, '  Notes on Alpha ');
		await store.renameMap(map.id, '   ');
		const renamed = await store.getMap(map.id);
		expect(renamed).toMatchObject({ title: 'Notes on Alpha', slug: 'notes-on-alpha' });
		expect((await store.listMaps())[0]?.title).toBe('Notes on Alpha');
	});

	it('duplicates a map under a new id, leaving the original as it was', async () => {
		const map = await store.createMap(validFiles());
		const copy = await store.duplicateMap(map.id);
		expect(copy.id).not.toBe(map.id);
		expect(copy).toMatchObject({ title: 'Tiny test article (copy)', files: map.files });
		expect(await store.getMap(map.id)).toEqual(map);
		expect(await store.listMaps()).toHaveLength(2);
	});

	it('deletes a map, returns it, and restores it as it was', async () => {
		const keep = await store.createMap(rtlFiles());
		const map = await store.createMap(validFiles());
		const deleted = await store.deleteMap(map.id);
		expect(deleted).toEqual(map);
		expect(await store.getMap(map.id)).toBeUndefined();
		expect((await store.listMaps()).map((m) => m.id)).toEqual([keep.id]);
		await store.restoreMap(deleted!);
		expect(await store.getMap(map.id)).toEqual(map);
		// Both are back (made in the same millisecond, their order in the list is a tie).
		expect((await store.listMaps()).map((m) => m.id).sort()).toEqual([map.id, keep.id].sort());
		expect(await store.deleteMap('no-such-map')).toBeUndefined();
	});

	it('keeps scratch text apart from the maps', async () => {
		await store.saveScratch('new-map', { text: 'typed so far…' });
		expect(await store.loadScratch('new-map')).toEqual({ text: 'typed so far…' });
		expect(await store.loadScratch('other')).toBeUndefined();
		expect(await store.listMaps()).toEqual([]);
	});

	it('finds no storage problem when IndexedDB works', async () => {
		expect(await store.storageProblem()).toBeNull();
	});
});

describe('when the browser will not store', () => {
	it('reports missing storage when there is no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await store.storageProblem()).toMatchObject({
			reason: /not letting Evidence Map keep anything/
		});
		await expect(store.listMaps()).rejects.toMatchObject({
			name: 'StorageError',
			trouble: 'missing'
		});
	});

	it('reports missing storage when opening the database fails', async () => {
		vi.stubGlobal('indexedDB', {
			open() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		expect(await store.storageProblem()).toMatchObject({ fix: /ordinary window/ });
		await expect(store.createMap(validFiles())).rejects.toMatchObject({ trouble: 'missing' });
	});

	it('reports full storage when a write exceeds the quota', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		expect(await store.storageProblem()).toMatchObject({
			reason: /storage for Evidence Map is full/
		});
		await expect(store.createMap(validFiles())).rejects.toMatchObject({ trouble: 'full' });
		vi.restoreAllMocks();
	});

	it('reports full storage when less room is left than an article takes', async () => {
		vi.stubGlobal('navigator', {
			storage: { estimate: async () => ({ quota: 100e6, usage: 99e6 }) }
		});
		expect(await store.storageProblem()).toMatchObject({ reason: /full/ });
	});
});
