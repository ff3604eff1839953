/**
 * A part of the page that waits for the page's first paint when it is built in the browser:
 * the rest of the view shows first, and this part follows in a task of its own, so opening a
 * long map never holds the page's thread for the whole view at once. A part the server
 * rendered (found in the page by `prerendered`) is being hydrated, and stays whole.
 */
import { onMount } from 'svelte';
import { browser } from '$app/environment';
import { afterPaint } from './after-paint';

export class AfterFirstPaint {
	/** Whether the part is in the server's page, being hydrated. */
	readonly hydrating: boolean;
	/** Whether the part may render. */
	shown: boolean;

	/** Call while the component initialises. */
	constructor(prerendered: string) {
		this.hydrating = !browser || document.querySelector(prerendered) !== null;
		this.shown = $state(this.hydrating);
		onMount(() => {
			if (!this.shown) afterPaint(() => (this.shown = true));
		});
	}
}
