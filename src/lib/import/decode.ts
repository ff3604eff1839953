/**
 * Bytes of an opened file as text, or why they are not text: UTF-8 (a byte
 * order mark dropped), or the encoding an HTML file declares; NUL bytes or
 * undecodable bytes mean a binary file, refused with a message.
 */
export type Decoded = { ok: true; text: string } | { ok: false; error: string; fix: string };

const binary = (name: string): Decoded => ({
	ok: false,
	error: `“${name}” is not a text file (it holds binary data, like a picture, a PDF or a word-processor document).`,
	fix: 'Open the article saved as plain text (.txt), Markdown (.md) or a web page (.html), or copy its text and paste it.'
});

export function decodeText(name: string, bytes: Uint8Array, declared?: string | null): Decoded {
	// Notepad's "Unicode" is UTF-16 with a byte order mark; its zero bytes are text.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			ok: true,
			text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes)
		};
	}
	const head = bytes.subarray(0, 8192);
	if (head.includes(0)) return binary(name);
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text };
	} catch {
		if (declared && !/^utf-?8$/i.test(declared)) {
			try {
				return { ok: true, text: new TextDecoder(declared).decode(bytes) };
			} catch {
				// An encoding this browser does not know: fall through to the message.
			}
		}
		return {
			ok: false,
			error: `“${name}” is not in UTF-8, the encoding the app reads.`,
			fix: 'Save the file again as UTF-8 text (most editors offer it under “Save as”), or copy its text and paste it.'
		};
	}
}

/** The charset an HTML file declares in its first bytes (`<meta charset="…">`), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
	const start = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(start)?.[1] ?? null;
}
