/**
 * The graph's keyboard model, as data: which key does what. Arrow keys move along relations,
 * Shift with an arrow pans (the keyboard's drag), Enter reads the evidence, Escape clears,
 * + and − zoom, 0 fits. GraphCanvas carries the actions out.
 */
import type { Direction } from '../graph/navigate';

export type GraphKeyAction =
	| { kind: 'move'; direction: Direction }
	| { kind: 'pan'; by: { x: number; y: number } }
	| { kind: 'read' }
	| { kind: 'clear' }
	| { kind: 'zoom'; step: 'in' | 'out' }
	| { kind: 'fit' };

const arrows: Record<string, Direction> = {
	ArrowUp: 'up',
	ArrowDown: 'down',
	ArrowLeft: 'left',
	ArrowRight: 'right'
};

/** Pixels Shift+arrow pans the view by. */
export const panStep = 80;

/** Panning moves the picture the other way from the arrow: the view travels in its direction. */
const panBy: Record<Direction, { x: number; y: number }> = {
	up: { x: 0, y: panStep },
	down: { x: 0, y: -panStep },
	left: { x: panStep, y: 0 },
	right: { x: -panStep, y: 0 }
};

/** What a key pressed on the graph does; null for keys the graph leaves alone. */
export function graphKeyAction(key: string, shiftKey: boolean): GraphKeyAction | null {
	const direction = arrows[key];
	if (direction)
		return shiftKey ? { kind: 'pan', by: panBy[direction] } : { kind: 'move', direction };
	switch (key) {
		case 'Enter':
			return { kind: 'read' };
		case 'Escape':
			return { kind: 'clear' };
		case '+':
		case '=':
			return { kind: 'zoom', step: 'in' };
		case '-':
			return { kind: 'zoom', step: 'out' };
		case '0':
			return { kind: 'fit' };
		default:
			return null;
	}
}
