/**
 * The Chromium that the end-to-end tests and the benchmark drive: the system one, with the
 * same flags, so a figure measured by one is comparable with what the other sees. The flags
 * keep the browser from fetching or updating anything while it is measured.
 */
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
