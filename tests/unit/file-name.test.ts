import { describe, expect, it } from 'vitest';
import { viewFileName } from '../../src/lib/components/ExportMenu/file-name';
import { emptyView, type View } from '../../src/lib/state/view';

const view = (fields: Partial<View>): View => ({ ...emptyView, ...fields });

describe('viewFileName', () => {
	it.each([
		{ v: view({}), extent: 'whole', name: 'camp-david-2023' },
		{ v: view({ focus: 'japan' }), extent: 'whole', name: 'camp-david-2023-focus-japan' },
		{
			v: view({ focus: 'japan', depth: 2, node: 'japan' }),
			extent: 'shown',
			name: 'camp-david-2023-focus-japan-depth-2-japan-as-shown'
		},
		{
			v: view({ path: ['north-korea', 'us-election-2024'] }),
			extent: 'whole',
			name: 'camp-david-2023-path-north-korea-to-us-election-2024'
		},
		{
			v: view({ edge: 'north-korea-threatens-south-korea', hiddenStances: ['neutral'] }),
			extent: 'whole',
			name: 'camp-david-2023-north-korea-threatens-south-korea-without-neutral'
		},
		{
			v: view({ hiddenTypes: ['concept', 'event'] }),
			extent: 'shown',
			name: 'camp-david-2023-without-concept-event-as-shown'
		}
	] as const)('names $v ($extent) $name', ({ v, extent, name }) => {
		expect(viewFileName('camp-david-2023', v, extent)).toBe(name);
	});

	it('keeps a name short and safe whatever the ids hold', () => {
		const name = viewFileName('../My Map', view({ node: `a/${'x'.repeat(400)}` }), 'whole');
		expect(name).toMatch(/^my-map-a-x+$/);
		expect(name.length).toBeLessThanOrEqual(150);
	});
});
