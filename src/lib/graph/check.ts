/**
 * The checker: parses a dataset's files, validates them against the schema,
 * resolves every quote in the article and reports every problem at once.
 * It reads no files itself, so it runs the same in Node, tests and browsers.
 */
import * as v from 'valibot';
import { fuzzyBudget, fuzzyCost, resolveQuote } from './anchor';
import type { Dataset, DatasetEdge, DatasetNode, Passage } from './dataset';
import { formatBytes, limits, overLimit } from './limits';
import { jsonPath, type Problem } from './problems';
import { GraphSchema, type Graph, type Quote } from './schema';
import { blockAt, sentenceAround, splitBlocks, type Block } from './text';
import { symmetricRelations } from './vocabulary';
import { checkStory, type Story } from './story';

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

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const excerpt = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);
/**
 * Any JSON value as short text for a message. Never throws: `String()` would on
 * an object whose "toString" key is not a function.
 */
function show(x: unknown): string {
	if (typeof x === 'string') return excerpt(x);
	if (x === null || typeof x !== 'object') return String(x);
	try {
		return excerpt(JSON.stringify(x));
	} catch {
		return Array.isArray(x) ? 'a list' : 'an object';
	}
}
/** Total comparisons the fuzzy searches of one check may make, shared by all its quotes. */
const checkFuzzyBudget = 10 * fuzzyBudget;

/** Checks one dataset; on success returns it with every quote resolved. */
export function checkDataset(files: DatasetFiles): CheckResult {
	const graphFile = `${files.dir}/graph.json`;
	const articleFile = `${files.dir}/article.txt`;
	const problems: Problem[] = [];
	const add = (file: string, path: string, message: string, fix: string) =>
		problems.push({ file, path, message, fix });

	const tooLarge = (file: string, text: string | null, limit: number) => {
		const size = text === null ? null : overLimit(text, limit);
		if (size === null) return false;
		add(
			file,
			'$',
			`the file is ${formatBytes(size)} (${size.toLocaleString('en-US')} bytes), over the limit of ${formatBytes(limit)}; it was not read further`,
			file === graphFile
				? 'A graph this large cannot be read on screen: split the article into several datasets, or remove elements that are not needed.'
				: 'Put one article in each dataset; a text this large is a book, not an article.'
		);
		return true;
	};
	const graphTooLarge = tooLarge(graphFile, files.graph, limits.graphBytes);
	const articleTooLarge = tooLarge(articleFile, files.article, limits.articleBytes);
	if (graphTooLarge || articleTooLarge) return { ok: false, problems };

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
		add(
			graphFile,
			'$',
			'the graph file is missing',
			`Create ${graphFile} with "source", "nodes" and "edges" (see the README's data format).`
		);
		return { ok: false, problems };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(files.graph);
	} catch (error) {
		add(
			graphFile,
			'$',
			`the file is not valid JSON: ${jsonErrorAt(files.graph, error)}`,
			'Fix the JSON syntax at the line and column named (a missing comma, quote or bracket is the usual cause).'
		);
		return { ok: false, problems };
	}

	const parsed = v.safeParse(GraphSchema, raw, { abortEarly: false });
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const path = jsonPath(issue.path?.map((p) => p.key as string | number) ?? []);
			add(graphFile, path, ...describeIssue(issue));
		}
	}

	const graph = (isObject(raw) ? raw : {}) as Loose;
	const nodes = list(graph.nodes);
	const edges = list(graph.edges);
	checkReferences(nodes, edges, (path, message, fix) => add(graphFile, path, message, fix));

	const source = isObject(graph.source) ? graph.source : {};
	const blocks = text
		? splitBlocks(text, isObject(source.blocks) ? (source.blocks as Record<string, never>) : {})
		: [];
	if (text && isObject(source.blocks)) {
		for (const key of Object.keys(source.blocks)) {
			if (Number(key) > blocks.length) {
				add(
					graphFile,
					`source.blocks.${key}`,
					`block ${key} does not exist: the article has ${blocks.length} blocks (paragraphs separated by blank lines)`,
					`Number blocks from 1 to ${blocks.length}, counting the headline and caption.`
				);
			}
		}
	}

	const anchored = new Map<string, Passage[]>();
	const fuzzy = { left: checkFuzzyBudget };
	const anchor = (element: unknown, path: (string | number)[]) => {
		if (!isObject(element) || text === null || text.trim() === '') return;
		const passages: Passage[] = [];
		list(element.evidence).forEach((quote, k) => {
			if (!isQuote(quote)) return; // the schema reports what is wrong with it
			const where = jsonPath([...path, 'evidence', k]);
			const passage = anchorQuote(text, blocks, quote, fuzzy, (message, fix) =>
				add(graphFile, `${where}.exact`, message, fix)
			);
			if (passage) passages.push(passage);
		});
		if (typeof element.id === 'string')
			anchored.set(
				jsonPath(path),
				passages.sort((a, b) => a.start - b.start)
			);
	};
	nodes.forEach((node, i) => anchor(node, ['nodes', i]));
	edges.forEach((edge, i) => anchor(edge, ['edges', i]));
	edges.forEach((edge, i) =>
		checkVoice(edge, anchored.get(`edges[${i}]`) ?? [], `edges[${i}]`, (path, message, fix) =>
			add(graphFile, path, message, fix)
		)
	);

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
			(quote, report) => anchorQuote(text, blocks, quote, fuzzy, report)
		);
		problems.push(...checked.problems);
		story = checked.story;
	}

	if (problems.length > 0 || !parsed.success || text === null) return { ok: false, problems };
	const dataset = assemble(files.slug, text, blocks, parsed.output, anchored);
	return { ok: true, dataset: story ? { ...dataset, story } : dataset };
}

