/**
 * Candidate concerns: the noun phrase around a cue word ("the existential
 * threat posed by North Korea", "fears about North Korea’s expanding nuclear
 * program"). Without a parser the phrase is read by shape: a few modifiers
 * before the cue, and after it a preposition and the words up to the next
 * punctuation or clause word.
 */
export interface ConcernFind {
	start: number;
	end: number;
	/** The cue word as written ("fears"). */
	cue: string;
	sentence: number;
}

const cue =
	/\b(?:threats?|fears?|concerns?|anxiet(?:y|ies)|risks?|tensions?|disputes?|crisis|crises|instability|insecurity|conflicts?|dangers?|worr(?:y|ies)|brinkmanship|escalation|uncertainty|unrest|violence|rivalr(?:y|ies)|protectionism|corruption|fraud|drought|inflation|poverty|trade war)\b/gi;
/** Words after the cue that carry the phrase on to what the concern is about. */
const linkers = new Set([
	'of',
	'about',
	'over',
	'surrounding',
	'from',
	'between',
	'with',
	'in',
	'to',
	'posed',
	'by',
	'on',
	'among',
	'around'
]);
/** Words that end the phrase: the clause goes on with a verb or a new clause. */
const enders = new Set(
	'that which who whom whose is are was were be been being has have had will would could should may might can must do does did but as while because when where given after before since if than and or remain remains reflects says said raises raised hinges'.split(
		' '
	)
);
const determiners = new Set(
	'the a an this that these those its their his her our my your some any all both each every no such other more most many much few several'.split(
		' '
	)
);
/** Words that may stand before the cue as its modifiers. */
const modifier =
	/^(?:\p{Lu}[\p{L}.’'-]*|[\p{L}-]+(?:al|ic|ive|ous|ing|ary|ent|ant|ile|ful|less|ist)|security|trade|nuclear|border|debt|food|energy|water|health|climate|refugee|military|terror|cyber|public|social|deep|serious|grave|major|potential|regional|global|internal|legal|ethnic|power|price|market|tariff|currency|budget|election|safety|war)$/u;
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;

export function findConcerns(
	text: string,
	sentences: { start: number; end: number }[]
): ConcernFind[] {
	const found: ConcernFind[] = [];
	sentences.forEach((s, index) => {
		const body = text.slice(s.start, s.end);
		for (const m of body.matchAll(cue)) {
			const at = s.start + m.index;
			const start = extendLeft(text, s.start, at);
			const end = extendRight(text, at + m[0].length, s.end);
			if (start === at && end === at + m[0].length) continue; // a bare "concerns" says nothing
			found.push({ start, end, cue: m[0], sentence: index });
		}
	});
	return found;
}

function extendLeft(text: string, floor: number, at: number): number {
	let start = at;
	for (let n = 0; n < 3; n++) {
		const before = text.slice(floor, start);
		const m = /([\p{L}\p{N}][\p{L}\p{M}\p{N}’'.-]*)(\s+)$/u.exec(before);
		if (!m || m[2] !== ' ') break;
		const w = m[1]!.replace(/[’']s$/, '');
		const wordStart = start - m[0].length;
		const lower = w.toLowerCase();
		if (!modifier.test(w) || enders.has(lower) || determiners.has(lower) || wordStart === floor)
			break;
		start = wordStart;
	}
	return start;
}

function extendRight(text: string, from: number, ceiling: number): number {
	const rest = text.slice(from, ceiling);
	// A full stop ends the phrase unless it belongs to "U.S." or "Aug.".
	const stop =
		/[,;:!?()“”"—–]|\s-\s|(?<!\.\p{Lu}|\b(?:Mr|Ms|Dr|St|Aug|Sept?|Oct|Nov|Dec|Jan|Feb))\.(?=\s|$)/u.exec(
			rest
		);
	const window = stop ? rest.slice(0, stop.index) : rest;
	let end = from;
	let count = 0;
	let linked = false;
	for (const m of window.matchAll(word)) {
		const w = m[0].toLowerCase();
		if (!linked) {
			if (!linkers.has(w) || m.index !== 1) break;
			linked = true;
		} else if (enders.has(w) || count >= 9) break;
		count++;
		end = from + m.index + m[0].length;
	}
	// The phrase ends on a word that means something, not on "the" or "of".
	let phrase = text.slice(from, end);
	while (
		/\s(?:the|a|an|of|in|to|by|with|from|over|about|on|its|their|his|her)$/i.test(phrase) ||
		(/^\s(?:\S+)$/.test(phrase) && linkers.has(phrase.trim()))
	) {
		phrase = phrase.replace(/\s\S+$/, '');
	}
	return from + phrase.length;
}
