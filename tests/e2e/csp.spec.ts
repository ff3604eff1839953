/**
 * The Content-Security-Policy is in every page and nothing the app does
 * breaks it: no securitypolicyviolation event, no "Refused to…" console error
 * (the errors fixture fails the test on any console error).
 */
import { test, expect, graphReady } from './fixtures';
import { routes } from './routes';

for (const route of routes) {
	test(`no CSP violations: ${route.name} (${route.path})`, async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __csp: string[] }).__csp = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
			);
		});
		await page.goto(route.path);
		await page.locator(route.ready).waitFor();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).not.toMatch(/unsafe-eval/);
		expect(policy!.match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
		// Exercise the page a little: styles and scripts that appear later count too.
		if (route.ready.includes('canvas')) await page.locator('.canvas').focus();
		if (route.ready.includes('canvas')) await page.keyboard.press('ArrowRight');
		const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
		expect(violations).toEqual([]);
	});
}

test('an inline script cannot run, even if one were injected', async ({ page, errors }) => {
	await page.goto('/camp-david-2023');
	await graphReady(page);
	const ran = await page.evaluate(async () => {
		const w = window as unknown as { __injected?: boolean };
		const blocked = new Promise<boolean>((resolve) =>
			document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true })
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await blocked;
		return w.__injected === true;
	});
	expect(ran).toBe(false);
	// The browser reports the refusal as a console error: the one error this test expects.
	const refused = errors.filter((e) => /(Refused to execute|Executing) inline script/.test(e));
	expect(refused).toHaveLength(1);
	errors.splice(0, errors.length, ...errors.filter((e) => !refused.includes(e)));
});
