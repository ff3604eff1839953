/** Lighthouse (its default mobile preset) against a page, in the system Chromium. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../chromium';

export interface LighthouseResult {
	performance: number;
	accessibility: number;
	metrics: Record<string, number>;
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { categories, audits } = result.lhr;
		const metric = (id: string) => audits[id]?.numericValue ?? NaN;
		return {
			performance: Math.round((categories.performance?.score ?? 0) * 100),
			accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
			metrics: {
				fcp: metric('first-contentful-paint'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
				si: metric('speed-index')
			}
		};
	} finally {
		chrome.kill();
	}
}
