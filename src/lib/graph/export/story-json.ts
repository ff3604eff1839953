/**
 * A checked story back in the `story.json` format `checkStory` reads, each
 * step's passage rebuilt as a quote from its offsets (as graph-json.ts does).
 */
import type { Dataset } from '../dataset';
import type { StoryInput } from '../story';
import { selectorFor } from './selector';

export function toStory(dataset: Dataset): StoryInput | null {
	const { story, text } = dataset;
	if (!story) return null;
	return {
		title: story.title,
		steps: story.steps.map((step) => ({
			title: step.title,
			narration: step.narration,
			nodes: [...step.nodes],
			edges: [...step.edges],
			passage: selectorFor(text, step.passage.start, step.passage.end)
		}))
	};
}

/** `story.json` text formatted as the repository's files are, or null when there is no story. */
export function toStoryJson(dataset: Dataset): string | null {
	const story = toStory(dataset);
	return story ? `${JSON.stringify(story, null, '\t')}\n` : null;
}
