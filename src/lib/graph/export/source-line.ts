/** The credit line every exported picture and file carries. */
import { formatDate } from '../../format';
import type { Dataset } from '../dataset';

export function sourceLine(source: Dataset['source']): string {
	return `Source: ${source.title} — ${source.outlet}, ${formatDate(source.published)}. ${source.url} · Made with Evidence Map`;
}
