/**
 * Two editing sessions on one stored map, as two tabs are: a change saved in one is never
 * overwritten unseen by the other, whose own change, made before it heard of the first, is
 * made again on top of it, or, when it no longer applies, given up with a message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { checkDataset } from '../../src/lib/graph/check';
import type { Graph } from '../../src/lib/graph/schema';
import type * as Store from '../../src/lib/local/store';
import type * as Session from '../../src/lib/edit/session.svelte';
import type { LocalMap } from '../../src/lib/local/types';
import { validFiles } from './local-fixtures';

let store: typeof Store;
let EditSession: typeof Session.EditSession;

beforeEach(async () => {
	vi.stubGlobal('indexedDB', new IDBFactory());
	// Node has no frames: a save waits for one, so give it a task instead.
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => setTimeout(() => f(0), 0));
	vi.resetModules();
	store = await import('../../src/lib/local/store');
	({ EditSession } = await import('../../src/lib/edit/session.svelte'));
});
afterEach(() => vi.unstubAllGlobals());

function sessionOf(map: LocalMap) {
	const checked = checkDataset({ slug: map.slug, dir: map.slug, ...map.files });
	if (!checked.ok) throw new Error('the fixture does not pass the checker');
	return new EditSession(structuredClone(map), checked.dataset, {});
}

const stored = async (id: string) => JSON.parse((await store.getMap(id))!.files.graph) as Graph;
const label = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id)?.label;

/** Two tabs on one map, both opened before either changed it. */
async function twoTabs() {
	const map = await store.createMap(validFiles());
	const tabs = [sessionOf(map), sessionOf(map)] as const;
	return { id: map.id, tabs, close: () => tabs.forEach((t) => t.close()) };
}

describe('two tabs editing one map', () => {
	it('keeps both changes when the second was made before it heard of the first', async () => {
		const { id, tabs, close } = await twoTabs();
		const [first, second] = tabs;
		expect(
			first.apply({ kind: 'update-node', id: 'alpha', patch: { label: 'Alpha One' } }, 'A')
		).toEqual({ ok: true });
		await first.saved();
		// In the same task as the first tab's save, before its message can arrive.
		expect(
			second.apply({ kind: 'update-node', id: 'beta', patch: { label: 'Beta Two' } }, 'B')
		).toEqual({ ok: true });
		await second.saved();
		const graph = await stored(id);
		expect([label(graph, 'alpha'), label(graph, 'beta')]).toEqual(['Alpha One', 'Beta Two']);
		expect(second.said).toMatch(/also changed in another tab/);
		expect(label(second.doc.graph, 'alpha')).toBe('Alpha One');
		// The first tab hears of the second's save and shows it.
		await vi.waitFor(() => expect(label(first.doc.graph, 'beta')).toBe('Beta Two'));
		expect(first.said).toMatch(/changed in another tab/);
		// Undo in the second tab takes back its own change, and leaves the first tab's.
		const original = label(JSON.parse(validFiles().graph) as Graph, 'beta');
		expect(second.undo()).toEqual({ ok: true });
		expect([label(second.doc.graph, 'alpha'), label(second.doc.graph, 'beta')]).toEqual([
			'Alpha One',
			original
		]);
		close();
	});

	it('says so, and shows the other tab’s map, when its own change no longer applies', async () => {
		const { id, tabs, close } = await twoTabs();
		const [first, second] = tabs;
		expect(first.apply({ kind: 'delete-node', id: 'beta' }, 'Deleted beta')).toEqual({ ok: true });
		await first.saved();
		expect(
			second.apply({ kind: 'update-node', id: 'beta', patch: { label: 'Beta Two' } }, 'B')
		).toEqual({ ok: true });
		await second.saved();
		expect(second.said).toMatch(/your last change was not kept/);
		expect(label(second.doc.graph, 'beta')).toBeUndefined();
		expect(label(await stored(id), 'beta')).toBeUndefined();
		// The second tab goes on from the stored map: its next change is saved over it.
		expect(
			second.apply({ kind: 'update-node', id: 'alpha', patch: { label: 'Alpha' } }, 'A')
		).toEqual({ ok: true });
		await second.saved();
		const graph = await stored(id);
		expect([label(graph, 'alpha'), label(graph, 'beta')]).toEqual(['Alpha', undefined]);
		close();
	});

	it('never makes an undo again over another tab’s save (it would undo that tab’s work)', async () => {
		const { id, tabs, close } = await twoTabs();
		const [first, second] = tabs;
		second.apply({ kind: 'update-node', id: 'beta', patch: { label: 'Beta Two' } }, 'B');
		await second.saved();
		// The first tab has not heard yet: its change conflicts, and is made again over the second's.
		first.apply({ kind: 'update-node', id: 'alpha', patch: { label: 'Alpha One' } }, 'A');
		await first.saved();
		expect(first.said).toMatch(/also changed in another tab/);
		await vi.waitFor(() => expect(label(second.doc.graph, 'alpha')).toBe('Alpha One'));
		// Now the second tab undoes before hearing of a new save by the first.
		first.apply({ kind: 'update-node', id: 'gamma-missiles', patch: { label: 'Missiles' } }, 'G');
		await first.saved();
		expect(second.undo()).toEqual({ ok: true });
		await second.saved();
		expect(second.said).toMatch(/your last change was not kept/);
		const graph = await stored(id);
		expect(label(graph, 'gamma-missiles')).toBe('Missiles');
		expect(label(graph, 'alpha')).toBe('Alpha One');
		close();
	});
});

