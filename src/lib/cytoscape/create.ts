/**
 * Creates a Cytoscape instance in steps, each its own task: the stylesheet,
 * then the elements in chunks, then the renderer. No single step blocks input
 * for long (on a phone the whole would be one long task), and the instance
 * stays headless until every element is in, so the first frame draws the
 * whole graph once.
 */
import type Cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { fitPadding } from './camera';

const chunk = 2000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves with the mounted instance, or null if `live()` turned false on the way. */
export async function createInSteps(
	cytoscape: typeof Cytoscape,
	container: HTMLElement,
	elements: ElementDefinition[],
	options: CytoscapeOptions,
	live: () => boolean
): Promise<Core | null> {
	// Mounting applies the stylesheet to every element: styling while adding too splits a small
	// graph's work into shorter tasks, but for a large one it would double the biggest step.
	const cy = cytoscape({ ...options, headless: true, styleEnabled: elements.length <= chunk });
	for (let i = 0; i < elements.length; i += chunk) {
		await nextTask();
		if (!live()) return (cy.destroy(), null);
		cy.add(elements.slice(i, i + chunk));
	}
	await nextTask();
	if (!live()) return (cy.destroy(), null);
	cy.mount(container);
	cy.fit(undefined, fitPadding);
	return cy;
}
