/** JSON.parse, with a syntax error told by line and column rather than by character offset. */

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(source: string): ParsedJson {
	try {
		return { ok: true, value: JSON.parse(source) };
	} catch (error) {
		return { ok: false, message: jsonErrorAt(source, error) };
	}
}

/** The parser's message with the line and column it points at. */
export function jsonErrorAt(source: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	if (!position) return message;
	const before = source.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`;
}
