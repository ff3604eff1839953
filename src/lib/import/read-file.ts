/**
 * An opened file as an article: its text exactly as the file has it (line
 * endings normalised) for .txt and .md, or the readable text of a saved web
 * page for .html, with what the page says about its source. Framework-free:
 * the same code runs in the page and in Node tests.
 */
import { formatBytes, limits, overLimit } from '../graph/limits';
import type { BlockRole } from '../graph/vocabulary';
import type { DraftSource } from '../draft/index';
import { normaliseText } from '../draft/normalise';
import { declaredCharset, decodeText } from './decode';
import { readHtml } from './html';

export interface ReadArticle {
	text: string;
	source: Partial<DraftSource>;
	notes: string[];
}

export type ReadFailure = { error: string; fix: string };

/** A saved page may carry far more markup than text; past this it is not read at all. */
const htmlBytes = 20 * 1024 * 1024;

export function readArticleFile(name: string, bytes: Uint8Array): ReadArticle | ReadFailure {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const isHtml = ['html', 'htm', 'xhtml'].includes(extension);
	if (!isHtml && !['txt', 'text', 'md', 'markdown'].includes(extension)) {
		return {
			error: `“${name}” is not a file the app reads${extension ? ` (.${extension})` : ''}.`,
			fix: 'Open a .txt, .md or .html file, or copy the article’s text and paste it.'
		};
	}
	if (bytes.length > (isHtml ? htmlBytes : limits.articleBytes))
		return tooLarge(name, bytes.length, isHtml ? htmlBytes : limits.articleBytes);
	const decoded = decodeText(name, bytes, isHtml ? declaredCharset(bytes) : null);
	if (!decoded.ok) return { error: decoded.error, fix: decoded.fix };
	const result = isHtml ? fromHtml(decoded.text) : fromText(decoded.text, extension);
	if ('error' in result) return result;
	const size = overLimit(result.text, limits.articleBytes);
	if (size !== null) return tooLarge(name, size, limits.articleBytes);
	if (result.text.trim() === '') {
		return {
			error: `“${name}” holds no text to read.`,
			fix: isHtml
				? 'The page may load its article with scripts, which are never run here: copy the text from the browser and paste it.'
				: 'Open the file that holds the article, or paste its text.'
		};
	}
	return result;
}

function tooLarge(name: string, size: number, limit: number): ReadFailure {
	return {
		error: `“${name}” is ${formatBytes(size)}, over the limit of ${formatBytes(limit)}.`,
		fix: 'Put one article in each map: open or paste a single article.'
	};
}

function fromText(raw: string, extension: string): ReadArticle {
	const text = normaliseText(raw);
	const source: Partial<DraftSource> = {};
	const heading = /^#\s+(.+)$/m.exec(text);
	if ((extension === 'md' || extension === 'markdown') && heading)
		source.title = heading[1]!.trim();
	return { text, source, notes: [] };
}

function fromHtml(html: string): ReadArticle {
	const page = readHtml(html);
	const text = page.blocks.map((b) => b.text).join('\n\n');
	const blocks: Record<string, BlockRole> = {};
	page.blocks.forEach((b, i) => {
		if (b.role !== 'body') blocks[String(i + 1)] = b.role;
	});
	const { title, outlet, authors, published, url } = page.meta;
	const source: Partial<DraftSource> = {
		...(title ? { title } : {}),
		...(outlet ? { outlet } : {}),
		...(authors.length ? { authors } : {}),
		...(published ? { published } : {}),
		...(url && /^https?:\/\//i.test(url) ? { url } : {}),
		blocks
	};
	const notes = [
		`Read ${page.blocks.length} paragraph${page.blocks.length === 1 ? '' : 's'} from the page.`
	];
	if (page.dropped > 0)
		notes.push(
			'Scripts, frames and images in the page were left out: nothing in it was run or loaded.'
		);
	const marked = Object.values(blocks);
	const named = (
		[
			['headline', 'headline'],
			['author-note', 'byline'],
			['caption', 'caption']
		] as const
	)
		.map(([role, word]) => [marked.filter((r) => r === role).length, word] as const)
		.filter(([n]) => n > 0)
		.map(([n, word]) => (n === 1 ? `the ${word}` : `${n} ${word}s`));
	if (named.length) notes.push(`Marked as not body text: ${named.join(', ')}.`);
	return { text, source, notes };
}