const isQuote = (x: unknown): x is Quote =>
	isObject(x) &&
	typeof x.exact === 'string' &&
	x.exact.trim() !== '' &&
	(x.prefix === undefined || typeof x.prefix === 'string') &&
	(x.suffix === undefined || typeof x.suffix === 'string');

function anchorQuote(
	text: string,
	blocks: Block[],
	quote: Quote,
	fuzzy: { left: number },
	report: (message: string, fix: string) => void
): Passage | null {
	const found = resolveQuote(text, quote, Math.min(fuzzyBudget, fuzzy.left));
	if (!found.ok && found.reason === 'missing' && found.searched) {
		fuzzy.left -= fuzzyCost(text, quote.exact);
	}
	if (found.ok) {
		// A quote of blank lines can stand before the first block.
		const block = blockAt(blocks, found.start) ?? blocks[0]!;
		return {
			exact: text.slice(found.start, found.end),
			start: found.start,
			end: found.end,
			block: block.index,
			role: block.role,
			paragraph: block.paragraph,
			context: sentenceAround(text, block, found.start, found.end)
		};
	}
	const shown = `"${excerpt(quote.exact)}"`;
	if (found.reason === 'ambiguous') {
		const where = found.starts.map((s) => blockAt(blocks, s)?.index).join(', ');
		report(
			`the quote ${shown} occurs ${found.starts.length} times in the article (blocks ${where})`,
			'Lengthen "exact", or add a "prefix" (the words just before it) or a "suffix" (just after it) that occurs at only one of those places.'
		);
	} else if (found.reason === 'context') {
		report(
			`the quote ${shown} is in the article, but not with the given prefix/suffix`,
			'Make "prefix" the exact text just before the quote and "suffix" the exact text just after it, or remove them.'
		);
	} else if (found.reason === 'missing' && found.nearest) {
		report(
			`the quote ${shown} is not in the article; nearest match: "${excerpt(text.slice(found.nearest.start, found.nearest.end), 80)}" (${found.nearest.differences.join('; ')})`,
			'Copy the passage from article.txt character for character: curly quotes, apostrophes and non-breaking spaces included.'
		);
	} else if (found.reason === 'missing' && !found.searched) {
		report(
			`the quote ${shown} is not in the article; no near match was looked for, because comparing a ${quote.exact.length.toLocaleString('en-US')}-character quote with a ${text.length.toLocaleString('en-US')}-character article is beyond the checker's search budget`,
			'Quote a shorter passage, copied from article.txt character for character.'
		);
	} else {
		report(
			`the quote ${shown} is not in the article, nor anything close to it`,
			'Quote a passage that stands in article.txt, or remove this evidence item.'
		);
	}
	return null;
}

