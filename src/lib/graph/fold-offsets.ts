/**
 * `fold` (search.ts) that remembers where each folded character came from, so a match found
 * in folded text can be shown in the article's own words.
 */

const letter = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && letter.test(c);

export interface Folded {
	/** The folded text: equal to fold() of the input, but for rare case rules (a final sigma). */
	text: string;
	/** For each character of `text`, the offset in the input it came from. */
	from: number[];
}

export function foldWithOffsets(input: string): Folded {
	// Accents and typographic quotes, one input character at a time.
	const chars: { c: string; at: number }[] = [];
	for (let at = 0; at < input.length; at++) {
		const code = input.codePointAt(at)!;
		const original = String.fromCodePoint(code);
		const plain = original
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[’‘]/g, "'")
			.replace(/[“”]/g, '"');
		for (const c of plain) chars.push({ c, at });
		if (original.length === 2) at++;
	}
	// Abbreviation dots, by the same two rules as fold(): after a lone letter, and between letters.
	const kept = chars.filter(({ c }, i) => {
		if (c !== '.' || !isLetter(chars[i - 1]?.c)) return true;
		const loneLetter = !isLetter(chars[i - 2]?.c);
		return !(loneLetter || isLetter(chars[i + 1]?.c));
	});
	let text = '';
	const from: number[] = [];
	for (const { c, at } of kept) {
		for (const lower of c.toLowerCase()) {
			text += lower;
			from.push(at);
		}
	}
	return { text, from };
}
