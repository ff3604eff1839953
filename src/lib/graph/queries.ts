/**
 * Questions asked of a checked dataset: who is next to whom, how two nodes
 * connect, which elements a stretch of the article supports, and which nodes
 * a search names. Each has a file of its own; this one gathers them.
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
export { fold, searchNodes } from './search';
