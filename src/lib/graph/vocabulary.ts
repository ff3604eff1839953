/**
 * Closed vocabularies of the data format. The schema, the checker, the
 * stylesheet and the legend all read these arrays, so adding a value here is
 * the one change needed to allow it everywhere.
 */

/**
 * `alliance` is a treaty alliance or what the article itself calls one; `relationship` is any
 * other tie between parties that the map shows as a node (a partnership, bilateral relations),
 * so that states that are not allies are never drawn as an alliance.
 */
export const nodeTypes = [
	'actor',
	'alliance',
	'relationship',
	'concern',
	'event',
	'mechanism',
	'concept'
] as const;
export type NodeType = (typeof nodeTypes)[number];

/**
 * The types the map is about: the article's actors, their alliances and other relationships,
 * and the concerns they share. The other types (events, mechanisms, concepts) stand around them.
 */
export const subjectTypes = [
	'actor',
	'alliance',
	'relationship',
	'concern'
] as const satisfies readonly NodeType[];
export type SubjectType = (typeof subjectTypes)[number];

/** What sort of actor a node of type `actor` is. */
export const actorKinds = ['state', 'government', 'person', 'organization', 'public'] as const;
export type ActorKind = (typeof actorKinds)[number];

/**
 * How far an element has been read: a drafting tool marks what it guessed as
 * "draft" until a person confirms it. An element without a status is confirmed.
 */
export const elementStatuses = ['draft', 'confirmed'] as const;
export type ElementStatus = (typeof elementStatuses)[number];

export const stances = ['cooperative', 'adversarial', 'neutral'] as const;
export type Stance = (typeof stances)[number];

/**
 * Who, according to the article, makes the claim an edge records. `caption` and `headline`
 * are those blocks of the page (the photo caption and the headline, which an outlet's
 * editors usually write), so their words are never credited to the authors.
 */
export const asserters = ['authors', 'actor', 'poll', 'officials', 'caption', 'headline'] as const;
export type Asserter = (typeof asserters)[number];

/**
 * How an edge stands in the article: `stated` (the passages say it) or `inference` (the
 * curator's reading of passages that suggest it without saying it).
 */
export const bases = ['stated', 'inference'] as const;
export type Basis = (typeof bases)[number];

export const relationTypes = [
	'allied_with',
	'partners_with',
	'member_of',
	'part_of',
	'leads',
	'represents',
	'affiliated_with',
	'authored',
	'meets',
	'attends',
	'speaks_at',
	'hosts',
	'precedes',
	'contrasts_with',
	'concerned_about',
	'focuses_on',
	'exhibits',
	'threatens',
	'invades',
	'opposes',
	'competes_with',
	'heightens',
	'undermines',
	'avoids_provoking',
	'reluctant_to_balance',
	'reassures',
	'improves_relations_with',
	'historical_dispute_with',
	'negotiates',
	'resolves',
	'proposes',
	'advocates',
	'believes_in',
	'supports',
	'builds',
	'depends_on',
	'affects',
	'credited_with',
	'valued_for',
	'exemplifies',
	'could_become',
	'contributes_to'
] as const;
export type RelationType = (typeof relationTypes)[number];

/** Relations that read the same in both directions (drawn without an arrowhead). */
export const symmetricRelations: readonly RelationType[] = [
	'allied_with',
	'partners_with',
	'meets',
	'historical_dispute_with',
	'improves_relations_with',
	'contrasts_with',
	'competes_with'
];

/** Roles a block of the article text can play; every other block is body text. */
export const blockRoles = ['disclaimer', 'headline', 'caption', 'body', 'author-note'] as const;
export type BlockRole = (typeof blockRoles)[number];

/**
 * Plain-English names, shown in the legend, panels and messages: each the word its value is in
 * an address (`?hide=concept`), so what a reader sees and what a link says agree.
 */
export const nodeTypeNames: Record<NodeType, string> = {
	actor: 'Actor',
	alliance: 'Alliance',
	relationship: 'Relationship',
	concern: 'Concern',
	event: 'Event',
	mechanism: 'Mechanism',
	concept: 'Concept'
};

export const relationNames: Record<RelationType, string> = {
	allied_with: 'allied with',
	partners_with: 'partners with',
	member_of: 'member of',
	part_of: 'part of',
	leads: 'leads',
	represents: 'represents',
	affiliated_with: 'affiliated with',
	authored: 'wrote',
	meets: 'meets',
	attends: 'takes part in',
	speaks_at: 'speaks at',
	hosts: 'hosts',
	precedes: 'came before',
	contrasts_with: 'contrasts with',
	concerned_about: 'concerned about',
	focuses_on: 'focuses on',
	exhibits: 'shows',
	threatens: 'threatens',
	invades: 'invades',
	opposes: 'opposes',
	competes_with: 'competes with',
	heightens: 'heightens',
	undermines: 'undermines',
	avoids_provoking: 'avoids provoking',
	reluctant_to_balance: 'reluctant to balance against',
	reassures: 'reassures',
	improves_relations_with: 'improves relations with',
	historical_dispute_with: 'historical dispute with',
	negotiates: 'negotiates',
	resolves: 'eases',
	proposes: 'proposes',
	advocates: 'argues for',
	believes_in: 'believes in',
	supports: 'supports',
	builds: 'builds',
	depends_on: 'depends on',
	affects: 'affects',
	credited_with: 'credited with',
	valued_for: 'valued for',
	exemplifies: 'is an example of',
	could_become: 'could become',
	contributes_to: 'writes for'
};
