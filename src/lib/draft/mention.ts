/** A name found in the text, before names are merged into actors. */
import type { ActorKind } from '../graph/vocabulary';

export interface Mention {
	/** The passage: offsets of what the text says ("President Biden", "South Korean"). */
	start: number;
	end: number;
	kind: ActorKind;
	/** The name without titles, as merging compares it ("Biden", "Yoon Suk Yeol"). */
	name: string;
	/** Canonical key when the lexicon knows the actor ("state:Japan", "org:NATO"). */
	key?: string;
	/** Canonical label when the lexicon knows it ("United States" for "U.S."). */
	label?: string;
	/**
	 * Weak mentions only join an actor that a strong mention establishes: a
	 * sentence's first word, a word in a title-case headline, "in Madrid".
	 */
	weak: boolean;
	/** A one-word name ("Mendoza", "Brookings") that may be the short form of a longer one. */
	single: boolean;
	/** Words of the title before a person's name ("Secretary of State"). */
	title?: string;
	/** The title is a head of state's or government's ("President", "Prime Minister"). */
	leads?: boolean;
	/** Key of the state the title or demonym ties this person to ("South Korean President …"). */
	of?: string;
	/** Index of the sentence holding the mention. */
	sentence: number;
}
