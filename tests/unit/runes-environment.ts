/**
 * Node, with modules compiled as for the browser: the "runes" test project (vite.config.ts)
 * runs every `*.svelte.test.ts` here, with the `browser` export conditions, so `.svelte.ts`
 * files get Svelte's client runtime, where deriveds cache and effects run as on a page. Under
 * the default server build, a derived is computed afresh on each read and effects never run,
 * so a test there would pass for the wrong reason.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
