/** Animation frames and timeouts on vitest's fake clock, for the file that calls this. */
import { afterEach, beforeEach, vi } from 'vitest';

export function fakeFrames() {
	beforeEach(() => {
		// Node has no frames: stand-ins that the fake clock then replaces and drives.
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('cancelAnimationFrame', () => {});
		vi.useFakeTimers({
			toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame']
		});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
}
