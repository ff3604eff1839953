/**
 * Which node types each relation of the vocabulary joins: the editor offers, for two nodes,
 * the relations that fit their types. Beside the vocabulary rather than in it, because only
 * the editing tools read it (the explorer, which never edits, does not download it).
 */
import { relationTypes, type NodeType, type RelationType, type Stance } from './vocabulary';

type Ends = readonly NodeType[] | 'any';
const actor = ['actor'] as const;
const grouping = ['alliance', 'relationship', 'mechanism', 'event'] as const;
const idea = ['concept', 'mechanism', 'concern', 'relationship', 'alliance'] as const;

/**
 * The node types each relation joins, as [from, to]: an editor offers, for two nodes, the
 * relations that fit their types. Loose on purpose (an op-ed says odd things of ideas), but a
 * concern never "meets" anyone and a state is never "part of" a concept.
 */
export const relationEnds: Record<RelationType, readonly [Ends, Ends]> = {
	allied_with: [actor, actor],
	partners_with: [actor, actor],
	member_of: [actor, grouping],
	part_of: ['any', 'any'],
	leads: [actor, ['actor', ...grouping]],
	represents: [actor, actor],
	affiliated_with: [actor, actor],
	authored: [actor, 'any'],
	meets: [actor, actor],
	attends: [actor, ['event', 'mechanism']],
	speaks_at: [actor, ['event']],
	hosts: [actor, ['event', 'mechanism']],
	precedes: [['event', 'mechanism'], 'any'],
	contrasts_with: ['any', 'any'],
	concerned_about: [actor, 'any'],
	focuses_on: [['actor', 'event', 'mechanism', 'alliance'], 'any'],
	exhibits: [
		['actor', 'alliance', 'relationship'],
		['concern', 'concept']
	],
	threatens: ['any', 'any'],
	invades: [actor, actor],
	opposes: [actor, 'any'],
	competes_with: [actor, actor],
	heightens: ['any', ['concern']],
	undermines: ['any', 'any'],
	avoids_provoking: [actor, actor],
	reluctant_to_balance: [actor, actor],
	reassures: [['actor', 'event', 'mechanism'], actor],
	improves_relations_with: [actor, actor],
	historical_dispute_with: [actor, actor],
	negotiates: [actor, 'any'],
	resolves: ['any', ['concern']],
	proposes: [actor, 'any'],
	advocates: [actor, 'any'],
	believes_in: [actor, idea],
	supports: ['any', 'any'],
	builds: ['any', 'any'],
	depends_on: ['any', 'any'],
	affects: ['any', 'any'],
	credited_with: [actor, 'any'],
	valued_for: ['any', 'any'],
	exemplifies: ['any', 'any'],
	could_become: [['alliance', 'relationship', 'mechanism', 'concept'], 'any'],
	contributes_to: [actor, 'any']
};

const fits = (ends: Ends, type: NodeType) => ends === 'any' || ends.includes(type);

/**
 * The relations a reader reaches for first, most general first: a review that asks for a type in
 * one keystroke offers these before the specific ones ("invades", "avoids provoking").
 */
export const commonRelations: readonly RelationType[] = [
	'supports',
	'opposes',
	'partners_with',
	'allied_with',
	'competes_with',
	'meets',
	'negotiates',
	'threatens',
	'concerned_about',
	'member_of',
	'leads',
	'depends_on',
	'affects'
];

/** The stance a relation of each type has unless the text says otherwise, where it has one. */
export const relationStances: Partial<Record<RelationType, Stance>> = {
	allied_with: 'cooperative',
	partners_with: 'cooperative',
	supports: 'cooperative',
	reassures: 'cooperative',
	improves_relations_with: 'cooperative',
	opposes: 'adversarial',
	competes_with: 'adversarial',
	threatens: 'adversarial',
	invades: 'adversarial',
	undermines: 'adversarial',
	historical_dispute_with: 'adversarial',
	meets: 'neutral',
	negotiates: 'neutral',
	depends_on: 'neutral',
	affects: 'neutral'
};

/**
 * At most `n` types for a relation between nodes of types `from` and `to`, `current` first:
 * the common ones that fit, then the others that fit, most specific first.
 */
export function shortList(
	from: NodeType,
	to: NodeType,
	current: RelationType,
	n = 9
): RelationType[] {
	const fitting = relationsBetween(from, to);
	const common = commonRelations.filter((r) => fitting.includes(r));
	return [...new Set([current, ...common, ...fitting])].slice(0, n);
}

/** The relations that can join a node of type `from` to one of type `to`, most specific first. */
export function relationsBetween(from: NodeType, to: NodeType): RelationType[] {
	const fitting = relationTypes.filter(
		(r) => fits(relationEnds[r][0], from) && fits(relationEnds[r][1], to)
	);
	const loose = (r: RelationType) =>
		(relationEnds[r][0] === 'any' ? 1 : 0) + (relationEnds[r][1] === 'any' ? 1 : 0);
	return fitting.sort((a, b) => loose(a) - loose(b));
}
