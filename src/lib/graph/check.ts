/**
 * The checker: parses a dataset's files, validates them against the schema,
 * resolves every quote in the article and reports every problem at once.
 * It reads no files itself, so it runs the same in Node, tests and browsers.
 * Each kind of check has a file of its own; this one runs them in order.
 */
import * as v from 'valibot';
import { anchorEvidence, quoteAnchor } from './check-quotes';
import { checkReferences } from './check-references';
import { checkVoice } from './check-voice';
import { sizeProblems } from './check-size';
import type { Dataset, DatasetEdge, DatasetNode, Passage } from './dataset';
import { parseJson } from './json-position';
import { isObject, list, type Loose } from './loose';
import type { Problem, Report } from './problems';
import { GraphSchema, type Graph } from './schema';
import { describeIssue, issuePath } from './schema-messages';
import { checkStory, type Story } from './story';
import { splitBlocks, type Block } from './text';

export interface DatasetFiles {
	slug: string;
	/** Folder of the dataset relative to the project root, used in messages. */
	dir: string;
	/** Contents of article.txt, or null when the file does not exist. */
	article: string | null;
	/** Contents of graph.json, or null when the file does not exist. */
	graph: string | null;
	/** Contents of story.json, the optional presentation; null or absent when there is none. */
	story?: string | null;
}

export type CheckResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Checks one dataset; on success returns it with every quote resolved. */
export function checkDataset(files: DatasetFiles): CheckResult {
	const graphFile = `${files.dir}/graph.json`;
	const articleFile = `${files.dir}/article.txt`;
	const problems = sizeProblems(
		{ file: graphFile, text: files.graph },
		{ file: articleFile, text: files.article }
	);
	if (problems.length > 0) return { ok: false, problems };
	const add = (file: string, path: string, message: string, fix: string) =>
		problems.push({ file, path, message, fix });
	const inGraph: Report = (path, message, fix) => add(graphFile, path, message, fix);

	const text = files.article;
	if (text === null) {
		add(
			articleFile,
			'$',
			'the article file is missing',
			`Put the article's text, byte for byte as published, in ${articleFile}.`
		);
	} else if (text.trim() === '') {
		add(
			articleFile,
			'$',
			'the article file is empty',
			`Paste the article's text, byte for byte as published, into ${articleFile}.`
		);
	}

	if (files.graph === null) {
		inGraph(
			'$',
			'the graph file is missing',
			`Create ${graphFile} with "source", "nodes" and "edges" (see the README's data format).`
		);
		return { ok: false, problems };
	}
	const json = parseJson(files.graph);
	if (!json.ok) {
		inGraph(
			'$',
			`the file is not valid JSON: ${json.message}`,
			'Fix the JSON syntax at the line and column named (a missing comma, quote or bracket is the usual cause).'
		);
		return { ok: false, problems };
	}
	const raw = json.value;

	const parsed = v.safeParse(GraphSchema, raw, { abortEarly: false });
	if (!parsed.success) {
		for (const issue of parsed.issues) inGraph(issuePath(issue), ...describeIssue(issue));
	}

	const graph = (isObject(raw) ? raw : {}) as Loose;
	const nodes = list(graph.nodes);
	const edges = list(graph.edges);
	checkReferences(nodes, edges, inGraph);

	const source = isObject(graph.source) ? graph.source : {};
	const roles = isObject(source.blocks) ? source.blocks : null;
	const blocks = text ? splitBlocks(text, (roles ?? {}) as Record<string, never>) : [];
	if (text && roles) checkBlockNumbers(Object.keys(roles), blocks.length, inGraph);

	const anchor = text?.trim() ? quoteAnchor(text, blocks) : null;
	const passages = {
		nodes: anchor ? anchorEvidence(nodes, 'nodes', anchor, inGraph) : [],
		edges: anchor ? anchorEvidence(edges, 'edges', anchor, inGraph) : []
	};
	edges.forEach((edge, i) => checkVoice(edge, passages.edges[i] ?? [], `edges[${i}]`, inGraph));

	let story: Story | null = null;
	if (files.story != null && text) {
		const ids = (items: unknown[]) =>
			new Set(items.map((x) => (isObject(x) ? x.id : null)).filter((x) => typeof x === 'string'));
		const checked = checkStory(
			files.story,
			`${files.dir}/story.json`,
			{
				nodes: ids(nodes),
				edges: ids(edges),
				ends: new Map(
					edges
						.filter(isObject)
						.filter((e) => typeof e.id === 'string')
						.map((e) => [e.id as string, [String(e.source), String(e.target)] as const])
				)
			},
			// A text of spaces alone has no passages: every story quote is reported missing.
			anchor ?? quoteAnchor(text, blocks)
		);
		problems.push(...checked.problems);
		story = checked.story;
	}

	if (problems.length > 0 || !parsed.success || text === null) return { ok: false, problems };
	const dataset = assemble(files.slug, text, blocks, parsed.output, passages);
	return { ok: true, dataset: story ? { ...dataset, story } : dataset };
}

/** `source.blocks` numbers blocks from 1; a number past the article's last block is a mistake. */
function checkBlockNumbers(keys: string[], count: number, report: Report) {
	for (const key of keys) {
		if (Number(key) <= count) continue;
		report(
			`source.blocks.${key}`,
			`block ${key} does not exist: the article has ${count} blocks (paragraphs separated by blank lines)`,
			`Number blocks from 1 to ${count}, counting the headline and caption.`
		);
	}
}

function assemble(
	slug: string,
	text: string,
	blocks: Block[],
	graph: Graph,
	passages: { nodes: Passage[][]; edges: Passage[][] }
): Dataset {
	const { blocks: _roles, ...source } = graph.source;
	const nodes: DatasetNode[] = graph.nodes.map(({ evidence: _e, ...node }, i) => ({
		...node,
		passages: passages.nodes[i] ?? []
	}));
	const edges: DatasetEdge[] = graph.edges.map(({ evidence: _e, ...edge }, i) => ({
		...edge,
		passages: passages.edges[i] ?? []
	}));
	return { slug, source, text, blocks, nodes, edges };
}
