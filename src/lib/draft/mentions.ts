/**
 * Every name the article uses, sentence by sentence, in text order. Each is
 * classified on its own first; then a list ("BYD, Geely and SAIC") lends the
 * kind of its known members to the unknown ones.
 */
import { classify, type SentenceContext } from './classify';
import type { Mention } from './mention';
import type { Sentence } from './sentences';
import { findSpans } from './spans';
import { tokenize } from './tokens';

const listGap = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

export function findMentions(
	text: string,
	sentences: Sentence[],
	titleCase: (s: Sentence) => boolean
): Mention[] {
	const lowercase = new Set(text.match(/(?<![\p{L}’'])\p{Ll}[\p{Ll}’'-]*/gu) ?? []);
	const all: Mention[] = [];
	sentences.forEach((s, index) => {
		const tokens = tokenize(text, s.start, s.end);
		const ctx: SentenceContext = {
			text,
			tokens,
			sentence: index,
			lowercase,
			titleCase: titleCase(s)
		};
		const found: Mention[] = [];
		for (const [from, to] of findSpans(tokens)) classify(ctx, from, to, found);
		lendKinds(text, found);
		all.push(...found);
	});
	return all;
}

/** Unknown names listed beside organisations ("Volkswagen, BMW and Mercedes-Benz") are organisations too. */
function lendKinds(text: string, found: Mention[]) {
	for (let pass = 0; pass < 2; pass++) {
		found.forEach((m, k) => {
			if (m.kind !== 'person' || m.title) return;
			const neighbours = [found[k - 1], found[k + 1]].filter(
				(n): n is Mention =>
					n !== undefined &&
					!n.single &&
					n.kind === 'organization' &&
					listGap.test(n.start > m.end ? text.slice(m.end, n.start) : text.slice(n.end, m.start))
			);
			if (neighbours.length) {
				m.kind = 'organization';
				m.single = false;
				m.weak = false;
			}
		});
	}
}
