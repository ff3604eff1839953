/**
 * Cytoscape's renderer options, chosen by the size of the graph. Small graphs
 * get the full picture at every moment; large ones trade detail during pan
 * and zoom for frame rate, and may opt in to the WebGL renderer.
 */
import type { CytoscapeOptions } from 'cytoscape';

/** Above this many nodes a graph counts as large. */
export const largeGraphAbove = 300;

export const isLarge = (nodeCount: number) => nodeCount > largeGraphAbove;

export interface RenderChoice {
	/** The WebGL renderer (Cytoscape 3.31+): for large graphs on real GPUs, opt-in by `?renderer=webgl`. */
	webgl?: boolean;
}

export function renderOptions(nodeCount: number, choice: RenderChoice = {}): CytoscapeOptions {
	const large = isLarge(nodeCount);
	return {
		// A large graph's fit is far below 0.2; without this the first view would crop it.
		minZoom: large ? 0.01 : 0.2,
		maxZoom: 4,
		// While the user pans or zooms: a snapshot of the picture instead of redrawing every element.
		textureOnViewport: large,
		hideEdgesOnViewport: large,
		// Large graphs draw at CSS pixels, a quarter of the work on a high-density screen.
		...(large ? { pixelRatio: 1 } : {}),
		// Top-level rendering hints reach the renderer as `renderer: { name: 'canvas', webgl: true }`
		// would, and survive an instance created headless and mounted later.
		...(choice.webgl ? { webgl: true } : {})
	};
}

/** The renderer asked for in the page's address (`?renderer=webgl`), if this browser can give it. */
export function rendererFromUrl(search: string, canWebgl: () => boolean): RenderChoice {
	return new URLSearchParams(search).get('renderer') === 'webgl' && canWebgl()
		? { webgl: true }
		: {};
}
