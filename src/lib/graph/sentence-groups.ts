/**
 * Passages grouped by the sentence they stand in: a sentence that names a node twice is two
 * passages, and a panel shows it once with both marked, not the same sentence twice.
 */
import type { Passage } from './dataset';

/** The passages in groups of one sentence each, in the order of each group's first passage. */
export function bySentence(passages: readonly Passage[]): Passage[][] {
	const groups = new Map<string, Passage[]>();
	for (const p of passages) {
		const key = `${p.context.start}:${p.context.end}`;
		const group = groups.get(key);
		if (group) group.push(p);
		else groups.set(key, [p]);
	}
	return [...groups.values()].map((g) => [...g].sort((a, b) => a.start - b.start));
}

/** A sentence cut into the words between marks and the marks, overlapping marks joined. */
export function markedPieces(
	context: { start: number; end: number },
	marks: readonly { start: number; end: number }[]
): { start: number; end: number; marked: boolean }[] {
	const pieces: { start: number; end: number; marked: boolean }[] = [];
	let at = context.start;
	for (const m of [...marks].sort((a, b) => a.start - b.start)) {
		const start = Math.max(m.start, at);
		if (m.end <= start) continue;
		const last = pieces.at(-1);
		if (start > at) pieces.push({ start: at, end: start, marked: false });
		else if (last?.marked && last.end === start) {
			last.end = m.end;
			at = m.end;
			continue;
		}
		pieces.push({ start, end: m.end, marked: true });
		at = m.end;
	}
	if (context.end > at) pieces.push({ start: at, end: context.end, marked: false });
	return pieces;
}
