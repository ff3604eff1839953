/**
 * Why an address shows nothing, in words, and where to go instead. The error page asks it with
 * the address and the bundled datasets (null until their list has loaded); it reads only the
 * address, so it answers the same for a page the server never rendered as for one the browser
 * could not load.
 */

/** A bundled dataset as the error page knows it (`/datasets.json`). */
export interface KnownDataset {
	slug: string;
	title: string;
	/** Steps of its presentation; 0 when it has none. */
	steps: number;
}

export interface NotFound {
	/** The page's heading. */
	title: string;
	/** The sentence under it. */
	reason: string;
	/** The dataset the address names, when it is one: the page links to its explorer. */
	dataset?: KnownDataset;
	/** The address asked for a presentation step that the dataset has not got. */
	badStep?: boolean;
	/** The address names no dataset: the page lists the ones there are. */
	unknownSlug?: boolean;
}

/** The presentation's own words for a step out of range (also what its page load throws). */
export const noStepMessage = (count: number, step: string) =>
	count === 0
		? 'This article has no presentation'
		: `This presentation has steps 1 to ${count}; there is no step “${step}”`;

const decode = (part: string) => {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
};

/** `path` is the address's path without the app's base (`/camp-david-2023/present/99`). */
export function notFound(path: string, datasets: readonly KnownDataset[] | null): NotFound {
	const parts = path.split('/').filter(Boolean).map(decode);
	const nothing = { title: 'Page not found', reason: 'Nothing is published at this address.' };
	const [slug, view, step] = parts;
	if (!slug || slug === 'my' || slug === 'new' || !datasets) return nothing;
	const dataset = datasets.find((d) => d.slug === slug);
	if (!dataset) {
		return {
			title: 'No such article',
			reason: `There is no article called “${slug}” here.`,
			unknownSlug: true
		};
	}
	if (!view) return { ...nothing, dataset };
	if (view === 'present' && parts.length <= 3) {
		return {
			title: dataset.steps ? `No step “${step ?? ''}”` : 'No presentation',
			reason: `${noStepMessage(dataset.steps, step ?? '')}.`,
			dataset,
			badStep: dataset.steps > 0
		};
	}
	return {
		title: 'Page not found',
		reason: `This article has no page “${parts.slice(1).join('/')}”: its pages are the explorer, the table, the presentation and the handout.`,
		dataset
	};
}
