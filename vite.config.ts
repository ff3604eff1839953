import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The code pages run up front, as one chunk (the framework, the libraries and the app's own
 * shared code) rather than a dozen small ones: a page then waits for a few requests instead
 * of queueing for many. Left out, and loaded only when used: Cytoscape (its own chunk) and
 * the code that runs a live graph, the exports, the views (src/lib/views, each with its page),
 * the components of the other views, what the explorer shows only once asked (the export
 * menu's list, search matching, a traced path's evidence, the passage chooser), and the maps
 * kept in the browser (store, zip, and the checker with its schema and valibot, which pages
 * run on imported files, never on bundled ones), and d3-scale, whose results the first paint
 * reads from the page (cytoscape/look.ts). The bytes table of BENCHMARKS.md checks what
 * the explorer's first download holds.
 *
 * Both lists name packages and paths outright, so bundling changes only when a list does: a
 * listed path that no longer exists stops the build rather than quietly joining the chunk.
 */
const eagerPackages = ['svelte', '@sveltejs/kit', 'esm-env', 'devalue', 'clsx'];

/** Files and folders (ending in /) of src/lib that stay out of the shared chunk. */
const onDemand = [
	'components/Edit/',
	'components/ExportMenu/',
	'components/Handout/',
	'components/LocalMap/',
	'components/MyMaps/',
	'components/NewMap/',
	'components/Practice/',
	'components/Table/',
	'components/Shared/HomeBar.svelte',
	'views/',
	'local/',
	'import/',
	'draft/',
	'edit/',
	'practice/',
	'browser/worker-call.ts',
	'cytoscape/layout-client.ts',
	'graph/check-voice.ts',
	'graph/relation-ends.ts',
	'graph/check.ts',
	'graph/check-quotes.ts',
	'graph/check-references.ts',
	'graph/check-size.ts',
	'graph/json-position.ts',
	'graph/schema.ts',
	'graph/schema-messages.ts',
	'graph/story.ts',
	'graph/anchor.ts',
	'graph/occurrences.ts',
	'graph/id-pattern.ts',
	'graph/ids.ts',
	'graph/limits.ts',
	'graph/problems.ts',
	'graph/share-unchanged.ts',
	'cytoscape/export-frame.ts',
	'cytoscape/export-frame-canvas.ts',
	'cytoscape/export-frame-svg.ts',
	'cytoscape/export-image.ts',
	'cytoscape/export-json.ts',
	'cytoscape/export-svg.ts',
	'graph/export/',
	// Used only by views and tools that load on demand (table, presentation, practice, checker).
	'graph/text.ts',
	'graph/loose.ts',
	'graph/line-endings.ts',
	'graph/random.ts',
	'browser/fit-text.ts',
	'state/table.ts',
	'state/table-sort.ts',
	'cytoscape/live-positions.ts',
	// Parts of the explorer its first paint does not show, fetched when first opened.
	'components/EvidencePanel/PathEvidence.svelte',
	'components/ArticleReader/PassageChooser.svelte',
	// What runs a live graph, fetched with Cytoscape (cytoscape/live-binding.ts gathers it).
	'cytoscape/live-binding.ts',
	'cytoscape/style.ts',
	'cytoscape/live-graph.ts',
	'cytoscape/create.ts',
	'cytoscape/elements.ts',
	'cytoscape/events.ts',
	'cytoscape/camera.ts',
	'cytoscape/close-up.ts',
	'cytoscape/settle-labels.ts',
	'cytoscape/label-sizes.ts',
	'cytoscape/explore-labels.ts',
	'cytoscape/spread.ts',
	'graph/declutter.ts',
	'graph/make-room.ts',
	'cytoscape/sync-elements.ts',
	'cytoscape/edge-path.ts',
	'cytoscape/sync-view.svelte.ts',
	'cytoscape/sync.ts',
	'cytoscape/place-labels.ts',
	'graph/label-placement.ts',
	// The d3 scales: the first paint reads the look they give, shipped with the page (look.ts).
	'cytoscape/scales.ts',
	'cytoscape/look.ts',
	// Search: what a search field lists, fetched when one is first used.
	'components/Search/find.ts',
	'graph/search.ts',
	'graph/search-text.ts',
	'graph/fold-offsets.ts',
	// Saving for offline use, which waits for the page to settle.
	'browser/offline.ts'
];

for (const path of onDemand) {
	// From this file, not the working directory: tools load this config from elsewhere.
	if (!existsSync(new URL(`src/lib/${path}`, import.meta.url))) {
		throw new Error(
			`vite.config.ts lists src/lib/${path} as loaded on demand, but it does not exist`
		);
	}
}

const eager = (id: string) => {
	const path = id.replaceAll('\\', '/');
	if (eagerPackages.some((name) => path.includes(`/node_modules/${name}/`))) return true;
	const own = path.indexOf('/src/lib/');
	if (own < 0 || path.includes('/node_modules/')) return false;
	const file = path.slice(own + '/src/lib/'.length);
	return !onDemand.some((entry) =>
		entry.endsWith('/') ? file.startsWith(entry) : file.split('?')[0] === entry
	);
};

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
		// Vitest leaves a core to itself by default: on a two-core machine (CI's) that is one worker
		// for over a thousand tests, with the other core mostly idle. Two at least, then.
		maxWorkers: Math.max(2, availableParallelism() - 1),
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
