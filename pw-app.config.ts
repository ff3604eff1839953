import { defineConfig } from '@playwright/test';
export default defineConfig({
	testDir: '/work/wt-app/tests/e2e',
	workers: 1, retries: 0, timeout: 60_000, reporter: 'list',
	use: { baseURL: 'http://127.0.0.1:4290', launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] } }
});
