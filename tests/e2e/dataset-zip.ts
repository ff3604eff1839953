/** A downloaded dataset zip, unpacked and run through the same checker as `npm run validate`. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download } from '@playwright/test';
import { checkFolder } from '../../src/lib/server/datasets';

export async function unpack(download: Download): Promise<Record<string, Uint8Array>> {
	return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

/** The checker's verdict on the zip's folder `slug`, written out to a scratch folder first. */
export function checkZip(entries: Record<string, Uint8Array>, slug: string) {
	const root = mkdtempSync(join(tmpdir(), 'exported-'));
	mkdirSync(join(root, slug));
	for (const [name, bytes] of Object.entries(entries))
		if (!name.endsWith('/')) writeFileSync(join(root, name), bytes);
	return checkFolder(join(root, slug));
}
