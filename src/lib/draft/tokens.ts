/**
 * Words of a sentence with their offsets, as name finding needs them: "U.S."
 * and "J." keep their full stops, "China’s" loses its possessive (kept as a
 * flag), and hyphens are remembered as glue between words ("Mercedes-Benz",
 * "US-Japan").
 */
export interface Token {
	text: string;
	start: number;
	end: number;
	/** Starts with a capital letter (or is "al-Qaeda"-like: lowercase particle, hyphen, capital). */
	cap: boolean;
	/** Two or more letters, all capitals: an acronym or a dateline. */
	upper: boolean;
	/** Followed by ’s or ' : the word is possessive, and a name ends with it. */
	possessive: boolean;
	/** Characters between the previous token and this one. */
	gap: string;
}

const word = /\p{Lu}\p{Ll}?\.(?:\p{L}\.)+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|&/gu;
/** Abbreviations whose full stop belongs to the word. */
const dotted = new Set(
	'Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Brig Gov Sen Rep Rev St Mt Ft Jr Sr Inc Corp Ltd Co Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs'.split(
		' '
	)
);

export function tokenize(text: string, from: number, to: number): Token[] {
	const tokens: Token[] = [];
	const slice = text.slice(from, to);
	let last = 0;
	for (const m of slice.matchAll(word)) {
		let value = m[0];
		let possessive = false;
		const poss = /['’]s$/.exec(value);
		if (poss && value.length > 2) {
			value = value.slice(0, -2);
			possessive = true;
		} else if (/s$/.test(value) && /['’]/.test(slice[m.index + value.length] ?? '')) {
			// "Manufacturers' Association": a plural possessive, which can sit inside a name.
			possessive = /\s[\p{Ll}]/u.test(
				slice.slice(m.index + value.length + 1, m.index + value.length + 3)
			);
		}
		let end = m.index + value.length;
		if (!possessive && slice[end] === '.' && (dotted.has(value) || /^\p{Lu}$/u.test(value))) {
			value += '.';
			end++;
		}
		const start = m.index;
		tokens.push({
			text: value,
			start: from + start,
			end: from + end,
			cap:
				/^\p{Lu}/u.test(value) ||
				(/^(?:al|el|ad|as|an)$/.test(value) &&
					slice[end] === '-' &&
					/\p{Lu}/u.test(slice[end + 1] ?? '')),
			upper: /^(?:\p{Lu}\.?){2,}$/u.test(value) || /^\p{Lu}{2,}\d*$/u.test(value),
			possessive,
			gap: slice.slice(last, start)
		});
		last = possessive ? end + (poss ? 2 : 1) : end;
	}
	return tokens;
}
