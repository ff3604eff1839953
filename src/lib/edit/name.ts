/**
 * A name for a node made from selected words: a reader selects the sentence's words around a
 * name ("the Japanese Prime Minister Fumio Kishida said"), and the node is named by the name in
 * them, not by the whole selection. Only a suggestion: the form shows it, ready to change.
 */
import { nameConnectors, sentenceStarters, titles } from '../draft/lexicon/words';

/** Longer selections are cut to this many words when no name stands out in them. */
const maxWords = 8;
const determiners = new Set(
	'the a an this that these those its their his her our my your'.split(' ')
);
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const unquoted = (w: string) => w.replace(/^[\p{Pi}\p{Ps}\p{Pd}"'“‘([]+/u, '');
/** "Gen." and "J.": their full stop is part of them, and ends no sentence. */
const abbreviation = (w: string) => titles.has(w) || /^(?:\p{Lu}\.)+$/u.test(w);
/** A word without quotes and punctuation around it, and without a possessive "’s". */
const bare = (raw: string) => {
	const w = unquoted(raw);
	if (abbreviation(w)) return w;
	return w.replace(/[\p{Pf}\p{Pe}"'”’)\].,;:!?]+$/u, '').replace(/['’]s$/u, '');
};
/** Whether a name cannot go on past this word: a comma or a full stop after it, or a "’s". */
const endsName = (raw: string) =>
	!abbreviation(unquoted(raw)) && /(?:[,;:.!?]|['’]s)[\p{Pf}\p{Pe}"'”’)\]]*$/u.test(raw);

/** The longest run of capitalised words (joined by "of", "and" …), titles before it dropped. */
function nameIn(words: string[]): string[] | null {
	let best: string[] = [];
	let run: string[] = [];
	const close = () => {
		while (run.length && nameConnectors.has(run.at(-1)!)) run.pop();
		if (run.length > best.length) best = run;
		run = [];
	};
	for (const raw of words) {
		const w = bare(raw);
		if (w && capitalised(w) && !(run.length === 0 && sentenceStarters.has(w))) run.push(w);
		else if (run.length && nameConnectors.has(w)) run.push(w);
		else close();
		if (endsName(raw)) close();
	}
	close();
	if (!best.length) return null;
	// "Japanese Prime Minister Fumio Kishida" is Fumio Kishida: the words up to the last title
	// followed by a name of two capitalised words or more go. "Prime Minister" alone, and "Prime
	// Minister of Japan", an office, stay.
	let first = 0;
	best.forEach((w, i) => {
		const after = best.slice(i + 1);
		if (titles.has(w) && after.length >= 2 && after.every(capitalised)) first = i + 1;
	});
	const name = best.slice(first);
	while (name.length > 1 && nameConnectors.has(name[0]!)) name.shift();
	return name;
}

export function suggestName(selected: string): string {
	const words = selected.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const name = nameIn(words);
	if (name) return name.join(' ');
	const rest = words.map(bare).filter(Boolean);
	while (rest.length > 1 && determiners.has(rest[0]!.toLowerCase())) rest.shift();
	return rest.slice(0, maxWords).join(' ');
}
