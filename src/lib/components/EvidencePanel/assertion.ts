import type { Assertion } from '$lib/graph/schema';
import type { GraphIndex } from '$lib/graph/queries';
import { nodeName } from '$lib/graph/label';

/** Who makes a claim, in words: "the authors", "Rahm Emanuel (quoted)", "a public opinion poll". */
export function assertionText(a: Assertion, index: GraphIndex): string {
	switch (a.by) {
		case 'authors':
			return 'the authors';
		case 'officials':
			return 'officials, as reported by the authors';
		case 'poll':
			return 'public opinion polls, as reported by the authors';
		case 'actor': {
			return a.actor ? `${nodeName(index, a.actor)}, as reported by the authors` : 'a quoted actor';
		}
	}
}
