/**
 * Editing one map kept in this browser: every change goes through `apply` (or undo and redo),
 * which makes the edit on the map's files, runs the checker on them (the live check), shows the
 * result in the views, saves the map with its history at once, and tells the map's other tabs.
 *
 * Two tabs on one map: each saves only over the version it was made from. A tab that finds the
 * other's newer save makes its own changes again on top of it (both are kept), or, when they no
 * longer apply, takes the other's version and says its own change was not kept: never a silent
 * overwrite either way.
 *
 * A change the checker would object to is not made: the person is told why, with the fix,
 * and the problems are listed. So the stored map always opens, exports and publishes, and
 * undo never walks back into a map the views cannot show.
 */
import { afterPaint, whenIdle } from '../browser/after-paint';
import { checkDataset } from '../graph/check';
import { shareUnchanged } from '../graph/share-unchanged';
import type { Dataset, Positions } from '../graph/dataset';
import type { Problem } from '../graph/problems';
import type { Graph, Quote } from '../graph/schema';
import type { StoryInput } from '../graph/story';
import { keepPositions, mapFolder } from '../local/open';
import { getMap, saveMapOver } from '../local/store';
import type { LocalMap, MapFiles } from '../local/types';
import { mapChannel, type MapChannel } from './channel';
import type { Edit, MapDoc } from './edits';
import { record, redo, replay, startHistory, undo, type History, type Step } from './history';
import { placeNew } from './place';

export const docFromFiles = (files: MapFiles): MapDoc => ({
	graph: JSON.parse(files.graph) as Graph,
	story: files.story ? (JSON.parse(files.story) as StoryInput) : null
});

const json = (x: unknown) => `${JSON.stringify(x, null, '\t')}\n`;

export const filesFromDoc = (doc: MapDoc, article: string): MapFiles => ({
	article,
	graph: json(doc.graph),
	story: doc.story ? json(doc.story) : null
});

/** The history kept with the map, if it is one and leads to the map as it is now. */
function keptHistory(map: LocalMap, doc: MapDoc): History | null {
	const h = map.history as Partial<History> | undefined;
	if (!h || typeof h !== 'object' || !h.base || !Array.isArray(h.done) || !Array.isArray(h.undone))
		return null;
	try {
		const history = h as History;
		return json(replay(history.base, history.done)) === json(doc) ? history : null;
	} catch {
		return null;
	}
}

export type Outcome = { ok: true } | { ok: false; reason: string };

/** A change made in this tab and not yet stored: what is made again over another tab's save. */
type Action = { kind: 'apply'; edit: Edit } | { kind: 'undo' } | { kind: 'redo' };

