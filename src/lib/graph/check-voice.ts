/**
 * Who says so agrees with where it is said: an edge quoting the caption or the headline is
 * credited to it, one credited to them quotes nothing else, and an inference says what it is
 * drawn from.
 */
import type { Passage } from './dataset';
import { excerpt, isObject, show } from './loose';
import type { Report } from './problems';

/** Blocks whose words are not the authors' own, so an edge quoting them must say whose they are. */
const voices = ['caption', 'headline'] as const;

export function checkVoice(edge: unknown, passages: Passage[], path: string, report: Report) {
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
