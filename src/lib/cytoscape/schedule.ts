/**
 * Frames and tasks that a live graph asks for, kept so that teardown can cancel them: a
 * callback queued for after the next paint must not run on a destroyed instance.
 */
export interface Schedule {
	/** Runs `f` at the next animation frame. */
	frame(f: () => void): void;
	/**
	 * Runs `f` in the first task after the next frame has been painted, and after the paint of
	 * any answer `answering` announced in the meantime: work left for after one tap's paint
	 * does not run in front of the next tap's.
	 */
	afterPaint(f: () => void): void;
	/** A new answer (a tap's evidence) is on its way to the screen: after-paint work waits. */
	answering(): void;
	/**
	 * While set, the graph's drawing is held (a press on it): after-paint work, which would
	 * measure styles the hold leaves unapplied, waits for the release, except `releasing`.
	 */
	held: boolean;
	/** Runs `f` in the first task after the next paint, held or not: what ends the hold. */
	releasing(f: () => void): void;
	/** Cancels everything still pending; nothing queued afterwards runs. */
	cancel(): void;
}

export function schedule(): Schedule {
	const frames = new Set<number>();
	const tasks = new Set<ReturnType<typeof setTimeout>>();
	let cancelled = false;
	let answers = 0;
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
	const after = (f: () => void, always: boolean) =>
		frame(() => {
			const painted = answers;
			task(() => (answers === painted && (always || !s.held) ? f() : after(f, always)));
		});
	const s: Schedule = {
		frame,
		afterPaint: (f) => after(f, false),
		releasing: (f) => after(f, true),
		held: false,
		answering: () => void answers++,
		cancel() {
			cancelled = true;
			for (const id of frames) cancelAnimationFrame(id);
			for (const id of tasks) clearTimeout(id);
			frames.clear();
			tasks.clear();
		}
	};
	return s;
}

/**
 * Hands the latest of a run of values to `apply`, once, when `queue` runs its callback: a
 * burst of values before then costs one application. `first` applies the very first value at
 * once instead.
 */
function latest<T>(
	queue: (f: () => void) => void,
	apply: (value: T) => void,
	first: boolean
): (value: T) => void {
	let pending: { value: T } | null = null;
	return (value) => {
		if (first) {
			first = false;
			return apply(value);
		}
		const queued = pending !== null;
		pending = { value };
		if (queued) return;
		queue(() => {
			const next = pending!;
			pending = null;
			apply(next.value);
		});
	};
}

/**
 * The latest of a run of values, applied after the next paint: the answer to a tap is painted
 * before the graph restyles for it. The first value is applied at once.
 */
export const latestAfterPaint = <T>(s: Schedule, apply: (value: T) => void) =>
	latest(s.afterPaint, apply, true);

/**
 * The latest of a run of values, applied at the next animation frame: a pointer that crosses
 * several elements within a frame costs one application, and none of it runs in the event
 * that produced it (a press that follows in the same task finds the graph's styles clean).
 */
export const latestAtFrame = <T>(s: Schedule, apply: (value: T) => void) =>
	latest(s.frame, apply, false);
