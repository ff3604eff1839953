/** Line endings to "\n", nothing else: every quote is checked against the text as kept. */
export function normaliseText(raw: string): string {
	return raw.replace(/\r\n?/g, '\n');
}
