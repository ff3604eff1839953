/**
 * A worker as a typed call: the worker module is a plain function wrapped by `answer`, and the
 * page calls it with `callWorker`, one worker per call (terminated when it answers), so a
 * long computation never holds up the page and nothing stays resident afterwards.
 */

type Reply<O> = { ok: true; value: O } | { ok: false; error: string };

/** Worker side: answers each message with `fn(message)`, or with the error it threw. */
export function answer<I, O>(fn: (input: I) => O | Promise<O>): void {
	const scope = self as unknown as {
		onmessage: ((event: MessageEvent<I>) => void) | null;
		postMessage(reply: Reply<O>): void;
	};
	scope.onmessage = async (event) => {
		try {
			scope.postMessage({ ok: true, value: await fn(event.data) });
		} catch (error) {
			scope.postMessage({
				ok: false,
				error: error instanceof Error ? error.message : String(error)
			});
		}
	};
}

/** Page side: runs one call in a new worker made by `make`, and ends the worker after. */
export function callWorker<I, O>(make: () => Worker, input: I): Promise<O> {
	return new Promise<O>((resolve, reject) => {
		const worker = make();
		const done = () => worker.terminate();
		worker.onmessage = (event: MessageEvent<Reply<O>>) => {
			done();
			if (event.data.ok) resolve(event.data.value);
			else reject(new Error(event.data.error));
		};
		worker.onerror = (event) => {
			done();
			event.preventDefault();
			reject(new Error(event.message || 'the worker could not start'));
		};
		worker.postMessage(input);
	});
}
