/**
 * Escaping for the XML exports (GraphML, GEXF). Article text and curated
 * labels may hold any character; XML 1.0 forbids most control characters
 * even as references, so those are dropped rather than escaped.
 */

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE/U+FFFF), plus the C1 controls it
 * discourages: none of them carries meaning in a label or a summary.
 */
const forbidden = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	// In attribute values a parser turns raw tabs and line breaks into spaces; references survive.
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

/** `value` made safe for an XML attribute value (in either quote style) or element text. */
export function xml(value: string | number | boolean): string {
	return String(value)
		.replace(forbidden, '')
		.replace(/[&<>"'\t\n\r]/g, (c) => entities[c]!);
}
