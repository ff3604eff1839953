/** How the editing components name what they change, in the words the panel uses. */
import type { ElementRef } from '$lib/graph/dataset';
import type { GraphIndex } from '$lib/graph/traversal';
import { nodeName, shortLabel } from '$lib/graph/label';

export function refName(index: GraphIndex, ref: ElementRef): string {
	if (ref.kind === 'node') return shortLabel(nodeName(index, ref.id), 60);
	const edge = index.edges.get(ref.id);
	if (!edge) return ref.id;
	const end = (id: string) => shortLabel(nodeName(index, id), 30);
	return `${end(edge.source)} ${edge.label} ${end(edge.target)}`;
}
