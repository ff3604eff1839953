/**
 * The words a relation is drawn with, when its type changes. They follow the type unless a
 * person wrote words of their own: the type's name, and the drafter's neutral "named with"
 * (which only says two names share a sentence, for a reader to replace), are not theirs.
 */
import { relationNames, type RelationType } from '../graph/vocabulary';

/** What the drafter draws a relation with no cue as: a placeholder, replaced by its type. */
export const namedWithLabel = 'named with';

/** Whether `label` is a person's own words for a relation of type `relation`. */
export function isOwnLabel(label: string, relation: RelationType): boolean {
	const words = label.trim();
	return words !== '' && words !== relationNames[relation] && words !== namedWithLabel;
}

/** The label a relation drawn as `label` takes when its type becomes `to`. */
export function labelForType(label: string, from: RelationType, to: RelationType): string {
	return isOwnLabel(label, from) ? label : relationNames[to];
}
