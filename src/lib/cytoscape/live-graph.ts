/**
 * The live graph: Cytoscape loaded, created in steps on the container, its listeners bound,
 * and a report once it has drawn its first frame. `destroy` is the teardown checklist.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import type { Dataset, Positions } from '../graph/dataset';
import { openOnSelection } from './camera';
import { createInSteps } from './create';
import { toElements } from './elements';
import { bindEvents, type GraphEvents } from './events';
import { loadCytoscape } from './load';
import { renderOptions, type RenderChoice } from './render-options';
import { schedule, type Schedule } from './schedule';
import { shareHitTests } from './shared-hits';

export interface LiveGraph {
	cy: Core;
	/** Frames and after-paint work for this instance, cancelled with it. */
	schedule: Schedule;
	destroy(): void;
}

export interface LiveGraphOptions {
	dataset: Pick<Dataset, 'nodes' | 'edges'>;
	positions: Positions;
	style: StylesheetJson;
	renderer: RenderChoice;
	events: GraphEvents;
	/** The selected node or relation, which a narrow screen opens on. */
	selected: string | undefined;
	/** Called once the first frame is on screen. */
	drawn(cy: Core): void;
}

type TestWindow = { __cy?: Core };
const testHooks = import.meta.env.VITE_TEST_HOOKS === '1';

/**
 * Resolves with the running graph, or null if `live()` turned false on the way (nothing is
 * left behind then); rejects if Cytoscape's code could not be fetched.
 */
export async function startLiveGraph(
	container: HTMLElement,
	options: LiveGraphOptions,
	live: () => boolean
): Promise<LiveGraph | null> {
	const cytoscape = await loadCytoscape();
	if (!live()) return null;
	const cy = await createInSteps(
		cytoscape,
		container,
		toElements(options.dataset, options.positions),
		{
			style: options.style,
			...renderOptions(options.dataset.nodes.length, options.renderer),
			boxSelectionEnabled: false,
			autounselectify: true
		},
		live
	);
	if (!cy) return null;

	const frames = schedule();
	const unbind = bindEvents(cy, container, options.events, frames);
	const unshare = options.renderer.webgl ? () => {} : shareHitTests(cy);
	openOnSelection(cy, options.selected, container.clientWidth);

	const drawn = () => {
		if (testHooks) (window as TestWindow).__cy = cy;
		options.drawn(cy);
	};
	// The WebGL renderer emits no 'render' event: its first frame is drawn in the next one.
	if (options.renderer.webgl) frames.frame(() => frames.frame(drawn));
	else cy.one('render', drawn);

	return {
		cy,
		schedule: frames,
		destroy() {
			frames.cancel();
			unbind();
			unshare();
			cy.removeAllListeners();
			cy.destroy();
			if (testHooks && (window as TestWindow).__cy === cy) delete (window as TestWindow).__cy;
		}
	};
}
