/**
 * Frames and tasks that a live graph asks for, kept so that teardown can cancel them: a
 * callback queued for after the next paint must not run on a destroyed instance.
 */
export interface Schedule {
	/** Runs `f` at the next animation frame. */
	frame(f: () => void): void;
	/** Runs `f` in the first task after the next frame has been painted. */
	afterPaint(f: () => void): void;
	/** Cancels everything still pending; nothing queued afterwards runs. */
	cancel(): void;
}

export function schedule(): Schedule {
	const frames = new Set<number>();
	const tasks = new Set<ReturnType<typeof setTimeout>>();
	let cancelled = false;
	const frame = (f: () => void) => {
		if (cancelled) return;
		const id = requestAnimationFrame(() => {
			frames.delete(id);
			f();
		});
		frames.add(id);
	};
	const task = (f: () => void) => {
		if (cancelled) return;
		const id = setTimeout(() => {
			tasks.delete(id);
			f();
		}, 0);
		tasks.add(id);
	};
	return {
		frame,
		afterPaint: (f) => frame(() => task(f)),
		cancel() {
			cancelled = true;
			for (const id of frames) cancelAnimationFrame(id);
			for (const id of tasks) clearTimeout(id);
			frames.clear();
			tasks.clear();
		}
	};
}

/**
 * Hands the latest of a run of values to `apply`, once, after the next paint: a burst of
 * changes within a frame costs one application. The first value is applied at once.
 */
export function latestAfterPaint<T>(s: Schedule, apply: (value: T) => void): (value: T) => void {
	let pending: { value: T } | null = null;
	let first = true;
	return (value) => {
		if (first) {
			first = false;
			return apply(value);
		}
		const queued = pending !== null;
		pending = { value };
		if (queued) return;
		s.afterPaint(() => {
			const next = pending!;
			pending = null;
			apply(next.value);
		});
	};
}