/** The parser's message with the line and column it points at. */
function jsonErrorAt(source: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	if (!position) return message;
	const before = source.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`;
}

type Report = (path: string, message: string, fix: string) => void;

/** Ids are unique, edges join existing nodes, and actor kinds and assertions are coherent. */
function checkReferences(nodes: unknown[], edges: unknown[], report: Report) {
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
				'Add "kind": one of state, government, person, organization, public.'
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

/** Blocks whose words are not the authors' own, so an edge quoting them must say whose they are. */
const voices = ['caption', 'headline'] as const;

/**
 * Who says so agrees with where it is said: an edge quoting the caption or the headline is
 * credited to it, one credited to them quotes nothing else, and an inference says what it
 * is drawn from.
 */
function checkVoice(edge: unknown, passages: Passage[], path: string, report: Report) {
	if (!isObject(edge) || !isObject(edge.assertedBy)) return;
	const by = edge.assertedBy.by;
	const named = `the edge "${show(edge.id)}"`;
	if (voices.includes(by as never)) {
		const elsewhere = passages.find((p) => p.role !== by);
		if (elsewhere) {
			report(
				`${path}.assertedBy.by`,
				`${named} is credited to the ${String(by)}, but quotes "${excerpt(elsewhere.exact)}" from the ${elsewhere.role === 'body' ? 'body of the article' : elsewhere.role}`,
				`Quote only the ${String(by)}, or split the edge in two: one credited to the ${String(by)}, one to whoever says it elsewhere.`
			);
		}
	} else {
		const voiced = passages.find((p) => voices.includes(p.role as never));
		if (voiced) {
			report(
				`${path}.assertedBy.by`,
				`${named} is credited to "${show(by)}", but quotes "${excerpt(voiced.exact)}" from the ${voiced.role}, which is not their text`,
				`Set "assertedBy": { "by": "${voiced.role}" } if the ${voiced.role} alone says it, or move that quote to an edge of its own credited to the ${voiced.role}.`
			);
		}
	}
	if (edge.basis === 'inference' && typeof edge.assertedBy.note !== 'string') {
		report(
			`${path}.assertedBy`,
			`${named} is marked as an inference but does not say what it is inferred from`,
			'Add "note" to "assertedBy": what the article says, and why the relation is read from it.'
		);
	}
}

function describeIssue(issue: v.BaseIssue<unknown>): [string, string] {
	const key = issue.path?.at(-1)?.key;
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return [
			`unknown key "${String(key)}"`,
			'Remove it or correct its spelling (keys are case-sensitive).'
		];
	}
	if (issue.type === 'strict_object' || (issue.received === 'undefined' && key !== undefined)) {
		return [`"${String(key)}" is missing`, `Add "${String(key)}" (see the README's data format).`];
	}
	if (issue.type === 'picklist') {
		return [
			excerpt(issue.message, 400),
			'Use one of the listed values (the vocabularies are in src/lib/graph/vocabulary.ts).'
		];
	}
	if (issue.type === 'min_length' && key === 'evidence') {
		return [
			'this element has no evidence',
			'Add at least one {"exact": "..."} quoting the passage of the article that supports it.'
		];
	}
	if (key === 'url' && issue.type !== 'string') {
		return [
			excerpt(issue.message, 160),
			'Give the address of the article as published, starting with https:// (or http://).'
		];
	}
	// valibot's own messages quote the value found, which may be any length.
	return [excerpt(issue.message, 160), `Correct the value (found ${excerpt(issue.received)}).`];
}

function assemble(
	slug: string,
	text: string,
	blocks: Block[],
	graph: Graph,
	anchored: Map<string, Passage[]>
): Dataset {
	const { blocks: _roles, ...source } = graph.source;
	const nodes: DatasetNode[] = graph.nodes.map(({ evidence: _e, ...node }, i) => ({
		...node,
		passages: anchored.get(`nodes[${i}]`) ?? []
	}));
	const edges: DatasetEdge[] = graph.edges.map(({ evidence: _e, ...edge }, i) => ({
		...edge,
		passages: anchored.get(`edges[${i}]`) ?? []
	}));
	return { slug, source, text, blocks, nodes, edges };
}
