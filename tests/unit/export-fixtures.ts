/**
 * Datasets for the export tests: the bundled article, the checker's `valid`
 * fixture, and that fixture with labels full of characters XML must escape.
 */
import { join } from 'node:path';
import { checkFolder, dataRoot } from '../../src/lib/server/datasets';
import type { Dataset, Positions } from '../../src/lib/graph/dataset';
import { typeColour } from '../../src/lib/cytoscape/scales';

export function checked(dir: string): Dataset {
	const result = checkFolder(dir);
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result.dataset;
}

export const bundled = () => checked(join(dataRoot, 'camp-david-2023'));
export const valid = () => checked(join(process.cwd(), 'tests/fixtures/datasets/valid'));

/** Hostile text: markup, both quote styles, an ampersand and control characters. */
export const hostile = `Alpha & <Beta> "double" 'single'\u0001\u0008 end`;
export const hostileClean = `Alpha & <Beta> "double" 'single' end`;

export function withHostileText(): Dataset {
	const dataset = valid();
	dataset.nodes[0]!.label = hostile;
	dataset.nodes[0]!.summary = `${hostile}\nsecond line`;
	dataset.edges[0]!.label = hostile;
	return dataset;
}

/** Positions on a diagonal, distinct per node, with one at the origin. */
export function diagonal(dataset: Dataset): Positions {
	return Object.fromEntries(dataset.nodes.map((n, i) => [n.id, { x: i * 40, y: i * 25 }]));
}

export const look = { nodeColour: typeColour };
