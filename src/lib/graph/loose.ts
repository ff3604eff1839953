/**
 * Reading JSON that has not passed the schema yet: the checker looks into it
 * to report every problem at once, so nothing here may assume a shape or throw.
 */

export type Loose = Record<string, unknown>;

export const isObject = (x: unknown): x is Loose =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** `x` if it is a list, else an empty one. */
export const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

export const excerpt = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Any JSON value as short text for a message. Never throws: `String()` would on
 * an object whose "toString" key is not a function.
 */
export function show(x: unknown): string {
	if (typeof x === 'string') return excerpt(x);
	if (x === null || typeof x !== 'object') return String(x);
	try {
		return excerpt(JSON.stringify(x));
	} catch {
		return Array.isArray(x) ? 'a list' : 'an object';
	}
}