export class EditSession {
	readonly id: string;
	map: LocalMap;
	history: History;
	doc: MapDoc;
	/** What the live check found in the last change, which was therefore not made; else empty. */
	problems: Problem[];
	/** The map as the checker accepted it, as the views show it. */
	dataset: Dataset;
	positions: Positions;
	/** The last change, said to screen readers and shown beside Undo. */
	said = $state('');
	/** The reader takes a caret, so words are selected with Shift and the arrow keys. */
	keyboardSelect = $state(false);
	/** Words chosen in the article for the next story step's passage ("Use as the step's passage"). */
	stepPassage = $state.raw<Quote | null>(null);
	/** Why the last save failed, with its fix; null once a save succeeds. */
	saveError = $state<string | null>(null);
	/** A change is shown here and not yet stored (the edit bar says "Saving…"). */
	pending = $state(false);
	/** How long the last live check took, in milliseconds (the bench reads it). */
	checkMs = 0;
	readonly #channel: MapChannel;
	#closed = false;
	/** Told of every new map at once, before anything reads it (the explorer's update). */
	#shown: ((dataset: Dataset, positions: Positions) => void)[] = [];
	#saving: Promise<void> = Promise.resolve();
	/** The stored version this tab's map was made from (its `changed`). */
	#storedAt: number;
	/** Changes shown here and not yet stored, oldest first (`pending` says whether any are). */
	#unsaved: Action[] = [];
	/** The page is being left with a change unsaved: no save waits for a paint until it is stored. */
	#rush = false;
	/** Ends a save's wait for the paint. */
	#hurry: (() => void) | null = null;
	readonly #leaving = () => {
		if (!this.pending) return;
		this.#rush = true;
		this.#hurry?.();
	};
	readonly #onHide = () => {
		if (document.visibilityState === 'hidden') this.#leaving();
	};
	/** While a change is unsaved, leaving the page asks first (and hurries the save). */
	readonly #beforeUnload = (event: BeforeUnloadEvent) => {
		this.#leaving();
		event.preventDefault();
		// Older Chromium asks only when this is set too.
		event.returnValue = '';
	};

	constructor(map: LocalMap, dataset: Dataset, positions: Positions) {
		this.id = map.id;
		const doc = docFromFiles(map.files);
		this.map = $state.raw(map);
		this.doc = $state.raw(doc);
		this.history = $state.raw(keptHistory(map, doc) ?? startHistory(doc));
		this.problems = $state.raw([]);
		this.dataset = $state.raw(dataset);
		this.positions = $state.raw(positions);
		this.#storedAt = map.changed;
		this.#channel = mapChannel(map.id, () => void this.#reload());
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', this.#onHide);
			window.addEventListener('pagehide', this.#leaving);
		}
	}

	get canUndo() {
		return this.history.done.length > 0;
	}
	get canRedo() {
		return this.history.undone.length > 0;
	}

	/** Makes `edit`; `said` describes it ("Added the node Japan"). */
	apply(edit: Edit, said: string): Outcome {
		return this.#take(record(this.history, this.doc, edit), said, { kind: 'apply', edit });
	}

	undo(): Outcome {
		return this.#take(undo(this.history), 'Undid the last change', { kind: 'undo' });
	}

	redo(): Outcome {
		return this.#take(redo(this.history, this.doc), 'Redid the change', { kind: 'redo' });
	}

	/** Resolves once every change made so far is stored (or has failed to be). */
	async saved(): Promise<void> {
		// A save that finds another tab's queues one more: wait for the chain to end.
		for (let last: Promise<void> | null = null; last !== this.#saving;) await (last = this.#saving);
	}

	/** Calls `show` with each map the session moves to, as it moves (not an effect later). */
	onShow(show: (dataset: Dataset, positions: Positions) => void) {
		this.#shown.push(show);
	}

	/**
	 * Ends the session. A save already queued still runs (the page may go on to another view):
	 * until it has ended, leaving the page still asks first and hurries it, and the other tabs
	 * are still told of it.
	 */
	close() {
		this.#closed = true;
		void this.saved().then(() => {
			this.#channel.close();
			if (typeof document === 'undefined') return;
			document.removeEventListener('visibilitychange', this.#onHide);
			window.removeEventListener('pagehide', this.#leaving);
			window.removeEventListener('beforeunload', this.#beforeUnload);
		});
	}

	/** Keeps `pending` and the leave-page guard in step with the changes not yet stored. */
	#setUnsaved(actions: Action[]) {
		this.#unsaved = actions;
		const pending = actions.length > 0;
		if (pending === this.pending) return;
		this.pending = pending;
		if (!pending) this.#rush = false;
		if (typeof window === 'undefined') return;
		if (pending && !this.#closed) window.addEventListener('beforeunload', this.#beforeUnload);
		else if (!pending) window.removeEventListener('beforeunload', this.#beforeUnload);
	}

	/**
	 * Runs the live check once on the map as opened, when the page is idle: its cache of
	 * checked passages is filled then, so the first change is checked as quickly as the rest.
	 * Not once a change has been made (its check did it) or the session has closed.
	 */
	prepare() {
		const opened = this.history;
		whenIdle(() => {
			if (!this.#closed && this.history === opened) this.#check(this.map.files);
		}, 2000);
	}

	#take(step: Step, said: string, action: Action): Outcome {
		if (!step.ok) return this.#refuse(step.reason, []);
		const files = filesFromDoc(step.doc, this.map.files.article);
		const checked = this.#check(files);
		if (!checked.ok) {
			const first = checked.problems[0]!;
			return this.#refuse(`Not changed: ${first.message}. ${first.fix}`, checked.problems);
		}
		this.problems = [];
		this.#adopt(step.history, step.doc, files, checked.dataset, Date.now());
		this.said = said;
		this.#setUnsaved([...this.#unsaved, action]);
		this.#save();
		return { ok: true };
	}

	/** Moves the session to `doc` and shows it. */
	#adopt(history: History, doc: MapDoc, files: MapFiles, dataset: Dataset, changed: number) {
		this.history = history;
		this.doc = doc;
		this.#showMap(dataset);
		this.map = { ...this.map, files, changed, history };
	}

	/**
	 * Stores the map once the change has been painted (writing a whole map holds the page's
	 * thread for a while). Saves go one after another, and one save stores every change made
	 * before it starts, so the last change is the one stored.
	 */
	#save() {
		this.#saving = this.#saving.then(async () => {
			// A hidden page paints no frames: it saves at once, as one being left does.
			const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
			if (!this.#rush && !hidden)
				await new Promise<void>((resolve) => {
					this.#hurry = resolve;
					afterPaint(resolve);
				});
			this.#hurry = null;
			if (this.#unsaved.length === 0) return;
			const map = this.map;
			const unsaved = this.#unsaved;
			// Changes made while this save runs stay unsaved, for the save they queue.
			this.#unsaved = [];
			try {
				const found = await saveMapOver(map, this.#storedAt);
				if (found) return this.#makeAgainOver(found, [...unsaved, ...this.#unsaved]);
				this.#storedAt = map.changed;
				await keepPositions(map.id, this.dataset, this.positions);
				this.saveError = null;
				this.#setUnsaved(this.#unsaved);
				this.#channel.changed();
			} catch (error) {
				this.#setUnsaved([...unsaved, ...this.#unsaved]);
				this.saveError = error instanceof Error ? error.message : String(error);
			}
		});
	}

	/**
	 * Another tab saved the map after this tab's version was made: this tab's unsaved changes are
	 * made again on top of that save and stored, or, if one of them no longer applies (or is an
	 * undo or redo, which would undo the other tab's work), that save is shown instead, and
	 * the person is told their change was not kept.
	 */
	#makeAgainOver(found: LocalMap, unsaved: Action[]) {
		this.#storedAt = found.changed;
		const again = this.#replayOver(found, unsaved);
		if (!again) {
			this.#setUnsaved([]);
			this.#takeStored(
				found,
				'This map was changed in another tab at the same time: this tab now shows that ' +
					'version, and your last change was not kept. Make it again if you still want it.'
			);
			return;
		}
		this.map = found;
		this.#adopt(again.history, again.doc, again.files, again.dataset, found.changed);
		this.said = 'This map was also changed in another tab: it now has that change and yours.';
		this.#setUnsaved(unsaved);
		this.#save();
	}

	/** `unsaved` made again on the stored `found`, each checked; null if one cannot be. */
	#replayOver(found: LocalMap, unsaved: Action[]) {
		const base = docFromFiles(found.files);
		let state = { history: keptHistory(found, base) ?? startHistory(base), doc: base };
		let made: { files: MapFiles; dataset: Dataset } | null = null;
		for (const action of unsaved) {
			if (action.kind !== 'apply') return null;
			const step = record(state.history, state.doc, action.edit);
			if (!step.ok) return null;
			const files = filesFromDoc(step.doc, found.files.article);
			const checked = this.#check(files);
			if (!checked.ok) return null;
			state = step;
			made = { files, dataset: checked.dataset };
		}
		return made && { ...state, ...made };
	}

	#showMap(made: Dataset) {
		const dataset = shareUnchanged(this.dataset, made);
		this.positions = placeNew(dataset, this.positions);
		this.dataset = dataset;
		for (const show of this.#shown) show(dataset, this.positions);
	}

	#refuse(reason: string, problems: Problem[]): Outcome {
		this.said = reason;
		this.problems = problems;
		return { ok: false, reason };
	}

	/** The live check: the checker on the map's files as `doc` would write them. */
	#check(files: MapFiles) {
		const started = performance.now();
		const checked = checkDataset({
			slug: this.map.slug,
			dir: mapFolder(this.map),
			...files
		});
		this.checkMs = performance.now() - started;
		return checked;
	}

	/** Another tab saved the map: take its version, history and all. */
	async #reload() {
		if (this.#closed) return;
		await this.saved();
		// Changes made here meanwhile are saved over that version by the save they queued.
		if (this.#unsaved.length) return;
		const map = await getMap(this.id).catch(() => undefined);
		if (!map || map.changed === this.#storedAt) return;
		this.#takeStored(map, 'This map was changed in another tab: it now shows that change.');
	}

	/** Shows the stored `map`, history and all (when it still passes the checker). */
	#takeStored(map: LocalMap, said: string) {
		this.#storedAt = map.changed;
		const doc = docFromFiles(map.files);
		const checked = this.#check(map.files);
		if (!checked.ok) return;
		this.map = map;
		this.problems = [];
		this.#adopt(
			keptHistory(map, doc) ?? startHistory(doc),
			doc,
			map.files,
			checked.dataset,
			map.changed
		);
		this.said = said;
	}
}
