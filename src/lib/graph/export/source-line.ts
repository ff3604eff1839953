/** The credit line every exported picture and file carries. */
import { outletAndDate } from '../citation';
import type { Dataset } from '../dataset';

/** The credit in phrases, so a picture can wrap it between them rather than mid-phrase. */
export function sourceParts(source: Dataset['source']): string[] {
	const where = outletAndDate(source);
	return [
		`Source: ${source.title}${where ? ` — ${where}` : ''}.`,
		...(source.url ? [source.url] : []),
		'· Made with Evidence Map'
	];
}

export function sourceLine(source: Dataset['source']): string {
	return sourceParts(source).join(' ');
}
