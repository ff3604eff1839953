/**
 * The two servers the end-to-end tests run: the app built from graph-data/,
 * and a second build from the hostile fixture data (tests/fixtures/hostile-data/),
 * on the next port, with its own output folders.
 */
export const port = Number(process.env.E2E_PORT ?? 4174);
export const hostilePort = port + 1;
export const baseURL = `http://127.0.0.1:${port}`;
export const hostileURL = `http://127.0.0.1:${hostilePort}`;
