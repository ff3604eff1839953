/**
 * What a run of capitalised words names: a state (by its name, capital or
 * demonym), a public, a government, an organisation, a person, or nothing (a
 * place, a month, an ordinary word that starts a sentence). The rules read the
 * shape of English news: titles before names, "… Institute", "Ministry of …",
 * acronyms, "X administration", "Japanese voters".
 *
 * Longer than most files because `named` is one ordered list of decisions
 * (lexicon, demonym before a title, acronym, organisation head, title, shape):
 * the order is the rule, and it reads best in one place.
 */
import { findMetonym, findOrganization, findPlace, isRegion, type PlaceHit } from './gazetteer';
import {
	calendar,
	generic,
	governmentHeads,
	leaderTitles,
	nameConnectors,
	nonActorHeads,
	thingFollowers,
	organizationHeads,
	placePrepositions,
	postNominals,
	publicBodyStarts,
	publicNouns,
	sentenceStarters,
	speechVerbs,
	titles
} from './lexicon/words';
import { partyMembers, places, plainAcronyms } from './lexicon/places';
import { atDateline, inPhotoCredit, placeNouns, reads } from './clues';
import type { Mention } from './mention';
import type { Token } from './tokens';

export interface SentenceContext {
	text: string;
	tokens: Token[];
	sentence: number;
	/** Every lowercase word of the article: "Trust" at a sentence start is "trust". */
	lowercase: Set<string>;
	/** The sentence is in a title-case headline: its capitals say little. */
	titleCase: boolean;
}

const governmentNouns = new Set(['administration', 'government', 'regime', 'junta', 'cabinet']);
/** One-word bodies that are actors by themselves ("Congress voted"). */
const standaloneBodies = new Set([
	'Congress',
	'Parliament',
	'Senate',
	'Pentagon',
	'Knesset',
	'Duma',
	'Bundestag'
]);
/** Bodies that belong to a state when its name is in theirs ("Electricity Generating Authority of Thailand"). */
const stateBodies = new Set([
	'Authority',
	'Agency',
	'Bank',
	'Commission',
	'Office',
	'Bureau',
	'Service',
	'Council',
	'Board'
]);

const surface = (ctx: SentenceContext, from: number, to: number) =>
	ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to]!.end);
