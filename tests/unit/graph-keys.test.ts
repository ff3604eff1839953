import { describe, expect, it } from 'vitest';
import { graphKeyAction, panStep } from '../../src/lib/cytoscape/keyboard';

describe('graphKeyAction', () => {
	it.each([
		['ArrowUp', false, { kind: 'move', direction: 'up' }],
		['ArrowRight', false, { kind: 'move', direction: 'right' }],
		['ArrowUp', true, { kind: 'pan', by: { x: 0, y: panStep } }],
		['ArrowLeft', true, { kind: 'pan', by: { x: panStep, y: 0 } }],
		['ArrowDown', true, { kind: 'pan', by: { x: 0, y: -panStep } }],
		['ArrowRight', true, { kind: 'pan', by: { x: -panStep, y: 0 } }],
		['Enter', false, { kind: 'read' }],
		['Escape', false, { kind: 'clear' }],
		['+', false, { kind: 'zoom', step: 'in' }],
		['=', false, { kind: 'zoom', step: 'in' }],
		['-', false, { kind: 'zoom', step: 'out' }],
		['0', false, { kind: 'fit' }],
		['a', false, null],
		['Tab', false, null],
		[' ', false, null]
	])('%j (Shift: %s) is %j', (key, shift, action) => {
		expect(graphKeyAction(key, shift)).toEqual(action);
	});
});
