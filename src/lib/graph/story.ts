/**
 * The presentation of a dataset: `story.json`, an ordered list of steps that
 * follow the article's argument. Checked like the graph: every id must exist
 * and every passage must stand in the article.
 */
import * as v from 'valibot';
import { QuoteSchema } from './schema';
import type { Passage } from './dataset';
import type { Problem } from './problems';
import type { Anchor } from './check-quotes';
import { parseJson } from './json-position';
import { issuePath } from './schema-messages';

const text = (what: string) =>
	v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));

export const StoryStepSchema = v.strictObject({
	title: text('title'),
	narration: text('narration'),
	nodes: v.array(v.string('node ids must be strings'), 'nodes must be a list of node ids'),
	edges: v.optional(v.array(v.string('edge ids must be strings')), []),
	passage: QuoteSchema
});

export const StorySchema = v.strictObject({
	title: text('title'),
	steps: v.pipe(
		v.array(StoryStepSchema, 'steps must be a list'),
		v.minLength(1, 'a story needs at least one step')
	)
});

export type StoryInput = v.InferOutput<typeof StorySchema>;

export interface StoryStep {
	title: string;
	narration: string;
	nodes: string[];
	edges: string[];
	passage: Passage;
}

export interface Story {
	title: string;
	steps: StoryStep[];
}

/** Checks `story.json` against the graph's ids and the article; returns the story or problems. */
export function checkStory(
	source: string,
	file: string,
	ids: {
		nodes: ReadonlySet<string>;
		edges: ReadonlySet<string>;
		/** Each edge's two ends: a step that shows an edge shows the nodes it joins. */
		ends?: ReadonlyMap<string, readonly [string, string]>;
	},
	anchor: Anchor
): { story: Story | null; problems: Problem[] } {
	const problems: Problem[] = [];
	const add = (path: string, message: string, fix: string) =>
		problems.push({ file, path, message, fix });
	const json = parseJson(source);
	if (!json.ok) {
		add('$', `the story is not valid JSON: ${json.message}`, 'Fix the JSON syntax.');
		return { story: null, problems };
	}
	const parsed = v.safeParse(StorySchema, json.value, { abortEarly: false });
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			add(issuePath(issue), issue.message, "Correct the value (see the README's story format).");
		}
		return { story: null, problems };
	}
	const steps: StoryStep[] = [];
	parsed.output.steps.forEach((step, i) => {
		step.nodes.forEach((id, k) => {
			if (!ids.nodes.has(id)) {
				add(
					`steps[${i}].nodes[${k}]`,
					`step ${i + 1} names node "${id}", which is not in graph.json`,
					'Use the id of a node in graph.json.'
				);
			}
		});
		step.edges.forEach((id, k) => {
			const missing = (ids.ends?.get(id) ?? []).filter((end) => !step.nodes.includes(end));
			if (missing.length) {
				add(
					`steps[${i}].edges[${k}]`,
					`step ${i + 1} shows edge "${id}" without its end${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(' and ')}`,
					'Add the missing node ids to the step\'s "nodes", so the relation is drawn between named nodes.'
				);
			}
			if (!ids.edges.has(id)) {
				add(
					`steps[${i}].edges[${k}]`,
					`step ${i + 1} names edge "${id}", which is not in graph.json`,
					'Use the id of an edge in graph.json.'
				);
			}
		});
		if (step.nodes.length + step.edges.length === 0) {
			add(
				`steps[${i}]`,
				`step ${i + 1} puts nothing in focus`,
				'List at least one node or edge id in "nodes" or "edges".'
			);
		}
		const passage = anchor(step.passage, (message, fix) =>
			add(`steps[${i}].passage.exact`, message, fix)
		);
		if (passage) steps.push({ ...step, passage });
	});
	return problems.length
		? { story: null, problems }
		: { story: { title: parsed.output.title, steps }, problems };
}
