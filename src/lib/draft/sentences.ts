/**
 * Sentences of an article, as offsets. `Intl.Segmenter` splits English well
 * except after initials and abbreviations ("Nicholas J. Wheeler", "Aug. 18",
 * "U.S. Secretary"), so those splits are joined again. Sentences never cross a
 * blank line: headlines and captions without a full stop stay their own.
 */
import { splitBlocks, type Block } from '../graph/text';

export interface Sentence {
	start: number;
	end: number;
	/** The block (paragraph) holding the sentence. */
	block: Block;
}

/** Abbreviations after which a sentence goes on ("Mr. Mendoza", "Aug. 18"). */
const neverEnds =
	/(?:^|[\s(“"])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Brig|Gov|Sen|Rep|Rev|Hon|St|Mt|Ft|No|Nos|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Ltd|Co|Jr|Sr|approx|est|ca|cf|al|Ph\.D|[A-Z]\.[A-Z](?:\.[A-Z])*)\.\s*$/;
/** Abbreviations that can end a sentence, but usually stand before a noun ("U.S. troops"). */
const oftenGoesOn = /(?:^|[\s(“"])(?:U\.S|U\.K|U\.N|E\.U|[A-Z]\.[A-Z])\.\s*$/;
/** A next sentence that starts like this really is a new one. */
const freshStart =
	/^[“"‘']?(?:The|A|An|But|And|However|It|This|That|These|Those|He|She|They|We|I|In|On|At|For|Meanwhile|Yet|So|Still|Such|There|Its|Their|His|Her|Our)\b/;

let segmenter: Intl.Segmenter | undefined;

/** Sentences of `text` in order, with offsets into it; whitespace around each is left out. */
export function splitSentences(text: string, blocks: Block[] = splitBlocks(text)): Sentence[] {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	const sentences: Sentence[] = [];
	for (const block of blocks) {
		const body = text.slice(block.start, block.end);
		let open: { start: number; end: number } | null = null;
		for (const { segment, index } of segmenter.segment(body)) {
			const start = block.start + index;
			const end = start + segment.length;
			if (open) {
				const before = text.slice(open.start, open.end);
				const next = segment.trimStart();
				const join =
					(neverEnds.test(before) && !oftenGoesOn.test(before)) ||
					(oftenGoesOn.test(before) && !freshStart.test(next)) ||
					/^[a-z0-9,;:)]/.test(next);
				if (join) {
					open.end = end;
					continue;
				}
				push(open);
			}
			open = { start, end };
		}
		if (open) push(open);
		function push(range: { start: number; end: number }) {
			const raw = text.slice(range.start, range.end);
			const lead = raw.length - raw.trimStart().length;
			const s = range.start + lead;
			const e = range.start + raw.trimEnd().length;
			if (e > s) sentences.push({ start: s, end: e, block });
		}
	}
	return sentences;
}
