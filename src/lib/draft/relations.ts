/**
 * Candidate relations between actors named in one sentence, with the sentence
 * as evidence. The relation type and stance come from cue words between the
 * two names (else anywhere in the sentence); with no cue the relation is a
 * neutral "named with", for a reader to type.
 */
import type { RelationType, Stance } from '../graph/vocabulary';
import { namedWithLabel } from '../edit/relation-label';

export interface RelationCue {
	relation: RelationType;
	stance: Stance;
	label: string;
}

const cues: [RegExp, RelationCue][] = [
	[
		/\binva(?:de|des|ded|ding|sion)\b/i,
		{ relation: 'invades', stance: 'adversarial', label: 'invades' }
	],
	[
		/\bthreat(?:s|en|ens|ened|ening)?\b|\battack(?:s|ed)?\b|\bstrikes?\b|\bbomb/i,
		{ relation: 'threatens', stance: 'adversarial', label: 'threatens' }
	],
	[
		/\bsanction|\btariffs?\b|\bduties\b|\bretaliat|\baccus|\bcondemn|\bcritici[sz]|\boppos|\bagainst\b|\bexpel|\bban(?:s|ned)?\b|\bblock(?:s|ed)?\b|\bprotectionis/i,
		{ relation: 'opposes', stance: 'adversarial', label: 'acts against' }
	],
	[
		/\bhistor|\blegac(?:y|ies)\b/i,
		{ relation: 'historical_dispute_with', stance: 'adversarial', label: 'historical dispute with' }
	],
	[
		/\brival|\bcompet/i,
		{ relation: 'competes_with', stance: 'adversarial', label: 'competes with' }
	],
	[
		/\bdisputes?\b|\brift\b|\brow\b|\bclash|\btensions?\b|\bfeud/i,
		{ relation: 'opposes', stance: 'adversarial', label: 'at odds with' }
	],
	[
		/\balli(?:ance|ances|ed|es|y)\b/i,
		{ relation: 'allied_with', stance: 'cooperative', label: 'allied with' }
	],
	[
		/\bpartner|\bcooperat|\bjoint(?:ly)?\b|\bdeal\b|\bagreement|\bpact\b|\btogether\b/i,
		{ relation: 'partners_with', stance: 'cooperative', label: 'partners with' }
	],
	[/\bnegotiat/i, { relation: 'negotiates', stance: 'neutral', label: 'negotiates with' }],
	[
		/\bmeet(?:s|ing)?\b|\bmet\b|\btalks\b|\bsummit\b|\bvisit|\bcalled\b|\bspoke (?:with|to)\b|\bby phone\b/i,
		{ relation: 'meets', stance: 'neutral', label: 'meets' }
	],
	[/\breassur/i, { relation: 'reassures', stance: 'cooperative', label: 'reassures' }],
	[
		/\bsupport|\bback(?:s|ed|ing)?\b|\bprais|\bendors|\bfund(?:s|ed|ing)?\b|\baid\b/i,
		{ relation: 'supports', stance: 'cooperative', label: 'supports' }
	],
	[
		/\bdepend|\brel(?:y|ies|ied) on\b/i,
		{ relation: 'depends_on', stance: 'neutral', label: 'depends on' }
	]
];

const namedWith: RelationCue = { relation: 'affects', stance: 'neutral', label: namedWithLabel };

/**
 * The relation the words between two names suggest; when the sentence names
 * only these two, its other words count too.
 */
export function relationFor(between: string, sentence: string | null): RelationCue {
	for (const [pattern, cue] of cues) if (pattern.test(between)) return cue;
	if (sentence !== null) for (const [pattern, cue] of cues) if (pattern.test(sentence)) return cue;
	return namedWith;
}

/** Pairs to relate among the actors of one sentence (in order of mention): all pairs of a few, else neighbours. */
export function pairsOf<T>(actors: T[]): [T, T][] {
	const pairs: [T, T][] = [];
	if (actors.length <= 4) {
		for (let a = 0; a < actors.length; a++)
			for (let b = a + 1; b < actors.length; b++) pairs.push([actors[a]!, actors[b]!]);
	} else {
		for (let a = 0; a + 1 < actors.length; a++) pairs.push([actors[a]!, actors[a + 1]!]);
	}
	return pairs;
}
