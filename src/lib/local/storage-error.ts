/**
 * Why the browser would not keep a map, in words a person can act on. Every
 * failure of the store is one of two: no storage at all (private browsing,
 * site data blocked, IndexedDB unavailable) or storage that is full.
 */

export type StorageTrouble = 'missing' | 'full';

export const storageAdvice: Record<StorageTrouble, { reason: string; fix: string }> = {
	missing: {
		reason:
			'This browser is not letting Evidence Map keep anything (private browsing, or site data blocked in its settings), so maps cannot be saved here.',
		fix: 'Open Evidence Map in an ordinary window, or allow this site to store data. Until then, export each map as a .zip so nothing is lost.'
	},
	full: {
		reason: "The browser's storage for Evidence Map is full, so changes cannot be saved.",
		fix: "Export the maps you want to keep as .zip files and delete them here, or free space in the browser's site-data settings."
	}
};

/** A failure of the store, with the advice to show for it. */
export class StorageError extends Error {
	readonly trouble: StorageTrouble;
	readonly reason: string;
	readonly fix: string;
	constructor(trouble: StorageTrouble, cause?: unknown) {
		super(storageAdvice[trouble].reason, { cause });
		this.name = 'StorageError';
		this.trouble = trouble;
		this.reason = storageAdvice[trouble].reason;
		this.fix = storageAdvice[trouble].fix;
	}
}

/** Browsers name a full disk or quota differently; all of these mean "full". */
const fullNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** The StorageError for anything IndexedDB threw or rejected with. */
export function asStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	return new StorageError(fullNames.has(name) ? 'full' : 'missing', error);
}
