import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/graph/check';
import { filesFromDataset } from '../../src/lib/local/from-dataset';
import { bundled, valid } from './export-fixtures';

describe('filesFromDataset (Make an editable copy)', () => {
	it.each([
		{ name: 'the bundled dataset, with its story', load: bundled },
		{ name: 'the valid fixture, without a story', load: valid }
	])('gives files that check back to $name unchanged', ({ load }) => {
		const dataset = load();
		const files = filesFromDataset(dataset);
		expect(files.story === null).toBe(dataset.story === undefined);
		const result = checkDataset({ slug: dataset.slug, dir: dataset.slug, ...files });
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (result.ok) expect(result.dataset).toEqual(dataset);
	});

	it('keeps the article byte for byte', () => {
		const dataset = bundled();
		expect(filesFromDataset(dataset).article).toBe(dataset.text);
	});

	it('does not change the dataset', () => {
		const dataset = bundled();
		const before = structuredClone(dataset);
		filesFromDataset(dataset);
		expect(dataset).toEqual(before);
	});
});
