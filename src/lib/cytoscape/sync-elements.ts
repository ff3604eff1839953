/**
 * An edited map into the running graph: what went is removed, what is new is added at its
 * position, and what changed has its data (and a relation its ends) updated in place, in one
 * batch. The camera, the theme and the emphasis stay as they are; the view's effects re-apply
 * the emphasis to the new elements. Says how many elements it added and removed.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Dataset, Positions } from '../graph/dataset';
import { toElements } from './elements';

type Data = Record<string, unknown>;

const sameData = (a: Data, b: Data) => Object.keys(b).every((k) => a[k] === b[k]);

export function syncElements(
	cy: Core,
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions
): { added: number; removed: number } {
	const wanted = toElements(dataset, positions);
	const ids = new Set(wanted.map((d) => d.data.id));
	let removed = 0;
	const added: ElementDefinition[] = [];
	cy.batch(() => {
		// Nodes last: a removed node takes its relations with it.
		removed += cy
			.edges()
			.filter((e) => !ids.has(e.id()))
			.remove().length;
		removed += cy
			.nodes()
			.filter((n) => !ids.has(n.id()))
			.remove().length;
		for (const def of wanted) {
			const el = cy.getElementById(def.data.id!);
			if (el.empty()) {
				added.push(def);
				continue;
			}
			const { source, target, ...data } = def.data as Data;
			if (el.isEdge() && (el.data('source') !== source || el.data('target') !== target))
				el.move({ source: String(source), target: String(target) });
			if (!sameData(el.data() as Data, data)) el.data(data);
		}
		// Nodes come first in `wanted`, so a new relation's new end exists when it is added.
		if (added.length) cy.add(added);
	});
	return { added: added.length, removed };
}
