import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The code pages run up front, as one chunk (the framework, the libraries and the app's own
 * shared code) rather than a dozen small ones: a page then waits for a few requests instead
 * of queueing for many. Left out, and loaded only when used: Cytoscape (its own chunk), the
 * exports, and the components of the other views.
 */
const eagerPackages =
	/[\\/]node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx|d3-[a-z-]+|internmap|valibot)[\\/]/;
const ownCode = /[\\/]src[\\/]lib[\\/]/;
const onDemand = /[\\/](export[^\\/]*|StoryPlayer|Handout|Table|ExportMenu)([\\/.])/;
const eager = (id: string) => eagerPackages.test(id) || (ownCode.test(id) && !onDemand.test(id));

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'app', test: eager }]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Runes as in the browser: see the environment's file.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/runes-environment.ts'
				}
			}
		]
	}
});
