/**
 * An edited map into the running graph: what went is removed, what is new is added at its
 * position, and what changed has its data (and a relation its ends) updated in place, in one
 * batch. The camera, the theme and the emphasis stay as they are; the view's effects re-apply
 * the emphasis to the new elements.
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
) {
	const wanted = toElements(dataset, positions);
	const ids = new Set(wanted.map((d) => d.data.id));
	cy.batch(() => {
		// Nodes last: a removed node takes its relations with it.
		cy.edges()
			.filter((e) => !ids.has(e.id()))
			.remove();
		cy.nodes()
			.filter((n) => !ids.has(n.id()))
			.remove();
		const added: ElementDefinition[] = [];
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
}
