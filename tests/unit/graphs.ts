/**
 * Shared fixtures for the unit tests: the checked datasets on disk, and
 * small hand-made graphs for cases the datasets do not show.
 */
import { join } from 'node:path';
import cytoscape, { type CytoscapeOptions } from 'cytoscape';
import { toElements } from '../../src/lib/cytoscape/elements';
import type {
	Dataset,
	DatasetEdge,
	DatasetNode,
	Passage,
	Positions
} from '../../src/lib/graph/dataset';
import type { NodeType, RelationType, Stance } from '../../src/lib/graph/vocabulary';
import { checkFolder } from '../../src/lib/server/datasets';

function load(dir: string): Dataset {
	const result = checkFolder(join(process.cwd(), dir));
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result.dataset;
}

/** tests/fixtures/datasets/valid: alpha, beta, gamma-missiles; alpha-allied-beta, alpha-worried. */
export const loadValid = () => load('tests/fixtures/datasets/valid');

/** The real dataset: the Camp David op-ed. */
export const loadCampDavid = () => load('graph-data/camp-david-2023');

/**
 * A headless Cytoscape instance holding `dataset` at `positions`, as GraphCanvas makes it:
 * 'preset' keeps the positions given (the default 'null' layout moves every node to (0, 0)).
 */
export const headlessGraph = (
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	positions: Positions,
	options: CytoscapeOptions = {}
) =>
	cytoscape({
		headless: true,
		elements: toElements(dataset, positions),
		layout: { name: 'preset' },
		...options
	});

/** A passage at [start, end); the other fields do not matter to the code under test. */
export function passage(start: number, end: number): Passage {
	return {
		exact: '',
		start,
		end,
		block: 1,
		role: 'body',
		paragraph: 1,
		context: { start, end }
	};
}

export function node(
	id: string,
	options: {
		label?: string;
		aliases?: string[];
		type?: NodeType;
		passages?: [number, number][];
	} = {}
): DatasetNode {
	return {
		id,
		label: options.label ?? id,
		type: options.type ?? 'actor',
		aliases: options.aliases ?? [],
		summary: `The node ${id}.`,
		passages: (options.passages ?? [[0, 1]]).map(([s, e]) => passage(s, e))
	};
}

/** An edge with id `source-target` unless given. */
export function edge(
	source: string,
	target: string,
	options: {
		id?: string;
		relation?: RelationType;
		stance?: Stance;
		passages?: [number, number][];
	} = {}
): DatasetEdge {
	return {
		id: options.id ?? `${source}-${target}`,
		source,
		target,
		relation: options.relation ?? 'affects',
		label: 'affects',
		stance: options.stance ?? 'neutral',
		assertedBy: { by: 'authors' },
		basis: 'stated',
		passages: (options.passages ?? [[0, 1]]).map(([s, e]) => passage(s, e))
	};
}

/** A graph of bare nodes joined by edges, written as "a-b" pairs. */
export function graph(
	ids: string[],
	pairs: string[]
): { nodes: DatasetNode[]; edges: DatasetEdge[] } {
	return {
		nodes: ids.map((id) => node(id)),
		edges: pairs.map((pair) => {
			const [source, target] = pair.split('-') as [string, string];
			return edge(source, target);
		})
	};
}
