import { describe, expect, it } from 'vitest';
import { nodeTypeNames, nodeTypes } from '../../src/lib/graph/vocabulary';

describe('nodeTypeNames', () => {
	it.each(nodeTypes)('names %s by the word an address uses for it', (type) => {
		// `?hide=concept` hides what the legend calls "Concept", not something under another name.
		expect(nodeTypeNames[type].toLowerCase()).toBe(type);
	});
});
