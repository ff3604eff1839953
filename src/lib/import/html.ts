/**
 * Readable text out of a saved web page, without running or loading anything:
 * htmlparser2 reads the markup as a stream of tags and text (no DOM, nothing
 * inserted anywhere), and only text is kept. Scripts, styles, forms, menus
 * and images are left out; paragraphs become blank-line blocks; the headline
 * (h1), byline ([rel=author], .byline) and captions (figcaption) are marked;
 * title, outlet, authors, date and address come from the page's metadata.
 */
import { Parser } from 'htmlparser2';
import type { BlockRole } from '../graph/vocabulary';

export interface HtmlArticle {
	blocks: { text: string; role: BlockRole }[];
	meta: { title?: string; outlet?: string; authors: string[]; published?: string; url?: string };
	/** Elements left out because they run or load things (script, iframe, img …). */
	dropped: number;
}

/** Elements whose content is never article text. */
const skipped = new Set(
	'script style template noscript svg math iframe object embed canvas audio video head nav footer aside form button select textarea option dialog'.split(
		' '
	)
);
/** Elements that run or fetch something: counted so the page can say they were ignored. */
const active = new Set('script iframe object embed img video audio link source'.split(' '));
const blockTags = new Set(
	'p div section article main header h1 h2 h3 h4 h5 h6 li ul ol blockquote figcaption figure pre table tr td th dt dd caption address hr'.split(
		' '
	)
);

interface Open {
	tag: string;
	role?: BlockRole;
	skip: boolean;
	article: boolean;
}

export function readHtml(html: string): HtmlArticle {
	const blocks: { text: string; role: BlockRole; article: boolean }[] = [];
	const meta: HtmlArticle['meta'] = { authors: [] };
	const stack: Open[] = [];
	let text = '';
	let role: BlockRole = 'body';
	let skipDepth = 0;
	let articleDepth = 0;
	let inTitle = false;
	let pageTitle = '';
	let dropped = 0;
	let headline = false;
	const ogTitle: string[] = [];

	const flush = () => {
		const value = text
			.replace(/[ \t\f\r]+/g, ' ')
			.replace(/ ?\n ?/g, '\n')
			.trim();
		if (value) blocks.push({ text: value, role, article: articleDepth > 0 });
		text = '';
		role = 'body';
	};
	const byline = (attrs: Record<string, string>) =>
		attrs.rel === 'author' ||
		/\b(?:byline|author)\b/i.test(attrs.class ?? '') ||
		attrs.itemprop === 'author';

	const parser = new Parser(
		{
			onopentag(tag, attrs) {
				if (active.has(tag)) dropped++;
				if (tag === 'meta') readMeta(attrs, meta, ogTitle);
				if (tag === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href)
					meta.url ??= attrs.href;
				if (tag === 'title' && skipDepth <= 1) inTitle = true;
				const skip = skipped.has(tag) && tag !== 'head';
				const entry: Open = { tag, skip: skip || tag === 'head', article: tag === 'article' };
				stack.push(entry);
				if (entry.skip) skipDepth++;
				if (entry.article) articleDepth++;
				if (skipDepth > 0) return;
				if (tag === 'br') text += '\n';
				if (blockTags.has(tag)) flush();
				if (tag === 'h1' && !headline) {
					headline = true;
					role = 'headline';
				} else if (tag === 'figcaption') role = 'caption';
				if (byline(attrs)) {
					if (attrs.rel === 'author' || attrs.itemprop === 'author') entry.role = 'author-note';
					if (role === 'body') role = 'author-note';
				}
			},
			ontext(value) {
				if (inTitle) pageTitle += value;
				else if (skipDepth === 0) text += value.replace(/\n/g, ' ');
			},
			onclosetag(tag) {
				if (tag === 'title') inTitle = false;
				// Close up to the matching element: stray end tags are ignored.
				const at = stack.map((s) => s.tag).lastIndexOf(tag);
				if (at < 0) return;
				for (const closed of stack.splice(at)) {
					if (closed.skip) skipDepth--;
					if (closed.article) articleDepth--;
				}
				if (skipDepth === 0 && blockTags.has(tag)) flush();
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();
	flush();

	// A page with an <article> keeps that article (and the headline, which often stands above it).
	const chosen = blocks.some((b) => b.article)
		? blocks.filter((b) => b.article || b.role === 'headline')
		: blocks;
	meta.title =
		ogTitle[0] ??
		chosen.find((b) => b.role === 'headline')?.text ??
		(pageTitle.trim() || undefined);
	// A byline that is long is body text that happens to sit in an author element.
	const kept = chosen.map(({ text, role }) => ({
		text,
		role: role === 'author-note' && text.split(/\s+/).length > 20 ? ('body' as const) : role
	}));
	return { blocks: kept, meta, dropped };
}

function readMeta(attrs: Record<string, string>, meta: HtmlArticle['meta'], ogTitle: string[]) {
	const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
	const content = (attrs.content ?? '').trim();
	if (!content) return;
	if (key === 'og:title' || key === 'twitter:title') ogTitle.push(content);
	else if (key === 'og:site_name') meta.outlet ??= content;
	else if (
		key === 'article:published_time' ||
		key === 'date' ||
		key === 'pubdate' ||
		key === 'dc.date'
	) {
		const day = /^\d{4}-\d{2}-\d{2}/.exec(content)?.[0];
		if (day) meta.published ??= day;
	} else if ((key === 'author' || key === 'article:author') && !/^https?:/i.test(content)) {
		for (const name of content.split(/\s*(?:,|;|\band\b)\s*/))
			if (name && !meta.authors.includes(name)) meta.authors.push(name);
	} else if (key === 'og:url') meta.url ??= content;
}
