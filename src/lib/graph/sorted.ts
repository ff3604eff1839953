/**
 * The first index of `items` at which `isBefore` stops holding, found by halving: `items`
 * must hold every item for which it is true ahead of every item for which it is false
 * (as a list sorted by start is, for "starts before x"). `items.length` when it holds
 * for all.
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (isBefore(items[mid]!)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
