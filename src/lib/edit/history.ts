/**
 * Undo and redo as data: the map a person started from, the edits made since, and those
 * undone. The current map is the start with the edits replayed, so the history is plain JSON
 * that survives a reload, and undoing every edit gives back the start exactly.
 */
import { applyEdit, type Edit, type MapDoc } from './edits';

export interface History {
	base: MapDoc;
	done: Edit[];
	undone: Edit[];
}

export const startHistory = (base: MapDoc): History => ({ base, done: [], undone: [] });

/** The map after `edits`; an edit that no longer applies (it applied when made) is skipped. */
export function replay(base: MapDoc, edits: readonly Edit[]): MapDoc {
	let doc = base;
	for (const edit of edits) {
		const applied = applyEdit(doc, edit);
		if (applied.ok) doc = applied.doc;
	}
	return doc;
}

export type Step = { ok: true; history: History; doc: MapDoc } | { ok: false; reason: string };

/** Makes `edit` on `doc` (the history's current map): redo is cleared, as in any editor. */
export function record(history: History, doc: MapDoc, edit: Edit): Step {
	const applied = applyEdit(doc, edit);
	if (!applied.ok) return applied;
	return {
		ok: true,
		history: { ...history, done: [...history.done, edit], undone: [] },
		doc: applied.doc
	};
}

export function undo(history: History): Step {
	const last = history.done.at(-1);
	if (!last) return { ok: false, reason: 'Nothing to undo.' };
	const done = history.done.slice(0, -1);
	return {
		ok: true,
		history: { ...history, done, undone: [...history.undone, last] },
		doc: replay(history.base, done)
	};
}

export function redo(history: History, doc: MapDoc): Step {
	const next = history.undone.at(-1);
	if (!next) return { ok: false, reason: 'Nothing to redo.' };
	const applied = applyEdit(doc, next);
	if (!applied.ok) return applied;
	return {
		ok: true,
		history: { ...history, done: [...history.done, next], undone: history.undone.slice(0, -1) },
		doc: applied.doc
	};
}
