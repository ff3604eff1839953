/**
 * From the form to a stored map: the draft is made in a worker, written as the three files a
 * `graph-data/<slug>/` folder holds, and stored. When the browser refuses to store it, the files
 * are handed back so the page can offer them as a download: the text is never lost.
 */
import { draftInWorker } from '../draft/client';
import type { DraftRequest } from './new-map';
import { createMap, storageProblem } from './store';
import type { LocalMap, MapFiles } from './types';
import { slugify } from './names';

export interface Drafted {
	files: MapFiles;
	slug: string;
	notes: string[];
	stored: LocalMap | null;
	storageProblem: { message: string; fix: string };
}

/** graph.json as the repository writes it: tab-indented, a newline at the end. */
export const graphText = (graph: unknown) => `${JSON.stringify(graph, null, '\t')}\n`;

export async function draftNewMap(request: DraftRequest): Promise<Drafted> {
	const result = await draftInWorker(request);
	const files: MapFiles = { article: request.text, graph: graphText(result.graph), story: null };
	const slug = slugify(request.source.title);
	try {
		const stored = await createMap(files, request.source.title);
		return { files, slug, notes: result.notes, stored, storageProblem: noProblem };
	} catch (error) {
		const known = await storageProblem().catch(() => null);
		return {
			files,
			slug,
			notes: result.notes,
			stored: null,
			storageProblem: known
				? { message: known.reason, fix: `${known.fix} ${keepIt}` }
				: {
						message: `This browser would not store the map (${error instanceof Error ? error.message : String(error)}).`,
						fix: keepIt
					}
		};
	}
}

const keepIt =
	'Your text is still on this page. Download the map as a dataset (.zip) to keep it; you can import it on the home page later.';
const noProblem = { message: '', fix: '' };
