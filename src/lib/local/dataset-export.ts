/** A stored map's own export: its three files as the zip that `graph-data/` takes. */
import type { ExportFormat } from '../components/ExportMenu/formats';
import type { LocalMap } from './types';

export function datasetZipFormat(map: Pick<LocalMap, 'slug' | 'files'>): ExportFormat {
	return {
		id: 'dataset-zip',
		label: 'Dataset (.zip)',
		hint: 'The article and its map as files: import them again, or publish them in graph-data/',
		kind: 'data',
		filename: () => `${map.slug}.zip`,
		make: async () => {
			const { datasetZip } = await import('./zip');
			return new Blob([datasetZip(map.slug, map.files) as BlobPart], { type: 'application/zip' });
		}
	};
}
