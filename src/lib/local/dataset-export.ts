/** A stored map's own export: its three files as the zip that `graph-data/` takes. */
import type { ExportFormat } from '../components/ExportMenu/formats';
import type { LocalMap } from './types';

type Files = Pick<LocalMap, 'slug' | 'files'>;

/** `map`: the map, or (for a map being edited) how to get it as it is at the moment of export. */
export function datasetZipFormat(map: Files | (() => Files)): ExportFormat {
	const now = () => (typeof map === 'function' ? map() : map);
	return {
		id: 'dataset-zip',
		label: 'Dataset (.zip)',
		hint: 'The article and its map as files: import them again, or publish them in graph-data/',
		kind: 'data',
		filename: () => `${now().slug}.zip`,
		make: async ({ withoutDrafts }) => {
			const { datasetZip } = await import('./zip');
			const { slug, files } = now();
			const kept = withoutDrafts
				? (await import('./files-without-drafts')).filesWithoutDrafts(files)
				: files;
			return new Blob([datasetZip(slug, kept) as BlobPart], { type: 'application/zip' });
		}
	};
}
