/**
 * The colour theme: light, dark, or projector (high contrast, large type).
 * Kept in localStorage and applied as `data-theme` on <html>.
 */
import { createContext } from 'svelte';

export const themes = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof themes)[number];

export const themeNames: Record<Theme, string> = {
	light: 'Light',
	dark: 'Dark',
	projector: 'Projector'
};

const key = 'evidence-map-theme';

export const isTheme = (value: unknown): value is Theme => themes.includes(value as Theme);

export class ThemeState {
	current = $state<Theme>('light');

	/** Reads the saved theme (or `?theme=` from the address, which wins) and applies it. */
	load(params?: URLSearchParams) {
		const asked = params?.get('theme');
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(key);
		} catch {
			// Storage can be blocked (private modes); the default theme still works.
		}
		this.set(isTheme(asked) ? asked : isTheme(saved) ? saved : 'light', isTheme(asked));
	}

	set(theme: Theme, persist = true) {
		this.current = theme;
		document.documentElement.dataset.theme = theme;
		if (!persist) return;
		try {
			localStorage.setItem(key, theme);
		} catch {
			// Not saved, but applied for this visit.
		}
	}
}

export const [getTheme, setTheme] = createContext<ThemeState>();
