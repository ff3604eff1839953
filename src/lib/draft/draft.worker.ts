/**
 * The drafting worker: a few lines around draftMap, so that the NLP code and
 * its word lists load only in here, and a long article never blocks the page.
 */
import { draftMap } from './index';
import type { DraftRequest, DraftResponse } from './client';

interface WorkerScope {
	onmessage: ((event: MessageEvent<DraftRequest>) => void) | null;
	postMessage(message: DraftResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
	try {
		scope.postMessage({ id: data.id, ok: true, result: draftMap(data.input) });
	} catch (error) {
		scope.postMessage({
			id: data.id,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
