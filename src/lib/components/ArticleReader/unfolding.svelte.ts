/**
 * A long article put into the page a piece at a time: the first screens at once, the rest while
 * the browser is idle, so opening a 10,000-word map holds the page's thread for no long task.
 * Whatever the page must show sooner (a selected passage, a passage asked for, the tab stop)
 * brings the blocks up to it in at once. A prerendered article is in the page already: it is
 * hydrated whole.
 */
import { whenIdle } from '$lib/browser/after-paint';
import { lowerBound } from '$lib/graph/sorted';
import type { Block } from '$lib/graph/text';

/**
 * About a screen of a laptop's reader pane, put in the page at once; a larger pane fills in the
 * next idle moment. A drafted map marks nearly every name, and each marked passage is an
 * element of its own: this much of a densely marked article is built in a few milliseconds.
 */
const firstChars = 1500;
/** What each idle moment adds: a few milliseconds of building the page. */
const chunkChars = 2500;

/** The count of blocks that covers `chars` more characters after the first `from` blocks. */
function countAfter(blocks: readonly Block[], from: number, chars: number): number {
	if (from >= blocks.length) return blocks.length;
	const limit = blocks[from]!.start + chars;
	return Math.max(
		from + 1,
		lowerBound(blocks, (b) => b.start < limit)
	);
}

export class Unfolding {
	#blocks: readonly Block[];
	#shown = $state(0);
	#stopped = false;

	constructor(blocks: readonly Block[], whole: boolean) {
		this.#blocks = blocks;
		this.#shown = whole ? blocks.length : countAfter(blocks, 0, firstChars);
		this.#more();
	}

	/** How many blocks are in the page: at least those up to the one holding `offset`. */
	upTo(offset: number): number {
		return Math.max(
			this.#shown,
			lowerBound(this.#blocks, (b) => b.start <= offset)
		);
	}

	/** Stops adding blocks (the reader is gone). */
	stop() {
		this.#stopped = true;
	}

	#more() {
		if (this.#shown >= this.#blocks.length) return;
		whenIdle(() => {
			if (this.#stopped) return;
			this.#shown = countAfter(this.#blocks, this.#shown, chunkChars);
			this.#more();
		});
	}
}
