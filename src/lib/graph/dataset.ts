/** A checked dataset: the graph with every quote resolved to offsets in the article. */
import type { Assertion, GraphEdge, GraphNode, Source } from './schema';
import type { Block } from './text';
import type { BlockRole } from './vocabulary';
import type { Story } from './story';

export interface Passage {
	/** The quote as it stands in the article (equal to `text.slice(start, end)`). */
	exact: string;
	start: number;
	end: number;
	/** 1-based block of the article holding the passage. */
	block: number;
	role: BlockRole;
	/** 1-based body paragraph; null in the headline, caption or author note. */
	paragraph: number | null;
	/** The surrounding sentence(s), shown in lighter text around the passage. */
	context: { start: number; end: number };
}

export interface DatasetNode extends Omit<GraphNode, 'evidence'> {
	passages: Passage[];
}

export interface DatasetEdge extends Omit<GraphEdge, 'evidence' | 'assertedBy'> {
	assertedBy: Assertion;
	passages: Passage[];
}

export interface Dataset {
	slug: string;
	source: Omit<Source, 'blocks'>;
	text: string;
	blocks: Block[];
	nodes: DatasetNode[];
	edges: DatasetEdge[];
	/** The guided presentation, when the dataset has a story.json. */
	story?: Story;
}

/** A node or an edge of a dataset, by id. */
export type ElementRef = { kind: 'node' | 'edge'; id: string };

/** Where a rendered node sits, in model coordinates, computed at build time. */
export type Positions = Record<string, { x: number; y: number }>;
