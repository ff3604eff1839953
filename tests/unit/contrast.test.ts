/**
 * WCAG AA contrast for the light theme's colours, including those axe cannot
 * see because they are drawn on the graph's canvas; and colour is never the
 * only cue: every node type has its own shape, every stance its own line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphStyle } from '../../src/lib/cytoscape/style';
import { lightPalette, palettes } from '../../src/lib/cytoscape/palettes';
import { typeShape } from '../../src/lib/cytoscape/scales';
import { nodeTypes, stances } from '../../src/lib/graph/vocabulary';
import { themes } from '../../src/lib/state/theme.svelte';

const css = readFileSync(join(process.cwd(), 'src/app.css'), 'utf8');
const root = css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root')));
const vars = Object.fromEntries(
	[...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])
);

/** Each theme's colours: the light ones (`:root`) with the theme's own block over them. */
function themeVars(theme: string): Record<string, string> {
	if (theme === 'light') return vars;
	const at = css.indexOf(`:root[data-theme='${theme}']`);
	const block = css.slice(at, css.indexOf('}', at));
	return {
		...vars,
		...Object.fromEntries(
			[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])
		)
	};
}

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string) {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast of the light theme', () => {
	it('reads the colours from app.css', () => {
		expect(Object.keys(vars)).toEqual(expect.arrayContaining(['bg', 'surface', 'text']));
	});

	const text: [string, string, string][] = [
		['text', 'bg', 'body text'],
		['text', 'surface', 'panel text'],
		['text', 'surface-2', 'text on the second surface'],
		['text-muted', 'bg', 'muted text'],
		['text-muted', 'surface', 'muted text on panels'],
		['text-muted', 'surface-2', 'muted text on table heads'],
		['accent', 'surface', 'links and buttons'],
		['accent', 'bg', 'links on the page'],
		['accent-text', 'accent', 'pressed buttons'],
		['text', 'mark', 'marked words'],
		['text', 'mark-strong', 'the active passage'],
		['text', 'passage-marked', 'a hovered passage'],
		['danger', 'surface', 'errors']
	];
	it.each(text)('%s on %s (%s) is at least 4.5:1', (fg, bg) => {
		expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
	});

	it('graph labels are at least 4.5:1 on their outline and on white', () => {
		expect(contrast(lightPalette.text, lightPalette.textOutline)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(lightPalette.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	it.each(stances)('%s lines are at least 3:1 on the canvas (non-text contrast)', (stance) => {
		expect(contrast(lightPalette.edge[stance], vars.surface!)).toBeGreaterThanOrEqual(3);
	});

	it('the path and selection colours are at least 3:1 on the canvas', () => {
		expect(contrast(lightPalette.path, vars.surface!)).toBeGreaterThanOrEqual(3);
		expect(contrast(lightPalette.selection, vars.surface!)).toBeGreaterThanOrEqual(3);
	});
});

describe.each(themes)('contrast of the colours every theme sets for the app (%s)', (theme) => {
	const v = themeVars(theme);
	it.each([
		['path-text', 'path', 'a path step’s number'],
		['warning-text', 'warning-bg', 'a message'],
		['bar-text', 'bar-bg', 'the app bar'],
		['bar-text-muted', 'bar-bg', 'the title in the app bar'],
		['bar-bg', 'bar-text', 'the chosen view in the app bar'],
		['mark-strong-text', 'mark-strong', 'the active passage'],
		['text-muted', 'placeholder-a', 'the photo’s stand-in'],
		['text-muted', 'placeholder-b', 'the photo’s stand-in']
	])('%s on %s (%s) is at least 4.5:1', (fg, bg) => {
		expect(contrast(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(4.5);
	});

	it.each([
		['warning-control', 'warning-bg'],
		['bar-border', 'bar-bg'],
		['passage-underline', 'surface'],
		['control-border', 'surface']
	])('%s on %s is at least 3:1 (non-text contrast)', (fg, bg) => {
		expect(contrast(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(3);
	});

	it('draws the traced path in the colour the graph uses', () => {
		expect(v.path?.toLowerCase()).toBe(palettes[theme].path.toLowerCase());
	});
});

describe('colour is never the only cue', () => {
	it('each node type has its own shape', () => {
		expect(new Set(nodeTypes.map((t) => typeShape(t))).size).toBe(nodeTypes.length);
	});

	it('each stance has its own line pattern', () => {
		const style = graphStyle() as { selector: string; style: Record<string, unknown> }[];
		const patterns = stances.map((s) => {
			const rule = style.find((r) => r.selector === `edge[stance = "${s}"]`)!;
			return `${rule.style['line-style']} ${JSON.stringify(rule.style['line-dash-pattern'] ?? '')}`;
		});
		expect(new Set(patterns).size).toBe(stances.length);
	});

	it('a selected node is drawn with a thicker border, not only another colour', () => {
		const style = graphStyle() as { selector: string; style: Record<string, unknown> }[];
		const selected = style.find((r) => r.selector === 'node.selected')!;
		expect(selected.style['border-width']).toBeGreaterThan(1.5);
		expect(selected.style['font-weight']).toBe('bold');
	});
});
