/** What each presentation key does; clickers send PageDown / PageUp. Pure, so it is testable alone. */
export type StoryCommand =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'presenter' | 'exit';

export function storyCommand(event: {
	key: string;
	shiftKey: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): StoryCommand | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case ' ':
			return event.shiftKey ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'p':
		case 'P':
			return 'presenter';
		case 'Escape':
			return 'exit';
		default:
			return null;
	}
}

/** The step a moving command leads to from `step` of `count`; null for the other commands. */
export function stepFor(command: StoryCommand, step: number, count: number): number | null {
	const to =
		command === 'next'
			? step + 1
			: command === 'previous'
				? step - 1
				: command === 'first'
					? 1
					: command === 'last'
						? count
						: null;
	return to === null ? null : Math.min(Math.max(to, 1), count);
}
