/**
 * A map made or kept in the browser. It is stored as the same files a
 * `graph-data/<slug>/` folder holds, so export is a zip of them and import is
 * the checker run on them: nothing has a second format.
 */

/** The dataset's files, as text, exactly as a `graph-data/<slug>/` folder holds them. */
export interface MapFiles {
	article: string;
	/** graph.json as text. */
	graph: string;
	/** story.json as text, or null when the map has no presentation. */
	story: string | null;
}

export interface LocalMap {
	/** Short and url-safe: the map's address is `/my/map?id=<id>`. */
	id: string;
	/** Lowercase words joined by hyphens, from the title: the folder name of an export. */
	slug: string;
	/** The person's name for the map (the article's title unless renamed). */
	title: string;
	/** Milliseconds since 1970. */
	created: number;
	changed: number;
	files: MapFiles;
	/** The undo history of its edits (src/lib/edit/history.ts), stored as JSON; read warily. */
	history?: unknown;
}

/** What the home page lists, kept beside each map so a list reads no article text. */
export interface LocalMapSummary {
	id: string;
	slug: string;
	title: string;
	changed: number;
	nodes: number;
	edges: number;
	passages: number;
}
