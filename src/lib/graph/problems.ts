/** A problem found in a dataset: where it is, what is wrong, and how to fix it. */
export interface Problem {
	/** The file, relative to the project root, e.g. `graph-data/camp-david-2023/graph.json`. */
	file: string;
	/** JSON path inside the file, e.g. `nodes[3].evidence[0].exact`; `$` for the whole file. */
	path: string;
	message: string;
	fix: string;
}

/** Reports a problem at a JSON path of the file being checked. */
export type Report = (path: string, message: string, fix: string) => void;

/** Joins path segments into `nodes[3].evidence[0]` form. */
export function jsonPath(segments: readonly (string | number)[]): string {
	let path = '';
	for (const s of segments) {
		path += typeof s === 'number' ? `[${s}]` : path ? `.${s}` : s;
	}
	return path || '$';
}

/** One problem per paragraph, readable in a terminal. */
export function formatProblem(p: Problem): string {
	return `${p.file} at ${p.path}\n  ${p.message}\n  Fix: ${p.fix}`;
}
