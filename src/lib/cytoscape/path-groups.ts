/**
 * Subpaths merged into one SVG path per kind (node type, stance) and per status, so a large
 * graph is a handful of elements, and drafts still get paths of their own to draw differently.
 */

/** What one merged path draws: drafts get paths of their own, drawn lighter and dashed. */
export interface Group {
	/** Unique within its list: the type or stance, with `-draft` for the drafts. */
	key: string;
	draft: boolean;
	d: string;
}

/** Paths collected under a key and whether they are drafts, in the order the keys are listed. */
export function groups<K extends string>(keys: readonly K[]) {
	const paths = new Map<string, string[]>();
	const slot = (key: K, draft: boolean) => `${key}${draft ? '-draft' : ''}`;
	return {
		add(key: K, draft: boolean, d: string) {
			const k = slot(key, draft);
			const list = paths.get(k);
			if (list) list.push(d);
			else paths.set(k, [d]);
		},
		/** The groups that draw something: confirmed ones first, then drafts, each in key order. */
		list: () =>
			[false, true].flatMap((draft) =>
				keys.flatMap((key) => {
					const d = (paths.get(slot(key, draft)) ?? []).join('');
					return d ? [{ key, group: { key: slot(key, draft), draft, d } }] : [];
				})
			)
	};
}
