/**
 * Builds the two sites the end-to-end tests serve (tests/e2e/servers.ts) at the same time:
 * the app from graph-data/, and the app from the hostile fixture data in its own folders.
 * Each build keeps about one core busy, so on two cores the pair takes little longer than
 * one. Fails, with both builds' output, if either does.
 */
import { spawn } from 'node:child_process';
import { hostileBuild } from '../tests/e2e/servers';

function build(name: string, env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build'], {
			stdio: 'inherit',
			env: { ...process.env, VITE_TEST_HOOKS: '1', ...env }
		});
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`the ${name} build failed (exit code ${code})`))
		);
	});
}

const started = performance.now();
const results = await Promise.allSettled([build('app', {}), build('hostile', hostileBuild)]);
const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
if (failed.length) {
	console.error(failed.join('\n'));
	process.exit(1);
}
console.log(`Both builds done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
