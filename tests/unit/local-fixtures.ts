/**
 * Map files for the local-map tests: the bundled dataset's copy, and a small
 * map whose article and labels are right-to-left Arabic and Hebrew with emoji,
 * written here (not from any source) to prove such text survives every step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesFromDataset } from '../../src/lib/local/from-dataset';
import type { MapFiles } from '../../src/lib/local/types';
import { bundled } from './export-fixtures';

export const bundledFiles = (): MapFiles => filesFromDataset(bundled());

/** The checker's `valid` fixture as map files, byte for byte as on disk. */
export function validFiles(): MapFiles {
	const dir = join(process.cwd(), 'tests/fixtures/datasets/valid');
	return {
		article: readFileSync(join(dir, 'article.txt'), 'utf8'),
		graph: readFileSync(join(dir, 'graph.json'), 'utf8'),
		story: null
	};
}

const rtlArticle =
	'قمة السلام 🕊️ في القدس\n\nاتفقت مصر والأردن على خطة 🤝 جديدة. ישראל מודאגת מהמתיחות 😟 בגבול.\n';

export function rtlFiles(): MapFiles {
	const graph = {
		source: {
			title: 'قمة السلام 🕊️',
			outlet: 'صحيفة الاختبار',
			authors: ['כותב בדיקה'],
			published: '2024-05-01',
			url: 'https://example.org/rtl',
			blocks: { '1': 'headline' }
		},
		nodes: [
			{
				id: 'egypt',
				label: 'مصر',
				type: 'actor',
				kind: 'state',
				summary: 'دولة 🇪🇬',
				evidence: [{ exact: 'مصر' }]
			},
			{
				id: 'jordan',
				label: 'الأردن',
				type: 'actor',
				kind: 'state',
				summary: 'دولة',
				evidence: [{ exact: 'الأردن' }]
			},
			{
				id: 'tension',
				label: 'המתיחות 😟',
				type: 'concern',
				summary: 'מתיחות בגבול',
				evidence: [{ exact: 'המתיחות 😟 בגבול' }]
			}
		],
		edges: [
			{
				id: 'egypt-allied-jordan',
				source: 'egypt',
				target: 'jordan',
				relation: 'allied_with',
				label: 'خطة 🤝',
				stance: 'cooperative',
				assertedBy: { by: 'authors' },
				evidence: [{ exact: 'اتفقت مصر والأردن على خطة 🤝 جديدة.' }]
			}
		]
	};
	const story = {
		title: 'السلام 🕊️',
		steps: [
			{
				title: 'خطة',
				narration: 'اتفاق 🤝',
				nodes: ['egypt', 'jordan'],
				edges: ['egypt-allied-jordan'],
				passage: { exact: 'خطة 🤝 جديدة' }
			}
		]
	};
	return {
		article: rtlArticle,
		graph: JSON.stringify(graph, null, '\t'),
		story: JSON.stringify(story)
	};
}
