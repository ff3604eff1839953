/** The Chromium the benchmark drives: the system one, with the project's flags. */
import { chromium } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
