import { describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { pressHold } from '../../src/lib/cytoscape/events';
import { schedule } from '../../src/lib/cytoscape/schedule';
import { fakeFrames } from './fake-frames';

fakeFrames();

/** A stand-in for Cytoscape's batch: how deep it is, and how often it was ended. */
function batching() {
	const b = { depth: 0, ended: 0 };
	const cy = {
		startBatch: () => void b.depth++,
		endBatch: () => {
			b.depth--;
			b.ended++;
		}
	} as unknown as Core;
	return { b, cy };
}

describe('pressHold', () => {
	it('holds drawing once however often it is asked, and lets go after the next paint', () => {
		const { b, cy } = batching();
		const press = pressHold(cy, schedule());
		press.hold();
		press.hold();
		expect(b.depth).toBe(1);
		press.releaseAfterPaint();
		expect(b.depth).toBe(1);
		vi.advanceTimersToNextFrame();
		vi.advanceTimersByTime(1);
		expect(b).toEqual({ depth: 0, ended: 1 });
	});

	it('lets go on its own when the end of a press is never reported', () => {
		const { b, cy } = batching();
		pressHold(cy, schedule()).hold();
		vi.advanceTimersByTime(999);
		expect(b.depth).toBe(1);
		vi.advanceTimersByTime(1);
		expect(b).toEqual({ depth: 0, ended: 1 });
	});

	it("holds back the schedule's after-paint work until it lets go", () => {
		const { cy } = batching();
		const s = schedule();
		const press = pressHold(cy, s);
		const ran: string[] = [];
		press.hold();
		s.afterPaint(() => ran.push('placed'));
		vi.advanceTimersByTime(100);
		expect(ran).toEqual([]);
		press.releaseAfterPaint();
		vi.advanceTimersByTime(100);
		expect(s.held).toBe(false);
		expect(ran).toEqual(['placed']);
	});

	it('lets go at once for a drag, and a later release does not end the batch twice', () => {
		const { b, cy } = batching();
		const press = pressHold(cy, schedule());
		press.hold();
		press.release();
		expect(b).toEqual({ depth: 0, ended: 1 });
		press.releaseAfterPaint();
		vi.advanceTimersByTime(100);
		press.release();
		expect(b).toEqual({ depth: 0, ended: 1 });
	});
});
