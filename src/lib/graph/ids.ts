/** Ids the schema accepts (lowercase words joined by hyphens), unique within one graph. */
export function idMaker(taken: Iterable<string> = []) {
	const used = new Set<string>(taken);
	return (label: string, fallback: string): string => {
		const slug =
			label
				.normalize('NFKD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.replace(/&/g, ' and ')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
				.slice(0, 72)
				.replace(/-+$/, '') || fallback;
		let id = slug;
		for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
		used.add(id);
		return id;
	};
}
