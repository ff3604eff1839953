import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xml } from '../../src/lib/graph/export/xml';

describe('xml', () => {
	it.each([
		{ input: 'Tom & Jerry', expected: 'Tom &amp; Jerry' },
		{ input: '<b>bold</b>', expected: '&lt;b&gt;bold&lt;/b&gt;' },
		{ input: `"double" and 'single'`, expected: '&quot;double&quot; and &apos;single&apos;' },
		{ input: 'line\nbreak\ttab\rreturn', expected: 'line&#10;break&#9;tab&#13;return' },
		{ input: 'bell\u0007 null\u0000 escape\u001b', expected: 'bell null escape' },
		{ input: 'C1\u0085 controls\u009f', expected: 'C1 controls' },
		{ input: 'lone \ud800surrogate \uffff', expected: 'lone surrogate ' },
		{ input: 'Gamma’s “missiles” — 🚀 \u00a0', expected: 'Gamma’s “missiles” — 🚀 \u00a0' },
		{ input: 42, expected: '42' },
		{ input: false, expected: 'false' }
	])('escapes $input', ({ input, expected }) => {
		expect(xml(input)).toBe(expected);
	});

	it('gives text that a parser reads back as the original, less forbidden characters', () => {
		const nasty = `A & B <c> "d" 'e' \u0001f\nline`;
		const doc = `<r a="${xml(nasty)}">${xml(nasty)}</r>`;
		expect(XMLValidator.validate(doc)).toBe(true);
		const parsed = new XMLParser({
			ignoreAttributes: false,
			processEntities: true,
			htmlEntities: true,
			trimValues: false
		}).parse(doc);
		const expected = `A & B <c> "d" 'e' f\nline`;
		expect(parsed.r['#text']).toBe(expected);
		expect(parsed.r['@_a']).toBe(expected);
	});
});
