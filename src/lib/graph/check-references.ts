/**
 * What the schema cannot see element by element: ids are unique, edges join
 * existing nodes, no edge repeats another, and actor kinds and assertions are
 * coherent. Reads the graph before (and whatever) the schema says of it.
 */
import { excerpt, isObject, show } from './loose';
import type { Report } from './problems';
import { actorKinds, symmetricRelations } from './vocabulary';

/** Ids are unique, edges join existing nodes, and actor kinds and assertions are coherent. */
export function checkReferences(nodes: unknown[], edges: unknown[], report: Report) {
	const seen = new Map<string, string>();
	const nodeIds = new Set<string>();
	const claim = (element: unknown, path: string) => {
		if (!isObject(element) || typeof element.id !== 'string') return;
		const first = seen.get(element.id);
		if (first) {
			report(
				`${path}.id`,
				`the id "${excerpt(element.id)}" is already used at ${first}`,
				'Give every node and edge its own id.'
			);
		} else seen.set(element.id, path);
	};
	nodes.forEach((node, i) => {
		claim(node, `nodes[${i}]`);
		if (!isObject(node)) return;
		if (typeof node.id === 'string') nodeIds.add(node.id);
		if (node.type === 'actor' && node.kind === undefined) {
			report(
				`nodes[${i}].kind`,
				`the actor "${show(node.id)}" has no "kind"`,
				`Add "kind": one of ${actorKinds.join(', ')}.`
			);
		} else if (node.type !== 'actor' && node.kind !== undefined) {
			report(
				`nodes[${i}].kind`,
				`"kind" is only for actors, but "${show(node.id)}" is of type "${show(node.type)}"`,
				'Remove "kind", or change "type" to "actor".'
			);
		}
	});
	const pairs = new Map<string, string>();
	edges.forEach((edge, i) => {
		claim(edge, `edges[${i}]`);
		if (!isObject(edge)) return;
		const path = `edges[${i}]`;
		for (const end of ['source', 'target'] as const) {
			const ref = edge[end];
			if (typeof ref === 'string' && !nodeIds.has(ref)) {
				report(
					`${path}.${end}`,
					`the edge "${show(edge.id)}" names ${end} "${excerpt(ref)}", which is no node's id`,
					`Use the id of an existing node, or add a node with id "${excerpt(ref)}".`
				);
			}
		}
		if (edge.source === edge.target && typeof edge.source === 'string') {
			report(
				`${path}.target`,
				`the edge "${show(edge.id)}" joins "${excerpt(edge.source)}" to itself`,
				'Point the edge at another node, or remove it.'
			);
		}
		const symmetric = symmetricRelations.includes(edge.relation as never);
		const ends = [edge.source, edge.target].map(show);
		const key = `${(symmetric ? ends.sort() : ends).join('→')}:${show(edge.relation)}`;
		const first = pairs.get(key);
		if (first) {
			report(
				path,
				`the edge "${show(edge.id)}" repeats ${first}: same ends and relation "${show(edge.relation)}"`,
				'Merge their evidence into one edge and remove the other.'
			);
		} else pairs.set(key, path);
		const asserted = isObject(edge.assertedBy) ? edge.assertedBy : null;
		if (asserted?.by === 'actor' && typeof asserted.actor !== 'string') {
			report(
				`${path}.assertedBy`,
				`the edge "${show(edge.id)}" is asserted by an actor but names none`,
				'Add "actor": the id of the node whose words these are.'
			);
		} else if (typeof asserted?.actor === 'string' && !nodeIds.has(asserted.actor)) {
			report(
				`${path}.assertedBy.actor`,
				`the edge "${show(edge.id)}" is asserted by "${excerpt(asserted.actor)}", which is no node's id`,
				'Use the id of an existing node.'
			);
		}
	});
}
