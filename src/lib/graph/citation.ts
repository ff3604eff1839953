/**
 * Who wrote an article, where and when, from whichever of those its source gives: an article
 * pasted into the app may come without an outlet, authors, a date or an address, and what is
 * missing is left out rather than made up.
 */
import { formatDate, whereLabel } from '../format';
import type { Dataset } from './dataset';

type Source = Dataset['source'];

/** "Ana Ruiz and Li Wei", or null when no author is given. */
export function byline(source: Pick<Source, 'authors'>): string | null {
	const { authors } = source;
	if (!authors.length) return null;
	return authors.length <= 2
		? authors.join(' and ')
		: `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

/** The outlet and the date as far as given: "The Hill, 17 August 2023", "The Hill", or null. */
export function outletAndDate(source: Pick<Source, 'outlet' | 'published'>): string | null {
	const parts = [source.outlet, source.published && formatDate(source.published)].filter(Boolean);
	return parts.length ? parts.join(', ') : null;
}

/** Authors, outlet and date, as far as given: "Ana Ruiz · The Hill, 17 August 2023". */
export function citation(source: Pick<Source, 'authors' | 'outlet' | 'published'>): string {
	return [byline(source), outletAndDate(source)].filter(Boolean).join(' · ');
}

/**
 * A passage ready to paste into notes: the quote, where it stands, who wrote it and where, and
 * the address, as far as the source gives them:
 * “…the quote…” (¶ 4) Ana Ruiz and Li Wei · The Hill, 17 August 2023. https://…
 */
export function quotation(
	passage: { exact: string; paragraph: number | null; role: string },
	source: Pick<Source, 'authors' | 'outlet' | 'published' | 'url' | 'title'>
): string {
	const credit = citation(source) || source.title;
	const parts = [`“${passage.exact}” (${whereLabel(passage)})`, credit && `${credit}.`, source.url];
	return parts.filter(Boolean).join(' ');
}
