/** "2023-08-17" → "17 August 2023", without time-zone surprises. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** "¶ 4", or the block's role when it is not body text. */
export function whereLabel(p: { paragraph: number | null; role: string }): string {
	if (p.paragraph !== null) return `¶ ${p.paragraph}`;
	return p.role === 'author-note' ? 'author note' : p.role;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
