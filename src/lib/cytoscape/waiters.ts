/**
 * Callers waiting for a value that is not there yet (the live graph, once it has drawn).
 * Every promise handed out is settled: by `resolve`, by `reject`, or by `close` at teardown.
 */
export class Waiters<T> {
	#waiting: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];

	get size(): number {
		return this.#waiting.length;
	}

	wait(): Promise<T> {
		return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
	}

	resolve(value: T) {
		for (const { resolve } of this.#take()) resolve(value);
	}

	reject(error: Error) {
		for (const { reject } of this.#take()) reject(error);
	}

	#take() {
		const waiting = this.#waiting;
		this.#waiting = [];
		return waiting;
	}
}
