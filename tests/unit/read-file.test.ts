import { describe, expect, it } from 'vitest';
import { readArticleFile, type ReadArticle } from '../../src/lib/import/read-file';
import { limits } from '../../src/lib/graph/limits';

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (name: string, content: string | Uint8Array): ReadArticle => {
	const result = readArticleFile(name, typeof content === 'string' ? bytes(content) : content);
	if ('error' in result) throw new Error(result.error);
	return result;
};
const refusal = (name: string, content: Uint8Array) => {
	const result = readArticleFile(name, content);
	if (!('error' in result)) throw new Error('expected a refusal');
	return result;
};

const page = `<!doctype html><html><head><meta charset="utf-8"><title>Coup in Niger | The Daily</title>
<meta property="og:title" content="Soldiers seize power in Niger">
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2026-05-20T10:00:00Z">
<meta name="author" content="Aminata Diallo, Thomas Weber">
<link rel="canonical" href="https://example.org/niger">
<script>alert(1)</script><style>p { color: red }</style></head>
<body onload="alert(2)"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Soldiers seize power in Niger</h1></header>
<article>
<p class="byline">By <a rel="author" href="/a">Aminata Diallo</a> and Thomas Weber</p>
<figure><img src="https://tracker.example/x.png" onerror="alert(3)"><figcaption>Soldiers in Niamey&nbsp;on Wednesday.</figcaption></figure>
<p>Soldiers said on <b>Wednesday</b> that they had removed
   President Mohamed Bazoum &amp; closed the borders.</p>
<p>ECOWAS condemned the coup.<br>It meets in Abuja.</p>
<iframe src="https://ads.example/"></iframe><script>document.write('<p>injected</p>')</script>
</article><aside>Most read</aside><footer>© 2026 The Daily</footer></body></html>`;

describe('readArticleFile on a saved web page', () => {
	const article = read('niger.html', page);

	it('keeps the readable text, paragraphs as blank-line blocks, and nothing of scripts, menus or footers', () => {
		expect(article.text).toBe(
			[
				'Soldiers seize power in Niger',
				'By Aminata Diallo and Thomas Weber',
				'Soldiers in Niamey\u00a0on Wednesday.',
				'Soldiers said on Wednesday that they had removed President Mohamed Bazoum & closed the borders.',
				'ECOWAS condemned the coup.\nIt meets in Abuja.'
			].join('\n\n')
		);
		expect(article.text).not.toMatch(/alert|injected|Home|Most read|©/);
	});

	it('marks the headline, byline and caption where the markup says so', () => {
		expect(article.source.blocks).toEqual({ '1': 'headline', '2': 'author-note', '3': 'caption' });
	});

	it('fills the source from the page’s metadata', () => {
		expect(article.source).toMatchObject({
			title: 'Soldiers seize power in Niger',
			outlet: 'The Daily',
			authors: ['Aminata Diallo', 'Thomas Weber'],
			published: '2026-05-20',
			url: 'https://example.org/niger'
		});
		expect(article.notes.join(' ')).toMatch(/nothing in it was run or loaded/);
	});

	it('takes the <title> when there is no og:title, and refuses a javascript: address', () => {
		const other = read(
			'x.htm',
			'<title>Plain title</title><link rel="canonical" href="javascript:alert(1)"><p>Japan met China.</p>'
		);
		expect(other.source.title).toBe('Plain title');
		expect(other.source.url).toBeUndefined();
		expect(other.text).toBe('Japan met China.');
	});

	it('says a page whose text only scripts would write holds no text', () => {
		expect(
			refusal(
				'app.html',
				bytes('<html><body><div id="app"></div><script>render()</script></body></html>')
			).fix
		).toMatch(/scripts, which are never run/);
	});
});

describe('readArticleFile on text files', () => {
	it('keeps a .txt exactly, line endings normalised', () => {
		expect(read('a.txt', 'Title\r\n\r\n“Quoted” text\u00a0here.\r\n').text).toBe(
			'Title\n\n“Quoted” text\u00a0here.\n'
		);
	});

	it('drops a UTF-8 byte order mark and reads UTF-16 with one', () => {
		expect(read('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x4a, 0x61])).text).toBe('Ja');
		expect(read('a.txt', new Uint8Array([0xff, 0xfe, 0x4a, 0x00, 0x61, 0x00])).text).toBe('Ja');
	});

	it('takes a Markdown file’s first heading as its title and keeps the text as written', () => {
		const md = read('a.md', '# Peru votes\n\n*Lima* — voters return.');
		expect(md.source.title).toBe('Peru votes');
		expect(md.text).toBe('# Peru votes\n\n*Lima* — voters return.');
	});

	it.each([
		[
			'a binary file',
			'photo.txt',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
			/not a text file/
		],
		[
			'text that is not UTF-8',
			'latin.txt',
			new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
			/not in UTF-8/
		],
		[
			'a file type it does not read',
			'report.pdf',
			bytes('%PDF-1.7'),
			/not a file the app reads \(\.pdf\)/
		],
		[
			'a text over the checker’s limit',
			'book.txt',
			new Uint8Array(limits.articleBytes + 1).fill(0x61),
			/over the limit of 2\.0 MB/
		],
		['an empty file', 'empty.txt', bytes('  \n '), /holds no text/]
	])('refuses %s with a message and a fix', (_, name, content, message) => {
		const result = refusal(name, content);
		expect(result.error).toMatch(message);
		expect(result.fix.length).toBeGreaterThan(10);
	});
});
