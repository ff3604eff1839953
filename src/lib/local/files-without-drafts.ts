/** A stored map's files with the drafts left out (see graph/without-drafts.ts), for an export. */
import type { Graph } from '../graph/schema';
import type { StoryInput } from '../graph/story';
import { draftCount, withoutDrafts } from '../graph/without-drafts';
import type { MapFiles } from './types';

const json = (x: unknown) => `${JSON.stringify(x, null, '\t')}\n`;

/** The files as they are when they hold no draft: nothing is rewritten that need not be. */
export function filesWithoutDrafts(files: MapFiles): MapFiles {
	const graph = JSON.parse(files.graph) as Graph;
	if (draftCount(graph) === 0) return files;
	const story = files.story ? (JSON.parse(files.story) as StoryInput) : null;
	const out = withoutDrafts(graph, story);
	return { article: files.article, graph: json(out.graph), story: out.story && json(out.story) };
}
