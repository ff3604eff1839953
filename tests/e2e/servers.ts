/**
 * The two servers the end-to-end tests run: the app built from graph-data/,
 * and a second build from the hostile fixture data (tests/fixtures/hostile-data/),
 * on the next port, with its own output folders.
 */
export const port = Number(process.env.E2E_PORT ?? 4174);
export const hostilePort = port + 1;
export const baseURL = `http://127.0.0.1:${port}`;
export const hostileURL = `http://127.0.0.1:${hostilePort}`;

/** What the hostile build and its server are told: where its data is, where its output goes. */
export const hostileBuild = {
	EVIDENCE_MAP_DATA: 'tests/fixtures/hostile-data',
	EVIDENCE_MAP_OUT: '.scratch/e2e-hostile'
};
