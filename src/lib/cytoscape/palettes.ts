/**
 * The graph's colours in each theme, other than the node types' own (scales.ts): text, borders,
 * selection, path and each stance's line. The stylesheet, the static picture, the legend and the
 * exports read them.
 */
import type { Stance } from '../graph/vocabulary';

export interface Palette {
	text: string;
	textOutline: string;
	nodeBorder: string;
	selection: string;
	path: string;
	edge: Record<Stance, string>;
	/** Multiplies line widths: thicker lines carry across a room. */
	weight: number;
	fontWeight: 'normal' | 'bold';
}

export const lightPalette: Palette = {
	text: '#1d2733',
	textOutline: '#ffffff',
	nodeBorder: '#1d2733',
	selection: '#111111',
	path: '#6a1b9a',
	edge: { cooperative: '#3d6a86', adversarial: '#b3261e', neutral: '#6b7280' },
	weight: 1,
	fontWeight: 'normal'
};

export const darkPalette: Palette = {
	text: '#e8edf2',
	textOutline: '#1c232b',
	nodeBorder: '#e8edf2',
	selection: '#ffffff',
	path: '#d9a6ff',
	edge: { cooperative: '#7fb3d5', adversarial: '#ff7b72', neutral: '#a3adb8' },
	weight: 1,
	fontWeight: 'normal'
};

export const projectorPalette: Palette = {
	text: '#000000',
	textOutline: '#ffffff',
	nodeBorder: '#000000',
	selection: '#000000',
	path: '#5b0f8f',
	edge: { cooperative: '#1f4e79', adversarial: '#a50f15', neutral: '#3f454d' },
	weight: 1.7,
	fontWeight: 'bold'
};

export const palettes = { light: lightPalette, dark: darkPalette, projector: projectorPalette };
