/**
 * A folder name for a map, from its title: lowercase letters and digits joined by hyphens, as
 * `graph-data/<slug>/` needs ("Brazil’s run-off: Lula wins" → "brazil-s-run-off-lula-wins").
 */
export function slugify(title: string, fallback = 'my-article'): string {
	const slug = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}