describe('the live check’s first look', () => {
	/** Until the page's idle work has run: in Node, the frame, then the task after it. */
	const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

	it('checks the map as opened once the page is idle, and not after a change or a close', async () => {
		const map = await store.createMap(validFiles());
		const opened = sessionOf(map);
		opened.checkMs = -1;
		opened.prepare();
		await idle();
		expect(opened.checkMs).toBeGreaterThanOrEqual(0);

		const changed = sessionOf(map);
		changed.prepare();
		changed.apply({ kind: 'update-node', id: 'alpha', patch: { label: 'Alpha One' } }, 'A');
		changed.checkMs = -1;
		await idle();
		expect(changed.checkMs).toBe(-1);

		const closed = sessionOf(map);
		closed.prepare();
		closed.close();
		closed.checkMs = -1;
		await idle();
		expect(closed.checkMs).toBe(-1);
		await changed.saved();
		[opened, changed].forEach((s) => s.close());
	});
});

describe('a change not yet stored', () => {
	/** A session on a new map, in a page whose frames come only when `frame()` is called. */
	async function opened() {
		const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
		const win = new EventTarget();
		let frames: FrameRequestCallback[] = [];
		vi.stubGlobal('document', doc);
		vi.stubGlobal('window', win);
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
		const frame = () => {
			const due = frames;
			frames = [];
			due.forEach((f) => f(0));
		};
		/** The page is hidden (another tab, the window minimised) or shown again. */
		const show = (state: 'hidden' | 'visible') => {
			doc.visibilityState = state;
			doc.dispatchEvent(new Event('visibilitychange'));
		};
		const map = await store.createMap(validFiles());
		return { win, frame, show, id: map.id, session: sessionOf(map) };
	}
	/** As a browser's, whose `returnValue` can be set (older Chromium asks only then). */
	class BeforeUnload extends Event {
		override returnValue = true;
	}
	const leave = (win: EventTarget) => {
		const event = new BeforeUnload('beforeunload', { cancelable: true });
		win.dispatchEvent(event);
		return event.defaultPrevented;
	};
	/** Until the queued save is waiting for its frame. */
	const waiting = () => new Promise((resolve) => setTimeout(resolve, 0));
	const rename = { kind: 'update-node', id: 'alpha', patch: { label: 'Alpha One' } } as const;

	it('is pending, asks before the page is left, and is stored at once when it is', async () => {
		const { win, id, session } = await opened();
		expect([session.pending, leave(win)]).toEqual([false, false]);
		session.apply(rename, 'A');
		expect(session.pending).toBe(true);
		await waiting();
		// Leaving asks first, and the save stops waiting for a frame that has not come.
		expect(leave(win)).toBe(true);
		await session.saved();
		expect(label(await stored(id), 'alpha')).toBe('Alpha One');
		expect([session.pending, leave(win)]).toEqual([false, false]);
		session.close();
	});

	it('is stored at once when the page is hidden', async () => {
		const { show, id, session } = await opened();
		session.apply(rename, 'A');
		await waiting();
		show('hidden');
		await session.saved();
		expect(label(await stored(id), 'alpha')).toBe('Alpha One');
		expect(session.pending).toBe(false);
		session.close();
	});

	it('waits for the paint again once the page, hidden with nothing unsaved, is back', async () => {
		const { show, frame, id, session } = await opened();
		show('hidden');
		show('visible');
		session.apply(rename, 'A');
		await waiting();
		// Not stored before its paint.
		const original = label(JSON.parse(validFiles().graph) as Graph, 'alpha');
		expect(label(await stored(id), 'alpha')).toBe(original);
		expect(session.pending).toBe(true);
		frame();
		await session.saved();
		expect(session.pending).toBe(false);
		session.close();
	});

	it('after a close, is still stored and asked about until it is, then never again', async () => {
		const { win, frame, id, session } = await opened();
		session.apply(rename, 'A');
		session.close();
		expect(leave(win)).toBe(true);
		frame();
		await session.saved();
		expect(label(await stored(id), 'alpha')).toBe('Alpha One');
		expect([session.pending, session.saveError]).toEqual([false, null]);
		await waiting();
		expect(leave(win)).toBe(false);
	});
});
