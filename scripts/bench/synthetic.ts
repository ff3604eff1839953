/**
 * Synthetic datasets for the benchmark: `n` nodes, about two edges per node
 * (each node after the first joins two earlier ones, so the graph is
 * connected), and an article with one sentence per node and per edge that
 * each element quotes as its evidence. Deterministic: the same `n` and seed
 * always give the same files. Never shipped: the benchmark writes them to a
 * scratch folder and builds from there with EVIDENCE_MAP_DATA.
 */
import { seeded } from '../../src/lib/graph/random';
import {
	actorKinds,
	nodeTypes,
	relationNames,
	relationTypes,
	stances
} from '../../src/lib/graph/vocabulary';

const places = [
	'Northern',
	'Coastal',
	'Eastern',
	'Upper',
	'Central',
	'Western',
	'Southern',
	'Inland'
];
const things = [
	'Ministry',
	'Council',
	'Alliance',
	'Accord',
	'Forum',
	'League',
	'Dispute',
	'Summit'
];
const sentencesPerParagraph = 8;

export interface SyntheticFiles {
	slug: string;
	article: string;
	graph: object;
}

export function syntheticDataset(n: number, seed = 7): SyntheticFiles {
	const random = seeded(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
	const slug = `synthetic-${n}`;
	const title = `A synthetic record of ${n} actors, alliances and concerns`;
	const sentences: string[] = [];

	const nodes = Array.from({ length: n }, (_, i) => {
		const label = `${pick(places)} ${pick(things)} ${i + 1}`;
		const type = nodeTypes[i % nodeTypes.length]!;
		const exact = `${label} is entry ${i + 1} of the record.`;
		sentences.push(exact);
		return {
			id: `n${i + 1}`,
			label,
			type,
			...(type === 'actor' ? { kind: pick(actorKinds) } : {}),
			summary: `Entry ${i + 1} of a generated graph.`,
			evidence: [{ exact }]
		};
	});

	const edges: object[] = [];
	const joined = new Set<string>();
	for (let i = 1; i < n; i++) {
		for (let k = 0; k < Math.min(2, i); k++) {
			let j = Math.floor(random() * i);
			while (joined.has(`${j}-${i}`)) j = (j + 1) % i;
			joined.add(`${j}-${i}`);
			const relation = pick(relationTypes);
			const exact = `${nodes[i]!.label} ${relationNames[relation]} ${nodes[j]!.label} (link ${edges.length + 1}).`;
			sentences.push(exact);
			edges.push({
				id: `e${edges.length + 1}`,
				source: nodes[i]!.id,
				target: nodes[j]!.id,
				relation,
				label: relationNames[relation],
				stance: pick(stances),
				assertedBy: { by: 'authors' },
				evidence: [{ exact }]
			});
		}
	}

	const paragraphs: string[] = [title];
	for (let s = 0; s < sentences.length; s += sentencesPerParagraph) {
		paragraphs.push(sentences.slice(s, s + sentencesPerParagraph).join(' '));
	}
	return {
		slug,
		article: `${paragraphs.join('\n\n')}\n`,
		graph: {
			source: {
				title,
				outlet: 'Evidence Map benchmark',
				authors: ['Generated'],
				published: '2024-01-01',
				url: 'https://example.org/synthetic',
				blocks: { '1': 'headline' }
			},
			nodes,
			edges
		}
	};
}
