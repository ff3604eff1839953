/**
 * Runs of capitalised words in a sentence that may be one name: "Secretary of
 * State Antony Blinken", "University of Birmingham", "William & Mary". Words
 * like "of" join a run only where names use them (after "University", "Ministry",
 * a title before "State"); a possessive or any punctuation ends it.
 */
import {
	calendar,
	nameConnectors,
	nameParticles,
	organizationHeads,
	titles
} from './lexicon/words';
import type { Token } from './tokens';

/** Titles joined by "of" to what they are of ("Secretary of State", "Chief of Staff"). */
const portfolios = new Set(
	'State Defense Defence Foreign Affairs Finance Commerce Trade Justice Interior Health Energy Staff Homeland Security Treasury Economy Education Agriculture Labour Labor Transport'.split(
		' '
	)
);
/** Words before "of" that make the run one name ("Republic of Korea", "Bank of England"). */
const ofHeads = new Set([
	...organizationHeads,
	'Republic',
	'Kingdom',
	'States',
	'Emirates',
	'Community',
	'Chamber',
	'Federation'
]);

const glued = (gap: string) => gap === '-' || gap === '–';
const joins = (gap: string) =>
	gap === ' ' || gap === '\u00a0' || glued(gap) || gap === "' " || gap === '’ ';

export const isCapital = (t: Token) => t.cap && !calendar.has(t.text);

/** Index ranges [from, to] (inclusive) of the candidate names among `tokens`. */
export function findSpans(tokens: Token[]): [number, number][] {
	const spans: [number, number][] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isCapital(tokens[i]!)) {
			i++;
			continue;
		}
		let j = i;
		for (;;) {
			const here = tokens[j]!;
			if (here.possessive && !/^People/.test(here.text)) break;
			const next = tokens[j + 1];
			if (!next) break;
			if (isCapital(next) && joins(next.gap)) {
				j++;
				continue;
			}
			if (next.text === 'elect' && glued(next.gap)) {
				j++;
				continue;
			}
			// "Jamaat-e-Islami", "Port-au-Prince": a short lowercase word between hyphens.
			const after = tokens[j + 2];
			if (
				glued(next.gap) &&
				next.text.length <= 3 &&
				after &&
				isCapital(after) &&
				glued(after.gap)
			) {
				j += 2;
				continue;
			}
			const k = connectorRun(tokens, i, j);
			if (k === null) break;
			j = k;
		}
		spans.push([i, j]);
		i = j + 1;
	}
	return spans;
}

/** Where a run of connectors after tokens[j] leads to a capital that continues the name. */
function connectorRun(tokens: Token[], i: number, j: number): number | null {
	const words: string[] = [];
	let k = j + 1;
	while (
		k < tokens.length &&
		nameConnectors.has(tokens[k]!.text) &&
		tokens[k]!.gap === ' ' &&
		words.length < 2
	) {
		words.push(tokens[k]!.text);
		k++;
	}
	const next = tokens[k];
	if (!words.length || !next || !isCapital(next) || next.gap !== ' ') return null;
	const before = tokens.slice(i, j + 1).map((t) => t.text);
	const ok = words.every((w) => {
		if (w === '&' || nameParticles.has(w)) return true;
		if (w === 'and') return tokens.slice(i, j + 1).some((t) => t.text === 'of' || t.text === 'for');
		if (w === 'the' || w === 'of' || w === 'for' || w === 'on') {
			if (before.some((b) => ofHeads.has(b))) return true;
			return titles.has(before.at(-1)!) && w === 'of' && portfolios.has(next.text);
		}
		return false;
	});
	return ok ? k : null;
}
