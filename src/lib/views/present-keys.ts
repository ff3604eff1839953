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
