/**
 * A point of the page's selection as an offset into the article. Each block of the reader
 * carries the offset it starts at (`data-from`), and its text nodes hold the article's text
 * in order, except what the reader adds itself (paragraph numbers, marked `data-added`): the
 * offset is the block's start plus the article text before the point.
 */
export function articleOffset(node: Node, offset: number): number | null {
	const element = node instanceof Element ? node : node.parentElement;
	const block = element?.closest<HTMLElement>('[data-from]');
	if (!block) return null;
	const before = document.createRange();
	before.setStart(block, 0);
	before.setEnd(node, offset);
	let at = Number(block.dataset.from);
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
		if (t.parentElement?.closest('[data-added]')) continue;
		if (t === before.endContainer) return at + before.endOffset;
		if (!before.intersectsNode(t)) break;
		at += t.length;
	}
	return at;
}

/** The selection's start and end in the article, or null if either end is outside its text. */
export function selectionOffsets(selection: Selection): { start: number; end: number } | null {
	if (selection.rangeCount === 0 || selection.isCollapsed) return null;
	const range = selection.getRangeAt(0);
	const start = articleOffset(range.startContainer, range.startOffset);
	const end = articleOffset(range.endContainer, range.endOffset);
	return start === null || end === null ? null : { start, end };
}
