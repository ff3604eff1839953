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
