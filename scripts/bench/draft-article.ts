/**
 * A long article for the drafting benchmark: `words` words of news prose,
 * made from sentence patterns filled with people, states, bodies and cue
 * words, seeded so every run drafts the same text. No sentence repeats: each
 * carries its own figures, as a real report's would.
 */
import { seeded } from '../../src/lib/graph/random';
import { countries } from '../../src/lib/draft/lexicon/countries';

const first = [
	'Maria',
	'Ahmed',
	'Chen',
	'Olga',
	'Kwame',
	'Lucia',
	'Ravi',
	'Sofia',
	'Tomas',
	'Amina',
	'Kenji',
	'Elena',
	'David',
	'Fatima',
	'Jonas',
	'Priya'
];
const last = [
	'Okafor',
	'Lindqvist',
	'Haddad',
	'Moreau',
	'Tanaka',
	'Kowalski',
	'Mensah',
	'Ferreira',
	'Novak',
	'Rahman',
	'Castellano',
	'Ivanova',
	'Brennan',
	'Adeyemi',
	'Sato',
	'Petrov'
];
const titles = [
	'President',
	'Prime Minister',
	'Foreign Minister',
	'Finance Minister',
	'General',
	'Senator'
];
const roles = [
	'an economist',
	'a researcher',
	'a spokesperson',
	'an analyst',
	'a former diplomat',
	'a lawmaker'
];
const bodies = [
	'Institute for Regional Studies',
	'Central Bank',
	'National Assembly',
	'Energy Agency',
	'Trade Council',
	'Supreme Court',
	'Farmers Union',
	'Democratic Party'
];
const cues = [
	'tensions',
	'fears',
	'concerns',
	'the risk',
	'a dispute',
	'the crisis',
	'instability',
	'anxiety'
];
const topics = [
	'grain exports',
	'the border',
	'fuel prices',
	'the currency',
	'fishing rights',
	'the new pipeline',
	'debt payments',
	'water from the river'
];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export function longArticle(words: number, seed = 7): string {
	const random = seeded(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
	const n = () => Math.floor(random() * 900) + 10;
	const person = () => `${pick(first)} ${pick(last)}`;
	const state = () => pick(countries).name;
	const patterns = [
		() =>
			`${pick(titles)} ${person()} of ${state()} said on ${pick(days)} that talks with ${state()} over ${pick(topics)} had made progress after ${n()} days.`,
		() =>
			`${person()}, ${pick(roles)} at the ${state()} ${pick(bodies)}, warned of ${pick(cues)} over ${pick(topics)} in ${n()} districts.`,
		() =>
			`Officials in ${pick(countries).capitals[0] ?? 'the capital'} accused ${state()} of blocking ${n()} trucks carrying aid, deepening ${pick(cues)} between the two governments.`,
		() =>
			`The ${pick(bodies)} approved a loan of ${n()} million dollars to ${state()}, which has backed a deal with ${state()} on ${pick(topics)}.`,
		() =>
			`${state()} and ${state()} signed a partnership on ${pick(topics)} worth ${n()} million, ${person()} told reporters.`,
		() =>
			`Voters in ${state()} expressed ${pick(cues)} about ${pick(topics)}, with ${n()} percent saying the government had failed them.`
	];
	const paragraphs: string[] = [];
	let count = 0;
	while (count < words) {
		const sentences: string[] = [];
		for (let k = 0; k < 5 && count < words; k++) {
			const sentence = pick(patterns)();
			sentences.push(sentence);
			count += sentence.split(/\s+/).length;
		}
		paragraphs.push(sentences.join(' '));
	}
	return `${paragraphs.join('\n\n')}\n`;
}
