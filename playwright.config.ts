import { defineConfig } from '@playwright/test';
// Not the preview port, so tests never talk to a server started by hand.
import { baseURL, hostilePort, hostileURL, port } from './tests/e2e/servers';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	// Two browsers at once, one per core: most of a test's time is the page's own work and waits.
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: 'list',
	use: {
		baseURL,
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	webServer: [
		{
			command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
			url: baseURL,
			reuseExistingServer: false,
			timeout: 240_000,
			env: { VITE_TEST_HOOKS: '1' }
		},
		{
			command: `npm run build && npx vite preview --host 127.0.0.1 --port ${hostilePort} --strictPort`,
			url: hostileURL,
			reuseExistingServer: false,
			timeout: 240_000,
			env: {
				VITE_TEST_HOOKS: '1',
				EVIDENCE_MAP_DATA: 'tests/fixtures/hostile-data',
				EVIDENCE_MAP_OUT: '.scratch/e2e-hostile'
			}
		}
	]
});
