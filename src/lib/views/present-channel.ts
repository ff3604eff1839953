/**
 * The presentation and its presenter view, two windows of one browser, kept on the same step
 * by a BroadcastChannel named after the dataset. The presentation says where it is (`at`) on
 * every step and whenever asked (`where`); either window asks the presentation to move
 * (`go`). Either window closed, the other carries on alone. Where a browser has no
 * BroadcastChannel, posting does nothing and nothing arrives.
 */
export type PresentMessage =
	{ type: 'at'; step: number } | { type: 'go'; step: number } | { type: 'where' };

export interface PresentChannel {
	post(message: PresentMessage): void;
	close(): void;
}

const isMessage = (data: unknown): data is PresentMessage => {
	const m = data as { type?: unknown; step?: unknown } | null;
	if (m?.type === 'where') return true;
	return (m?.type === 'at' || m?.type === 'go') && Number.isInteger(m.step);
};

/** `key` names the dataset (its explorer's address): two datasets never share a channel. */
export function presentChannel(key: string, on: (message: PresentMessage) => void): PresentChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(`evidence-map-present:${key}`);
	channel.onmessage = (event: MessageEvent) => {
		if (isMessage(event.data)) on(event.data);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}

/** The presenter window's name: opening it again brings the same window forward. */
export const presenterWindow = 'evidence-map-presenter';
