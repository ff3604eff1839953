import type { Assertion } from '$lib/graph/schema';
import type { GraphIndex } from '$lib/graph/queries';
import { nodeName } from '$lib/graph/label';
import type { Basis } from '$lib/graph/vocabulary';

/** Who makes a claim, in words: "the authors", "Rahm Emanuel (quoted)", "a public opinion poll". */
export function assertionText(a: Assertion, index: GraphIndex): string {
	switch (a.by) {
		case 'authors':
			return 'the authors';
		case 'officials':
			return 'officials, as reported by the authors';
		case 'poll':
			return 'public opinion polls, as reported by the authors';
		case 'caption':
			return 'the photo caption, not the authors';
		case 'headline':
			return 'the headline, not the authors';
		case 'actor': {
			return a.actor ? `${nodeName(index, a.actor)}, as reported by the authors` : 'a quoted actor';
		}
	}
}

/** Said after "Inference": whose reading it is, so it is never taken for the article's claim. */
export const inferenceText = 'the map’s reading, not stated in the article';

/**
 * Whether a relation needs its asserter spelled out where space is short (the handout):
 * everything but the authors' own stated claims, which a single sentence there covers.
 */
export const isMarked = (edge: { assertedBy: Assertion; basis: Basis }) =>
	edge.basis === 'inference' || edge.assertedBy.by !== 'authors';
