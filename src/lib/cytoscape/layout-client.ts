/**
 * Positions for a dataset made in the browser. The layout is the build's own (seeded fcose and
 * the label declutter), run in a worker so the page stays responsive meanwhile; only what the
 * layout reads crosses to the worker.
 */
import type { Dataset, Positions } from '../graph/dataset';
import { callWorker } from '../browser/worker-call';
import type { LayoutInput } from './layout';

export function layoutInput(dataset: Pick<Dataset, 'nodes' | 'edges'>): LayoutInput {
	return {
		nodes: dataset.nodes.map((n) => ({ id: n.id, label: n.label, passages: n.passages.length })),
		edges: dataset.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }))
	};
}

export function layoutInWorker(dataset: Pick<Dataset, 'nodes' | 'edges'>): Promise<Positions> {
	return callWorker<LayoutInput, Positions>(
		() => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
		layoutInput(dataset)
	);
}
