/** The credit line every exported picture and file carries. */
import { formatDate } from '../../format';
import type { Dataset } from '../dataset';

/** The credit in phrases, so a picture can wrap it between them rather than mid-phrase. */
export function sourceParts(source: Dataset['source']): string[] {
	return [
		`Source: ${source.title} — ${source.outlet}, ${formatDate(source.published)}.`,
		source.url,
		'· Made with Evidence Map'
	];
}

export function sourceLine(source: Dataset['source']): string {
	return sourceParts(source).join(' ');
}
