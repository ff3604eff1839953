import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The code pages run up front, as one chunk (the framework, the libraries and the app's own
 * shared code) rather than a dozen small ones: a page then waits for a few requests instead
 * of queueing for many. Left out, and loaded only when used: Cytoscape (its own chunk), the
 * exports, the views (src/lib/views, each with its page), the components of the other views, and
 * the maps kept in the browser (the store, zip and checker, with its schema and valibot).
 */
const eagerPackages =
	/[\\/]node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx|d3-[a-z-]+|internmap)[\\/]/;
const ownCode = /[\\/]src[\\/]lib[\\/]/;
const onDemand = /[\\/](export[^\\/]*|[A-Z][a-z]+View|present-keys|Handout|Table|ExportMenu|MyMaps|local)([\\/.])/;
/** The checker and what only it uses: pages run it on imported files, never on bundled ones. */
const checker =
	/[\\/]src[\\/]lib[\\/]graph[\\/](check|schema|story|anchor|limits|problems|text)\.ts$/;
const eager = (id: string) =>
	eagerPackages.test(id) || (ownCode.test(id) && !onDemand.test(id) && !checker.test(id));

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