const startsSentence = (ctx: SentenceContext, i: number) =>
	i === 0 || /[“"‘(:]\s*$/.test(ctx.tokens[i]!.gap);
const placeToken = (t: Token) => {
	const hit = findPlace(t.text);
	return hit !== undefined && hit.role !== 'people';
};

/** Mentions named by tokens[from..to] (inclusive), usually one, sometimes two ("South Korean President Yoon"). */
export function classify(ctx: SentenceContext, from: number, to: number, out: Mention[]): void {
	// "US-Japan-South Korea": hyphens between place names separate names.
	for (let k = from + 1; k <= to; k++) {
		const gap = ctx.tokens[k]!.gap;
		if (
			(gap === '-' || gap === '–') &&
			(placeToken(ctx.tokens[k - 1]!) || placeToken(ctx.tokens[k]!))
		) {
			const whole = hyphenWord(ctx, k);
			if (!findPlace(whole) && !findOrganization(whole)) {
				classify(ctx, from, k - 1, out);
				classify(ctx, k, to, out);
				return;
			}
		}
	}
	let i = from;
	let theName = false;
	// A sentence's first words are capitalised anyway: drop those that are ordinary words.
	while (i <= to && startsSentence(ctx, i) && isOrdinary(ctx, ctx.tokens[i]!))
		i = skipConnectors(ctx, i + 1, to);
	while (i <= to && (calendar.has(ctx.tokens[i]!.text) || postNominals.has(ctx.tokens[i]!.text)))
		i = skipConnectors(ctx, i + 1, to);
	if (i <= to && ctx.tokens[i]!.text === 'The' && i < to) {
		theName = !startsSentence(ctx, i);
		i++;
	}
	if (i > to) return;
	const mention = named(ctx, i, to, theName);
	if (mention) out.push(...mention);
}

function isOrdinary(ctx: SentenceContext, t: Token): boolean {
	if (titles.has(t.text) || organizationHeads.has(t.text) || findPlace(t.text)) return false;
	return sentenceStarters.has(t.text) || ctx.lowercase.has(t.text.toLowerCase());
}

function skipConnectors(ctx: SentenceContext, i: number, to: number) {
	while (i <= to && nameConnectors.has(ctx.tokens[i]!.text)) i++;
	return i;
}

/** The hyphenated word around the hyphen before tokens[k] ("Guinea-Bissau"). */
function hyphenWord(ctx: SentenceContext, k: number): string {
	let a = k - 1;
	let b = k;
	while (a > 0 && /^[-–]$/.test(ctx.tokens[a]!.gap)) a--;
	while (b + 1 < ctx.tokens.length && /^[-–]$/.test(ctx.tokens[b + 1]!.gap)) b++;
	return surface(ctx, a, b);
}

function base(
	ctx: SentenceContext,
	from: number,
	to: number,
	kind: Mention['kind'],
	weak = false
): Mention {
	const t = ctx.tokens;
	return {
		start: t[from]!.start,
		end: t[to]!.end,
		kind,
		name: surface(ctx, from, to),
		weak: weak || ctx.titleCase,
		single: false,
		sentence: ctx.sentence
	};
}

const stateKey = (hit: PlaceHit) => `state:${hit.country.name}`;

function named(ctx: SentenceContext, from: number, to: number, theName: boolean): Mention[] | null {
	const t = ctx.tokens;
	const words = t.slice(from, to + 1).map((x) => x.text);
	const form = surface(ctx, from, to);
	const before = t[from - 1];
	const after = t[to + 1];
	const afterWord = after && after.gap === ' ' ? after.text : '';
	const located =
		before !== undefined && placePrepositions.has(before.text) && !t[from]!.gap.includes(',');

	const metonym = findMetonym(form);
	if (metonym) {
		const org = findOrganization(metonym);
		return [
			{
				...base(ctx, from, to, org ? 'organization' : 'state', located),
				key: org ? `org:${org}` : `state:${metonym}`,
				label: metonym
			}
		];
	}
	const place =
		findPlace(form) ??
		(words.every((w) => /^\p{Lu}{3,}$/u.test(w)) ? findPlace(titleCase(form)) : undefined);
	if (place) return [placeMention(ctx, from, to, place, located, afterWord)];
	const org = findOrganization(form);
	if (org) return [{ ...base(ctx, from, to, 'organization'), key: `org:${org}`, label: org }];
	const party = partyMembers[form];
	if (party)
		return [
			{
				...base(ctx, from, to, 'organization'),
				key: `organization:${party.toLowerCase()}`,
				label: party
			}
		];
	if (isRegion(form) || places.has(form) || words.some((w) => calendar.has(w))) return null;
	if (words.length === 1 && plainAcronyms.has(words[0]!.replace(/\./g, '').toUpperCase()))
		return null;
	if (words.length === 1 && postNominals.has(words[0]!)) return null;

	// "South Korean President Yoon Suk Yeol": the demonym is a mention of its state.
	for (let k = to - 1; k >= from; k--) {
		const lead = findPlace(surface(ctx, from, k));
		if (lead && titles.has(t[k + 1]!.text)) {
			const state = placeMention(ctx, from, k, lead, false, '');
			const rest = named(ctx, k + 1, to, false);
			return rest
				? [state, ...rest.map((m) => (m.kind === 'person' ? { ...m, of: stateKey(lead) } : m))]
				: [state];
		}
	}

	if (inPhotoCredit(ctx.text, t[from]!.start)) return null;
	// Letters after a name ("Nicholas J. Wheeler, FAcSS, FLSW"): honours, not bodies.
	if (
		words.length === 1 &&
		/^\p{Lu}+\p{Ll}+\p{Lu}/u.test(words[0]!) &&
		words[0]!.length <= 6 &&
		/^,\s*$/.test(t[from]!.gap) &&
		/^\p{Lu}/u.test(before?.text ?? '')
	) {
		return null;
	}
	if (words.length === 1 && t[from]!.upper) {
		const credit =
			/,\s*$/.test(t[from]!.gap) &&
			ctx.text[t[from]!.end] === ',' &&
			/^\p{Lu}/u.test(before?.text ?? '') &&
			!placeToken(before!);
		if (credit || /^[IVXLC]+$/.test(words[0]!) || atDateline(ctx, from)) return null;
		return [{ ...base(ctx, from, to, 'organization'), single: false }];
	}

	const last = words.at(-1)!;
	const headAt = words.findIndex(
		(w, k) =>
			organizationHeads.has(w) && (k === words.length - 1 || /^(?:of|for)$/.test(words[k + 1]!))
	);
	if (headAt >= 0) {
		if (words.length === 1) {
			if (!standaloneBodies.has(last))
				return [{ ...base(ctx, from, to, 'organization', true), single: true }];
			return [{ ...base(ctx, from, to, 'government'), single: true }];
		}
		const head = words[headAt]!;
		const official =
			governmentHeads.has(head) ||
			publicBodyStarts.has(words[0]!) ||
			(stateBodies.has(head) && words.some((w) => findPlace(w)?.role === 'name'));
		return [base(ctx, from, to, official ? 'government' : 'organization')];
	}

	// Titles before a name: "Secretary of State Antony Blinken", "Mr. Mendoza",
	// "Home Secretary David Lammy" (the last title word ends the title).
	let k = from;
	while (
		k <= to &&
		(titles.has(t[k]!.text) || (k > from && nameConnectors.has(t[k]!.text) && k < to))
	)
		k++;
	if (k === from) {
		for (let p = to - 1; p > from; p--) {
			if (titles.has(t[p]!.text) && !titles.has(t[p + 1]!.text)) {
				k = p + 1;
				break;
			}
		}
	}
	if (k > to && to > from && !words.every((w) => titles.has(w) || nameConnectors.has(w))) k = from;
	if (k > from) {
		if (k > to) return null;
		const title = surface(ctx, from, k - 1);
		const person = nameMention(ctx, k, to);
		if (!person) return null;
		return [
			{
				...person,
				start: t[from]!.start,
				weak: false,
				single: k === to,
				title,
				leads: words.slice(0, k - from).some((w) => leaderTitles.has(w))
			}
		];
	}

	if (theName) return [base(ctx, from - 1, to, 'organization')];
	if (words.includes('&')) return [base(ctx, from, to, 'organization')];
	if (governmentNouns.has(afterWord)) {
		const who = nameMention(ctx, from, to);
		const government = { ...base(ctx, from, to + 1, 'government'), name: `${form} ${afterWord}` };
		return who ? [government, { ...who, weak: true }] : [government];
	}
	if (nonActorHeads.has(words[0]!) || nonActorHeads.has(last) || thingFollowers.has(afterWord))
		return null;
	if (reads(ctx, from, to) === 'organization') return [base(ctx, from, to, 'organization')];
	if (placeNouns.test(ctx.text.slice(Math.max(0, t[from]!.start - 20), t[from]!.start)))
		return null;
	if (words.length > 1) {
		if (located) return null;
		if (words.every((w) => generic.has(w) || nameConnectors.has(w))) return null;
		if (words.some((w) => findPlace(w) || generic.has(w)))
			return [base(ctx, from, to, 'organization')];
	}
	return nameMention(ctx, from, to) ? [nameMention(ctx, from, to)!] : null;
}

/** A person's name (no title): one word is a short name awaiting its full form. */
function nameMention(ctx: SentenceContext, from: number, to: number): Mention | null {
	const t = ctx.tokens;
	const words = t.slice(from, to + 1).map((x) => x.text);
	if (words.every((w) => generic.has(w) || nameConnectors.has(w))) return null;
	const mention = base(ctx, from, to, 'person');
	if (words.length > 1) return mention;
	const before = t[from - 1];
	const after = t[to + 1];
	const speaks = after !== undefined && speechVerbs.has(after.text) && after.gap === ' ';
	const located = before !== undefined && placePrepositions.has(before.text);
	if (located && !speaks) return null;
	// A lone unknown word ("Chancay", "Telegram") may be a place or a thing: it
	// becomes an actor only as the short form of a name found elsewhere, or as a speaker.
	return { ...mention, single: true, weak: mention.weak || !speaks };
}

function placeMention(
	ctx: SentenceContext,
	from: number,
	to: number,
	place: PlaceHit,
	located: boolean,
	afterWord: string
): Mention {
	const key = stateKey(place);
	const adjective = place.country.adjectives[0] ?? place.country.name;
	if (place.role === 'people' || (place.role === 'adjective' && publicNouns.has(afterWord))) {
		const end = place.role === 'people' ? to : to + 1;
		return {
			...base(ctx, from, end, 'public'),
			key: `public:${place.country.name}`,
			label: `${adjective} public`,
			of: key
		};
	}
	if (governmentNouns.has(afterWord) && place.role !== 'capital') {
		return {
			...base(ctx, from, to + 1, 'government'),
			key: `government:${place.country.name}:${afterWord}`,
			label: `${adjective} ${afterWord}`,
			of: key
		};
	}
	const weak = located && (place.role === 'name' || place.role === 'capital');
	return { ...base(ctx, from, to, 'state', weak), key, label: place.country.name };
}

const titleCase = (s: string) =>
	s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
