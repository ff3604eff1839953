/**
 * Everything that runs only once a graph is live: starting it, pushing the page's state in,
 * moving its camera, finding what is under a point, its stylesheet. Fetched with Cytoscape's own code when
 * a graph starts, so the first paint (the static picture, which answers taps by itself)
 * downloads none of it.
 */
export { startLiveGraph } from './live-graph';
export { syncView } from './sync-view.svelte';
export { fitVisible, keepInView, zoomAbout } from './camera';
export { nodeAt } from './events';
export { graphStyle } from './style';
