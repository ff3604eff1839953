/**
 * A map made again after an edit, with every part the edit left as it was taken from the map
 * before it: the same node, relation, source, blocks and story objects. Views that render per
 * element then see only what changed, and redraw only that.
 */
import equal from 'fast-deep-equal';
import type { Dataset } from './dataset';

/** `after`, each element equal to the one of its id in `before` replaced by that one. */
function reuse<T extends { id: string }>(before: T[], after: T[]): T[] {
	const byId = new Map(before.map((x) => [x.id, x]));
	let all = before.length === after.length;
	const shared = after.map((x, i) => {
		const was = byId.get(x.id);
		const kept = was !== undefined && equal(was, x);
		if (!kept || before[i] !== was) all = false;
		return kept ? was : x;
	});
	// Nothing changed, nothing moved: the list itself is the one before.
	return all ? before : shared;
}

const same = <T>(before: T, after: T): T => (equal(before, after) ? before : after);

export function shareUnchanged(before: Dataset, after: Dataset): Dataset {
	if (before.text !== after.text) return after;
	return {
		...after,
		source: same(before.source, after.source),
		blocks: same(before.blocks, after.blocks),
		nodes: reuse(before.nodes, after.nodes),
		edges: reuse(before.edges, after.edges),
		...(after.story && { story: same(before.story, after.story) })
	};
}
