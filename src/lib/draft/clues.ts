/**
 * Clues from the words around a name, for names the lexicon does not know:
 * what follows or stands in apposition ("the … party", ", the private
 * utility"), what precedes ("analysts at", "shares in", "the city of"), and
 * where the name stands (a photo credit, a dateline).
 */
import { organizationNouns, roleNouns } from './lexicon/words';
import type { SentenceContext } from './classify';

export const placeNouns =
	/(?:city|town|village|province|region|district|state|county|capital|port|island|area) of $/;

/**
 * What the words around an unknown name say it is: "the Jamaat-e-Islami party",
 * "K-Electric, the private utility", "analysts at JPMorgan", "shares in Rémy
 * Cointreau" make an organisation.
 */
export function reads(ctx: SentenceContext, from: number, to: number): 'organization' | null {
	const t = ctx.tokens;
	const after = t[to + 1];
	if (after && after.gap === ' ' && organizationNouns.has(after.text)) return 'organization';
	const apposition = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s*){1,4})/u.exec(
		ctx.text.slice(t[to]!.end, t[to]!.end + 60)
	);
	if (apposition?.[1]!.split(/\s+/).some((w) => organizationNouns.has(w))) return 'organization';
	const before = ctx.text.slice(Math.max(0, t[from]!.start - 30), t[from]!.start);
	const at = /(\p{L}+) at (?:the )?$/u.exec(before);
	if (at && roleNouns.has(at[1]!.toLowerCase().replace(/s$/, ''))) return 'organization';
	if (/\b(?:shares|stakes?|stock|investors) (?:in|of) $/i.test(before)) return 'organization';
	return null;
}

/** "(AP Photo/Alex Brandon)": a picture's credit names no actor of the article. */
export function inPhotoCredit(text: string, at: number): boolean {
	// Only the 80 characters before: a search back through the whole text for each name would be slow.
	const from = Math.max(0, at - 80);
	const near = text.slice(from, at).lastIndexOf('(');
	if (near < 0) return false;
	const open = from + near;
	const close = text.indexOf(')', open);
	const inside = text.slice(open, close < 0 ? at : close);
	return close >= at && !inside.includes('\n') && /\bPhotos?\b|\bGetty\b|\bImages\b/.test(inside);
}

/** "LIMA, Peru —", "BRUSSELS (Reuters) -": a city in capitals opening a paragraph. */
export function atDateline(ctx: SentenceContext, i: number): boolean {
	const token = ctx.tokens[i]!;
	return (
		i === 0 &&
		token.text.length >= 4 &&
		/^(?:,|\s*\(|\s*[—–-])/.test(ctx.text.slice(token.end, token.end + 3))
	);
}
