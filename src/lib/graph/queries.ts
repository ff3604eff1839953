/**
 * Questions asked of a checked dataset: who is next to whom, how two nodes
 * connect, which elements a stretch of the article supports. Each has a file of
 * its own; this one gathers them. Search (search.ts, search-text.ts) is not
 * among them: it loads when a search field is first used.
 */
export type { ElementRef } from './dataset';
export {
	indexGraph,
	neighbourhood,
	otherEnd,
	shortestPath,
	type GraphIndex,
	type PathStep
} from './traversal';
export { elementsAt, segmentRanges, segmentText, type Segment } from './segments';
