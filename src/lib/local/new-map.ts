/**
 * What the "New map" form hands to the drafting: the text exactly as given (line endings
 * normalised, nothing else) and the source details, checked first so a mistake is named in
 * the page before any work is done.
 */
import { formatBytes, limits, overLimit } from '../graph/limits';
import { normaliseLineEndings } from '../graph/line-endings';
import type { DraftInput } from '../draft/index';

export interface NewMapFields {
	text: string;
	title: string;
	outlet: string;
	authors: string;
	published: string;
	url: string;
}

export const emptyFields: NewMapFields = {
	text: '',
	title: '',
	outlet: '',
	authors: '',
	published: '',
	url: ''
};

/** What the drafting is handed: the draft's own input, text and source. */
export type DraftRequest = DraftInput;

export type FieldProblem = { field: keyof NewMapFields; message: string; fix: string };

/** "Ana Ruiz and Li Wei, Sam Cole" → three names. */
export function splitAuthors(authors: string): string[] {
	return authors
		.split(/\s*(?:,|;|\band\b|&)\s*/)
		.map((a) => a.trim())
		.filter(Boolean);
}

/** The first line with words in it, cut at a word near 120 characters: the headline, usually. */
export function titleFromText(text: string): string {
	const line =
		text
			.split('\n')
			.find((l) => /\p{L}/u.test(l))
			?.trim() ?? '';
	if (line.length <= 120) return line;
	const cut = line.slice(0, 120);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** The request for the drafting, or the first problem with the form, with its fix. */
export function prepareDraft(fields: NewMapFields): DraftRequest | FieldProblem {
	const text = normaliseLineEndings(fields.text);
	if (!/\S/.test(text)) {
		return {
			field: 'text',
			message: 'There is no article text yet.',
			fix: 'Paste the article into “Article text”, or open a file (.txt, .md, .html).'
		};
	}
	const size = overLimit(text, limits.articleBytes);
	if (size !== null) {
		return {
			field: 'text',
			message: `The text is ${formatBytes(size)}, over the limit of ${formatBytes(limits.articleBytes)} for one article.`,
			fix: 'Paste one article at a time; a text this long is a book. Split it into chapters and make a map of each.'
		};
	}
	const url = fields.url.trim();
	if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) {
		return {
			field: 'url',
			message: `“${url.slice(0, 60)}” is not a web address.`,
			fix: 'Give the full address, starting with https:// (or http://), or leave the field empty.'
		};
	}
	const published = fields.published.trim();
	if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
		return {
			field: 'published',
			message: `“${published.slice(0, 30)}” is not a date.`,
			fix: 'Pick the date from the calendar, or write it as YYYY-MM-DD, or leave it empty.'
		};
	}
	return {
		text,
		source: {
			title: fields.title.trim() || titleFromText(text),
			outlet: fields.outlet.trim(),
			authors: splitAuthors(fields.authors),
			published,
			url
		}
	};
}

export const isProblem = (x: DraftRequest | FieldProblem): x is FieldProblem => 'field' in x;
