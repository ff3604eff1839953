const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * "2023-08-17" → "17 August 2023", without time-zone surprises. Spelled out by
 * hand: the first toLocaleDateString call loads the browser's locale data,
 * some 50 ms of the explorer's start-up on a fast machine.
 */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${months[m! - 1]} ${y}`;
}

/** "¶ 4", or the block's role when it is not body text. */
export function whereLabel(p: { paragraph: number | null; role: string }): string {
	if (p.paragraph !== null) return `¶ ${p.paragraph}`;
	return p.role === 'author-note' ? 'author note' : p.role;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** ["a", "b", "c"] → "a, b and c". */
export function andList(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Where a web address may break across lines: before these, and after its `//` and hyphens. */
const urlBreaksBefore = new Set(['/', '.', ',', '_', '~', '?', '#', '%', '&', '=']);

/**
 * A web address cut where a line may break, as style guides break one: before a slash, dot,
 * underscore, question mark and the like, after the `//` and after a hyphen (where browsers
 * break hyphenated words anyway), never inside a word, between the two slashes or after the
 * colon of `https:`. The pieces join back into the address.
 */
export function urlPieces(url: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (let i = 1; i < url.length; i++) {
		const after = (url.slice(i - 2, i) === '//' && url[i] !== '/') || url[i - 1] === '-';
		const before = urlBreaksBefore.has(url[i]!) && !'/:'.includes(url[i - 1]!);
		if (after || before) {
			pieces.push(url.slice(start, i));
			start = i;
		}
	}
	if (start < url.length) pieces.push(url.slice(start));
	return pieces;
}
