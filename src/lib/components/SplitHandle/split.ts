/** The share of a split pane after a key press, or null for a key that does not move it. */
export function splitAfterKey(
	share: number,
	key: string,
	{ min, max, step }: { min: number; max: number; step: number }
): number | null {
	const clamp = (v: number) => Math.min(max, Math.max(min, v));
	switch (key) {
		case 'ArrowUp':
		case 'ArrowLeft':
			return clamp(share - step);
		case 'ArrowDown':
		case 'ArrowRight':
			return clamp(share + step);
		case 'PageUp':
			return clamp(share - 4 * step);
		case 'PageDown':
			return clamp(share + 4 * step);
		case 'Home':
			return min;
		case 'End':
			return max;
		default:
			return null;
	}
}
