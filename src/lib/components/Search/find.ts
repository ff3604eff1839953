/**
 * What a search field lists for what was typed: the nodes whose names match, then, when asked,
 * passages of the article whose words do. Fetched when a search field is first used (hovered,
 * focused or typed in), so the page's first download holds none of the matching.
 */
import type { Dataset, DatasetNode } from '$lib/graph/dataset';
import { fold, searchNodes } from '$lib/graph/search';
import { searchText, type TextMatch } from '$lib/graph/search-text';

export function find(dataset: Dataset, query: string, inText: boolean) {
	const names = searchNodes(dataset.nodes, query);
	return {
		names,
		inText: inText ? searchText(dataset, query, new Set(names.map((n) => n.id))) : []
	};
}

/** The alias that matched, when the label itself did not. */
export function matchedAlias(node: DatasetNode, query: string): string | null {
	const q = fold(query.trim());
	if (!q || fold(node.label).includes(q)) return null;
	return node.aliases?.find((a) => fold(a).includes(q)) ?? null;
}

export type { TextMatch };
