import { describe, expect, it } from 'vitest';
import { noStepMessage, notFound, type KnownDataset } from '../../src/lib/views/not-found';

const campDavid: KnownDataset = {
	slug: 'camp-david-2023',
	title: 'Reaffirming alliance',
	steps: 11
};
const noStory: KnownDataset = { slug: 'plain', title: 'A plain article', steps: 0 };
const datasets = [campDavid, noStory];

describe('notFound', () => {
	it.each([
		[
			'/camp-david-2023/present/99',
			{
				title: 'No step “99”',
				reason: 'This presentation has steps 1 to 11; there is no step “99”.',
				dataset: campDavid,
				badStep: true
			}
		],
		[
			'/camp-david-2023/present/0',
			{
				title: 'No step “0”',
				reason: 'This presentation has steps 1 to 11; there is no step “0”.',
				dataset: campDavid,
				badStep: true
			}
		],
		[
			'/plain/present',
			{
				title: 'No presentation',
				reason: 'This article has no presentation.',
				dataset: noStory,
				badStep: false
			}
		],
		[
			'/no-such-article',
			{
				title: 'No such article',
				reason: 'There is no article called “no-such-article” here.',
				unknownSlug: true
			}
		],
		[
			'/camp-david-2023/slides',
			{
				title: 'Page not found',
				reason:
					'This article has no page “slides”: its pages are the explorer, the table, the presentation and the handout.',
				dataset: campDavid
			}
		],
		['/my/nothing', { title: 'Page not found', reason: 'Nothing is published at this address.' }]
	])('%s', (path, expected) => {
		expect(notFound(path, datasets)).toEqual(expected);
	});

	it('says only that nothing is here until the list of articles has loaded', () => {
		expect(notFound('/no-such-article', null)).toEqual({
			title: 'Page not found',
			reason: 'Nothing is published at this address.'
		});
	});

	it('reads an escaped address as the words it stands for, and a broken escape as typed', () => {
		expect(notFound('/caf%C3%A9', datasets).reason).toBe('There is no article called “café” here.');
		expect(notFound('/%E0%A4%A', datasets).reason).toBe(
			'There is no article called “%E0%A4%A” here.'
		);
	});

	it('gives the presentation the same words as its page load', () => {
		expect(noStepMessage(11, '12')).toBe(
			'This presentation has steps 1 to 11; there is no step “12”'
		);
	});
});
