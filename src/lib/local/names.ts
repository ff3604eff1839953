/** Names for local maps: ids for addresses, slugs for folders. */
import { idPattern } from '../graph/id-pattern';

/** Lowercase letters and digits: safe in a URL, a file name and a CSS selector. */
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id of 12 characters (62 bits): no two maps of one person ever share one. */
export function newMapId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	// 256 is not a multiple of 36, so the first letters are a little likelier; harmless for ids.
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** The longest slug made from a title: a folder name still readable in a file list. */
const maxSlug = 60;

/**
 * A folder name from a title: "Reaffirming alliance: the U.S.–Japan summit"
 * → "reaffirming-alliance-the-u-s-japan-summit". Accents are dropped; a title
 * with no Latin letters or digits (Arabic, Chinese…) becomes "map".
 */
export function slugify(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxSlug) break;
		slug = next;
	}
	return slug || words[0]?.slice(0, maxSlug) || 'map';
}

/** Whether `name` can be a dataset folder as it stands. */
export const isSlug = (name: string) => name.length <= maxSlug && idPattern.test(name);
