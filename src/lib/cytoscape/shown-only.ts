/**
 * The graph drawn with only some elements, for as long as a picture of it is made: the others
 * are hidden by a style bypass (the filters hide with a class, so they are left as they were)
 * and shown again afterwards, whatever happens.
 */
import type { Core } from 'cytoscape';

export async function withOnly<T>(
	cy: Core,
	keep: ReadonlySet<string>,
	make: () => Promise<T>
): Promise<T> {
	const others = cy.elements().filter((el) => !keep.has(el.id()));
	if (others.empty()) return make();
	others.style('display', 'none');
	try {
		return await make();
	} finally {
		others.removeStyle('display');
	}
}
