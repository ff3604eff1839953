/**
 * Code fetched on first use rather than with the page: `loadOnce(() => import('./X'))` is a
 * function that fetches once and hands every caller the same promise. A failed fetch (offline,
 * or a newer version replaced the file) is forgotten, so the next use tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | null = null;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = null;
			throw error;
		}));
}
