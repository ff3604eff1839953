/**
 * Keyboard travel among the article's marked passages: one tab stop for the
 * whole text, arrow keys to the previous or next passage, Home and End to the
 * first and last. `stops` are the passages' start offsets in reading order.
 */
const moves: Record<string, (i: number, last: number) => number> = {
	ArrowRight: (i, last) => Math.min(i + 1, last),
	ArrowDown: (i, last) => Math.min(i + 1, last),
	ArrowLeft: (i) => Math.max(i - 1, 0),
	ArrowUp: (i) => Math.max(i - 1, 0),
	Home: () => 0,
	End: (_, last) => last
};

/** The stop a key moves to from `current`, or null when the key does not move. */
export function nextStop(stops: readonly number[], current: number, key: string): number | null {
	const move = moves[key];
	if (!move || stops.length === 0) return null;
	const i = Math.max(0, stops.indexOf(current));
	return stops[move(i, stops.length - 1)]!;
}
