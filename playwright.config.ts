import { defineConfig } from '@playwright/test';
// Not the preview port, so tests never talk to a server started by hand.
import { baseURL, hostileBuild, hostilePort, hostileURL, port } from './tests/e2e/servers';
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
	// Playwright starts its servers one after the other: the first builds both sites at once
	// (scripts/e2e-build.ts), the second serves what that built for it.
	webServer: [
		{
			command: `npx tsx scripts/e2e-build.ts && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
			url: baseURL,
			reuseExistingServer: false,
			timeout: 300_000
		},
		{
			command: `npx vite preview --host 127.0.0.1 --port ${hostilePort} --strictPort`,
			url: hostileURL,
			reuseExistingServer: false,
			timeout: 60_000,
			env: hostileBuild
		}
	]
});
