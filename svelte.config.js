import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// EVIDENCE_MAP_OUT: the benchmark builds its own site without touching build/.
		adapter: adapter({ strict: true, pages: process.env.EVIDENCE_MAP_OUT || 'build' }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
