import { describe, expect, it, vi } from 'vitest';
import { latestAfterPaint, latestAtFrame, schedule } from '../../src/lib/cytoscape/schedule';
import { Waiters } from '../../src/lib/cytoscape/waiters';
import { fakeFrames } from './fake-frames';

fakeFrames();

describe('schedule', () => {
	it('runs a frame callback at the next frame, and after-paint work in the task after it', () => {
		const s = schedule();
		const ran: string[] = [];
		s.frame(() => ran.push('frame'));
		s.afterPaint(() => ran.push('after paint'));
		expect(ran).toEqual([]);
		vi.advanceTimersToNextFrame();
		expect(ran).toEqual(['frame']);
		// Node's clock runs a 0 ms timeout after 1 ms.
		vi.advanceTimersByTime(1);
		expect(ran).toEqual(['frame', 'after paint']);
	});

	it('holds after-paint work back for the paint of an answer announced after its frame', () => {
		const s = schedule();
		const ran: string[] = [];
		s.afterPaint(() => ran.push('left by the last tap'));
		vi.advanceTimersToNextFrame();
		// The next tap's answer arrives between that frame and the task after it.
		s.answering();
		s.frame(() => ran.push('answer painted'));
		vi.advanceTimersByTime(1);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextFrame();
		expect(ran).toEqual(['answer painted']);
		vi.advanceTimersByTime(1);
		expect(ran).toEqual(['answer painted', 'left by the last tap']);
	});

	it('does not hold back work whose frame came after the answer', () => {
		const s = schedule();
		const ran: string[] = [];
		s.answering();
		s.afterPaint(() => ran.push('after paint'));
		vi.advanceTimersToNextFrame();
		vi.advanceTimersByTime(1);
		expect(ran).toEqual(['after paint']);
	});

	it('runs nothing once cancelled: neither what was pending nor what is asked for later', () => {
		const s = schedule();
		const ran: string[] = [];
		s.frame(() => s.frame(() => ran.push('second frame')));
		s.afterPaint(() => ran.push('after paint'));
		vi.advanceTimersToNextFrame();
		s.cancel();
		s.frame(() => ran.push('late'));
		vi.advanceTimersByTime(100);
		expect(ran).toEqual([]);
	});
});

describe('latestAfterPaint', () => {
	it('applies the first value at once, then the latest of each burst after a paint', () => {
		const applied: number[] = [];
		const push = latestAfterPaint(schedule(), (n: number) => applied.push(n));
		push(1);
		expect(applied).toEqual([1]);
		push(2);
		push(3);
		expect(applied).toEqual([1]);
		vi.advanceTimersByTime(100);
		expect(applied).toEqual([1, 3]);
	});

	it('applies nothing after its schedule is cancelled', () => {
		const applied: number[] = [];
		const s = schedule();
		const push = latestAfterPaint(s, (n: number) => applied.push(n));
		push(1);
		push(2);
		s.cancel();
		vi.advanceTimersByTime(100);
		expect(applied).toEqual([1]);
	});
});

describe('latestAtFrame', () => {
	it('applies the latest value of each frame at that frame, never at once', () => {
		const applied: number[] = [];
		const push = latestAtFrame(schedule(), (n: number) => applied.push(n));
		push(1);
		push(2);
		expect(applied).toEqual([]);
		vi.advanceTimersToNextFrame();
		expect(applied).toEqual([2]);
		push(3);
		vi.advanceTimersToNextFrame();
		expect(applied).toEqual([2, 3]);
	});
});

describe('Waiters', () => {
	it('resolves everyone waiting, once', async () => {
		const waiters = new Waiters<string>();
		const both = Promise.all([waiters.wait(), waiters.wait()]);
		expect(waiters.size).toBe(2);
		waiters.resolve('drawn');
		waiters.reject(new Error('too late'));
		await expect(both).resolves.toEqual(['drawn', 'drawn']);
		expect(waiters.size).toBe(0);
	});

	it('rejects everyone waiting with the reason, and serves later callers afresh', async () => {
		const waiters = new Waiters<string>();
		const first = waiters.wait();
		waiters.reject(new Error('the graph was closed'));
		await expect(first).rejects.toThrow('the graph was closed');
		const second = waiters.wait();
		waiters.resolve('drawn');
		await expect(second).resolves.toBe('drawn');
	});
});
