/**
 * The tabs that edit one map tell each other when they have saved it, so a second tab shows
 * the first one's change rather than overwriting it with an older map. Only "changed" travels:
 * each tab reads the map itself from the store, which holds the one true version.
 */
export interface MapChannel {
	/** Tells the other tabs this one has just saved the map. */
	changed(): void;
	close(): void;
}

export function mapChannel(id: string, onChanged: () => void): MapChannel {
	if (typeof BroadcastChannel === 'undefined') return { changed() {}, close() {} };
	const channel = new BroadcastChannel(`evidence-map:map:${id}`);
	channel.onmessage = (event: MessageEvent<unknown>) => {
		if (event.data === 'changed') onChanged();
	};
	return {
		changed: () => channel.postMessage('changed'),
		close: () => channel.close()
	};
}
