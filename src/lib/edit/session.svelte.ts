/**
 * Editing one map kept in this browser: every change goes through `apply` (or undo and redo),
 * which makes the edit on the map's files, runs the checker on them (the live check), shows the
 * result in the views, saves the map with its history at once, and tells the map's other tabs.
 *
 * A change the checker would object to is not made: the person is told why, with the fix,
 * and the problems are listed. So the stored map always opens, exports and publishes, and
 * undo never walks back into a map the views cannot show.
 */
import { afterPaint } from '../browser/after-paint';
import { checkDataset } from '../graph/check';
import type { Dataset, Positions } from '../graph/dataset';
import type { Problem } from '../graph/problems';
import type { Graph, Quote } from '../graph/schema';
import type { StoryInput } from '../graph/story';
import { keepPositions, mapFolder } from '../local/open';
import { getMap, saveMap } from '../local/store';
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
	/** How long the last live check took, in milliseconds (the bench reads it). */
	checkMs = 0;
	readonly #channel: MapChannel;
	/** Told of every new map at once, before anything reads it (the explorer's update). */
	#shown: ((dataset: Dataset, positions: Positions) => void)[] = [];
	#saving: Promise<void> = Promise.resolve();

	constructor(map: LocalMap, dataset: Dataset, positions: Positions) {
		this.id = map.id;
		const doc = docFromFiles(map.files);
		this.map = $state.raw(map);
		this.doc = $state.raw(doc);
		this.history = $state.raw(keptHistory(map, doc) ?? startHistory(doc));
		this.problems = $state.raw([]);
		this.dataset = $state.raw(dataset);
		this.positions = $state.raw(positions);
		this.#channel = mapChannel(map.id, () => void this.#reload());
	}

	get canUndo() {
		return this.history.done.length > 0;
	}
	get canRedo() {
		return this.history.undone.length > 0;
	}

	/** Makes `edit`; `said` describes it ("Added the node Japan"). */
	apply(edit: Edit, said: string): Outcome {
		return this.#take(record(this.history, this.doc, edit), said);
	}

	undo(): Outcome {
		return this.#take(undo(this.history), 'Undid the last change');
	}

	redo(): Outcome {
		return this.#take(redo(this.history, this.doc), 'Redid the change');
	}

	/** Resolves once every change made so far is stored (or has failed to be). */
	saved(): Promise<void> {
		return this.#saving;
	}

	/** Calls `show` with each map the session moves to, as it moves (not an effect later). */
	onShow(show: (dataset: Dataset, positions: Positions) => void) {
		this.#shown.push(show);
	}

	close() {
		this.#channel.close();
	}

	#take(step: Step, said: string): Outcome {
		if (!step.ok) return this.#refuse(step.reason, []);
		const files = filesFromDoc(step.doc, this.map.files.article);
		const checked = this.#check(files);
		if (!checked.ok) {
			const first = checked.problems[0]!;
			return this.#refuse(`Not changed: ${first.message}. ${first.fix}`, checked.problems);
		}
		this.problems = [];
		this.history = step.history;
		this.doc = step.doc;
		this.#showMap(checked.dataset);
		this.said = said;
		this.map = { ...this.map, files, changed: Date.now(), history: step.history };
		const map = this.map;
		const dataset = this.dataset;
		const positions = this.positions;
		// Saves go one after another, so the last change is the one stored; each starts once the
		// change has been painted (writing a whole map holds the page's thread for a while).
		this.#saving = this.#saving.then(async () => {
			await new Promise<void>((resolve) => afterPaint(resolve));
			try {
				await saveMap(map);
				await keepPositions(map.id, dataset, positions);
				this.saveError = null;
				this.#channel.changed();
			} catch (error) {
				this.saveError = error instanceof Error ? error.message : String(error);
			}
		});
		return { ok: true };
	}

	#showMap(dataset: Dataset) {
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
		await this.#saving;
		const map = await getMap(this.id).catch(() => undefined);
		if (!map || map.changed <= this.map.changed) return;
		const doc = docFromFiles(map.files);
		const checked = this.#check(filesFromDoc(doc, map.files.article));
		if (!checked.ok) return;
		this.map = map;
		this.history = keptHistory(map, doc) ?? startHistory(doc);
		this.doc = doc;
		this.problems = [];
		this.#showMap(checked.dataset);
		this.said = 'This map was changed in another tab: it now shows that change.';
	}
}
