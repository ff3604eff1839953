import { describe, expect, it } from 'vitest';
import { suggestName } from '../../src/lib/edit/name';

describe('a name suggested for selected words', () => {
	it.each([
		['Japan', 'Japan'],
		['Japan’s', 'Japan'],
		['“the United States”', 'United States'],
		['the Japanese Prime Minister Fumio Kishida said', 'Fumio Kishida'],
		['Prime Minister', 'Prime Minister'],
		['the Association of Southeast Asian Nations, which', 'Association of Southeast Asian Nations'],
		['The summit at Camp David', 'Camp David'],
		['a North Korean missile test', 'North Korean'],
		['the threat of nuclear war', 'threat of nuclear war'],
		[
			'rising tensions in the region over the disputed islands and their waters',
			'rising tensions in the region over the disputed'
		],
		['Bosnia and Herzegovina.', 'Bosnia and Herzegovina'],
		['said Vladimir Putin, and', 'Vladimir Putin'],
		['Secretary of State Antony Blinken', 'Antony Blinken'],
		['the Foreign Ministry', 'Foreign Ministry'],
		['Gen. Abdourahamane Tiani', 'Abdourahamane Tiani'],
		['Nicholas J. Wheeler’s research', 'Nicholas J. Wheeler'],
		['“Biden,” she said', 'Biden'],
		['Prime Minister of Japan', 'Prime Minister of Japan'],
		['the U.S. and its allies', 'U.S.'],
		['—Japan', 'Japan']
	])('“%s” → “%s”', (selected, name) => {
		expect(suggestName(selected)).toBe(name);
	});
});
