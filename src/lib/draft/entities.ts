/**
 * Mentions merged into actors. Known forms merge by the lexicon's key ("U.S.",
 * "Washington", "American" → United States); a short name joins the full name
 * it is part of ("Biden" → the person first named "President Biden",
 * "Mendoza" → "Julio Mendoza Quispe", "Brookings" → "Brookings Institution");
 * an acronym joins the name it abbreviates, in brackets after it or by its
 * initials. Weak mentions only join actors that strong ones establish.
 */
import type { ActorKind } from '../graph/vocabulary';
import { fold } from './gazetteer';
import { generic, nameConnectors } from './lexicon/words';
import type { Mention } from './mention';

export interface Actor {
	key: string;
	kind: ActorKind;
	label: string;
	mentions: Mention[];
	/** The state a title or demonym ties the actor to, and whether the title leads it. */
	of?: string;
	leads?: boolean;
}

const wordCache = new Map<string, string[]>();
/** A name's words without connectors ("University of Birmingham" → University, Birmingham). */
const words = (name: string): string[] => {
	let found = wordCache.get(name);
	if (!found) {
		found = fold(name)
			.split(/[\s-]+/)
			.filter((w) => w && !nameConnectors.has(w));
		if (wordCache.size > 5000) wordCache.clear();
		wordCache.set(name, found);
	}
	return found;
};
const keyOf = (m: Mention) =>
	m.key ??
	`${m.kind === 'government' ? 'government' : m.kind}:${fold(m.name).toLowerCase().replace(/\.$/, '')}`;

function initials(name: string): string[] {
	const all = name.split(/\s+/).filter(Boolean);
	const strict = all.filter((w) => !nameConnectors.has(w));
	return [strict, all].map((ws) => ws.map((w) => w[0]!.toUpperCase()).join(''));
}

export function mergeActors(text: string, mentions: Mention[]): Actor[] {
	const actors = new Map<string, Actor>();
	const add = (key: string, m: Mention) => {
		let actor = actors.get(key);
		if (!actor) {
			actor = { key, kind: m.kind, label: m.label ?? m.name, mentions: [] };
			actors.set(key, actor);
		}
		actor.mentions.push(m);
		if (m.title && actor.kind !== 'person') actor.kind = 'person';
		if (m.of && !actor.of) actor.of = m.of;
		if (m.leads) actor.leads = true;
		if (!m.label && words(m.name).length > words(actor.label).length) actor.label = m.name;
	};

	// 1. Strong full names.
	const later: Mention[] = [];
	for (const m of mentions) {
		if (m.weak || m.single) later.push(m);
		else if (!m.key && m.kind !== 'person' && words(m.name).length === 1) later.push(m);
		else add(keyOf(m), m);
	}
	// 2. "Salas Arenas" is the person first named "Jorge Salas Arenas".
	const people = [...actors.values()].filter((a) => a.kind === 'person');
	for (const short of people) {
		const w = words(short.label);
		const longer = people.filter((p) => p !== short && contains(words(p.label), w));
		if (longer.length === 1) {
			longer[0]!.mentions.push(...short.mentions);
			actors.delete(short.key);
		}
	}
	// 3. Short names, acronyms and weak mentions join what they belong to.
	for (const m of later) {
		const target = resolve(text, m, [...actors.values()], mentions);
		if (target) add(target.key, m);
		else if (!m.weak) add(keyOf(m), m);
	}
	for (const actor of actors.values()) actor.mentions.sort((a, b) => a.start - b.start);
	return [...actors.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const contains = (long: string[], short: string[]) =>
	short.length < long.length && long.some((_, i) => short.every((w, k) => long[i + k] === w));

function resolve(
	text: string,
	m: Mention,
	actors: Actor[],
	mentions: Mention[]
): Actor | undefined {
	const key = keyOf(m);
	const same = actors.find((a) => a.key === key);
	if (same) return same;
	if (m.key) return undefined;
	const name = fold(m.name).replace(/\.$/, '');
	if (/^\p{Lu}{2,}$/u.test(name)) {
		// "(ONPE)" right after a name, or the initials of one.
		const index = mentions.indexOf(m);
		const prev = mentions[index - 1];
		if (prev && /^\s*\($/.test(text.slice(prev.end, m.start)) && text[m.end] === ')') {
			return actors.find((a) => a.mentions.includes(prev));
		}
		return actors.find(
			(a) => a.kind !== 'person' && a.kind !== 'state' && initials(a.label).includes(name)
		);
	}
	const w = words(name);
	if (m.kind === 'person' || m.single) {
		const people = actors.filter(
			(a) =>
				(a.kind === 'person' && contains(words(a.label), w)) ||
				(a.kind === 'person' && words(a.label).join(' ') === w.join(' '))
		);
		if (people.length) return nearest(m, people, w);
	}
	if (w.length === 1 && !generic.has(w[0]!) && !m.title) {
		const bodies = actors.filter((a) => {
			if (a.kind === 'person' || a.kind === 'state' || a.kind === 'public') return false;
			const aw = words(a.label);
			return aw.length > 1 && (aw[0] === w[0] || aw.at(-1) === w[0]);
		});
		if (bodies.length) return bodies[0];
	}
	return undefined;
}

/** Of several people a short name fits, the one named closest before it (else after). */
function nearest(m: Mention, people: Actor[], w: string[]): Actor {
	const rank = (a: Actor) => {
		const aw = words(a.label);
		return aw.at(-1) === w.at(-1) ? 0 : aw[0] === w[0] ? 2 : 1;
	};
	const best = Math.min(...people.map(rank));
	const fitting = people.filter((a) => rank(a) === best);
	const distance = (a: Actor) => {
		const before = a.mentions
			.filter((x) => x.start < m.start && !x.single)
			.map((x) => m.start - x.start);
		const after = a.mentions.filter((x) => x.start > m.start).map((x) => x.start - m.start + 1e9);
		return Math.min(...before, ...after, Infinity);
	};
	return fitting.sort((a, b) => distance(a) - distance(b))[0]!;
}
