/**
 * The page's side of the drafting worker: one worker, started on the first
 * draft and kept for the next (its code is then warm), each call answered by
 * its own id. Importing this module loads nothing of the drafting code itself.
 */
import type { DraftInput, DraftResult } from './index';

export interface DraftRequest {
	id: number;
	input: DraftInput;
}

export type DraftResponse =
	{ id: number; ok: true; result: DraftResult } | { id: number; ok: false; message: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: DraftResult) => void; reject: (e: Error) => void }
>();

function start(): Worker {
	const created = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
	created.onmessage = ({ data }: MessageEvent<DraftResponse>) => {
		const call = pending.get(data.id);
		if (!call) return;
		pending.delete(data.id);
		if (data.ok) call.resolve(data.result);
		else call.reject(new Error(`Drafting failed: ${data.message}`));
	};
	// A worker that cannot load or crashes fails every waiting call, and the next call starts afresh.
	created.onerror = (event) => {
		event.preventDefault();
		stop(new Error(`The drafting worker stopped: ${event.message || 'it could not be loaded'}`));
	};
	return created;
}

function stop(reason: Error) {
	worker?.terminate();
	worker = null;
	for (const call of pending.values()) call.reject(reason);
	pending.clear();
}

/** draftMap, run off the main thread. */
export function draftInWorker(input: DraftInput): Promise<DraftResult> {
	worker ??= start();
	const id = nextId++;
	const running = worker;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		running.postMessage({ id, input } satisfies DraftRequest);
	});
}

/** Ends the worker (for a page's teardown); waiting calls are refused. */
export function stopDraftWorker(): void {
	stop(new Error('The drafting worker was stopped'));
}
