/**
 * The export formats the menu offers. Each one loads its code with a dynamic
 * import when chosen, so none of it (the picture exports, the serializers) is in the
 * explorer's first download.
 */
import type { Core } from 'cytoscape';
import type { Dataset, Positions } from '$lib/graph/dataset';
import { typeColour } from '$lib/cytoscape/scales';

export interface ExportContext {
	dataset: Dataset;
	cy: Core;
	/** What a picture holds: the whole graph, or what the screen shows now. */
	extent: 'whole' | 'shown';
	/** The drafts are left out: `dataset` holds none, and pictures do not draw them. */
	withoutDrafts: boolean;
}

/** The ids of a dataset's nodes and edges: what an export without its drafts keeps of the graph. */
export const elementIds = (dataset: Dataset): ReadonlySet<string> =>
	new Set([...dataset.nodes, ...dataset.edges].map((x) => x.id));

export interface ExportFormat {
	id: string;
	label: string;
	/** What the file is good for, shown under the label. */
	hint: string;
	/** Pictures show the graph as filtered on screen; data files hold all of it. */
	kind: 'picture' | 'data';
	/** The file's name from its base: the slug for data, the view's name for a picture. */
	filename: (base: string) => string;
	make: (context: ExportContext) => Promise<Blob>;
}

const text = (content: string, type: string) => new Blob([content], { type });
const xmlType = 'application/xml;charset=utf-8';

async function positions(cy: Core): Promise<Positions> {
	return (await import('$lib/cytoscape/live-positions')).livePositions(cy);
}

const png = (scale: number, hint: string): ExportFormat => ({
	id: `png-${scale}x`,
	label: `PNG image, ${scale}×`,
	hint,
	kind: 'picture',
	filename: (base) => `${base}@${scale}x.png`,
	make: async ({ cy, dataset, extent }) =>
		(await import('$lib/cytoscape/export-image')).graphPng(cy, dataset.source, scale, extent)
});

export const exportFormats: ExportFormat[] = [
	png(2, 'For slides and documents'),
	png(4, 'For print and posters'),
	{
		id: 'svg',
		label: 'SVG image',
		hint: 'Vector: sharp at any size, editable',
		kind: 'picture',
		filename: (base) => `${base}.svg`,
		make: async ({ cy, dataset, extent }) =>
			(await import('$lib/cytoscape/export-image')).graphSvg(cy, dataset.source, extent)
	},
	{
		id: 'graph-json',
		label: 'Graph JSON',
		hint: 'This app’s format, every passage included',
		kind: 'data',
		filename: (slug) => `${slug}.json`,
		make: async ({ dataset }) =>
			text((await import('$lib/graph/export/graph-json')).toGraphJson(dataset), 'application/json')
	},
	{
		id: 'cytoscape-json',
		label: 'Cytoscape.js JSON',
		hint: 'For Cytoscape.js and Cytoscape desktop (.cyjs)',
		kind: 'data',
		filename: (slug) => `${slug}.cyjs`,
		make: async ({ cy, dataset, withoutDrafts }) =>
			(await import('$lib/cytoscape/export-json')).cytoscapeJson(
				cy,
				withoutDrafts ? elementIds(dataset) : undefined
			)
	},
	{
		id: 'graphml',
		label: 'GraphML',
		hint: 'For Gephi, Cytoscape desktop and yEd',
		kind: 'data',
		filename: (slug) => `${slug}.graphml`,
		make: async ({ cy, dataset }) => {
			const { toGraphML } = await import('$lib/graph/export/graphml');
			return text(toGraphML(dataset, await positions(cy), { nodeColour: typeColour }), xmlType);
		}
	},
	{
		id: 'gexf',
		label: 'GEXF',
		hint: 'For Gephi and Gephi Lite',
		kind: 'data',
		filename: (slug) => `${slug}.gexf`,
		make: async ({ cy, dataset }) => {
			const { toGEXF } = await import('$lib/graph/export/gexf');
			return text(toGEXF(dataset, await positions(cy), { nodeColour: typeColour }), xmlType);
		}
	}
];
