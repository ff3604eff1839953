/**
 * Opening a map kept in this browser: its files are read from the store, checked by the same
 * checker as the bundled datasets (in a worker), and laid out in a worker (the positions are kept with the
 * map, keyed by what the layout reads, so a map opens at once the next time and looks the same).
 */
import { checkDataset, type CheckResult, type DatasetFiles } from '../graph/check';
import { callWorker } from '../browser/worker-call';
import type { Dataset, Positions } from '../graph/dataset';
import type { Problem } from '../graph/problems';
import { layoutInput, layoutInWorker } from '../cytoscape/layout-client';
import { getMap, loadScratch, saveScratch } from './store';
import type { LocalMap } from './types';

export type Opened =
	| { ok: true; map: LocalMap; dataset: Dataset; positions: Positions }
	| { ok: false; reason: 'missing'; id: string }
	| { ok: false; reason: 'storage'; message: string }
	| { ok: false; reason: 'problems'; map: LocalMap; problems: Problem[] };

/** How a stored map is named in the checker's messages. */
export const mapFolder = (map: Pick<LocalMap, 'slug'>) => `your map “${map.slug}”`;

export async function openLocalMap(id: string): Promise<Opened> {
	let map: LocalMap | undefined;
	try {
		map = await getMap(id);
	} catch (error) {
		return {
			ok: false,
			reason: 'storage',
			message: error instanceof Error ? error.message : String(error)
		};
	}
	if (!map) return { ok: false, reason: 'missing', id };
	const checked = await checkOffThread({ slug: map.slug, dir: mapFolder(map), ...map.files });
	if (!checked.ok) return { ok: false, reason: 'problems', map, problems: checked.problems };
	return {
		ok: true,
		map,
		dataset: checked.dataset,
		positions: await positionsFor(id, checked.dataset)
	};
}

/**
 * The checker in a worker (resolving every quote of a long article takes longer than a frame);
 * in the page itself where a worker cannot start.
 */
async function checkOffThread(files: DatasetFiles): Promise<CheckResult> {
	if (typeof Worker === 'undefined') return checkDataset(files);
	try {
		return await callWorker<DatasetFiles, CheckResult>(
			() => new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' }),
			files
		);
	} catch {
		return checkDataset(files);
	}
}

/** FNV-1a of a string, as 8 hex digits: enough to tell one layout input from another. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

const positionsKey = (id: string) => `positions:${id}`;
const layoutKey = (dataset: Dataset) => hash(JSON.stringify(layoutInput(dataset)));

async function positionsFor(id: string, dataset: Dataset): Promise<Positions> {
	const input = layoutKey(dataset);
	const kept = await loadScratch<{ input: string; positions: Positions }>(positionsKey(id)).catch(
		() => undefined
	);
	if (kept?.input === input) return kept.positions;
	const positions = dataset.nodes.length ? await layoutInWorker(dataset) : {};
	await keepPositions(id, dataset, positions);
	return positions;
}

/**
 * Keeps the positions the map is drawn at (an edited map's, with its new nodes placed among
 * the old), so the next opening draws the same picture. A map that cannot keep them is laid out
 * again next time: the same picture for an unedited map, a little later.
 */
export async function keepPositions(id: string, dataset: Dataset, positions: Positions) {
	await saveScratch(positionsKey(id), { input: layoutKey(dataset), positions }).catch(() => {});
}
