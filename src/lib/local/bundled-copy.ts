/** Fetching a bundled dataset's files (the prerendered `/<slug>/files.json`) for an editable copy. */
import type { MapFiles } from './types';

export interface BundledFiles {
	slug: string;
	title: string;
	files: MapFiles;
}

const isText = (x: unknown): x is string => typeof x === 'string';

/** The files, or an Error whose message says why they could not be had. */
export async function fetchBundledFiles(url: string): Promise<BundledFiles> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error(
			'The article could not be fetched: this browser seems to be offline, and the article has not been opened here before. Open it once while online, then try again.'
		);
	}
	if (!response.ok)
		throw new Error(`The article could not be fetched (the server answered ${response.status}).`);
	const body = (await response.json()) as Partial<BundledFiles>;
	const files = body.files;
	if (!isText(body.title) || !files || !isText(files.article) || !isText(files.graph)) {
		throw new Error('The article’s files came back incomplete; reload the page and try again.');
	}
	return {
		slug: String(body.slug),
		title: body.title,
		files: { ...files, story: isText(files.story) ? files.story : null }
	};
}
