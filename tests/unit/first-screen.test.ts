import { describe, expect, it } from 'vitest';
import {
	firstScreen,
	groupRelations,
	nodeSizes,
	type EvidenceSizes
} from '../../src/lib/components/EvidencePanel/first-screen';
import { indexGraph } from '../../src/lib/graph/traversal';
import { loadCampDavid } from './graphs';

/**
 * Where the whole panel puts each sentence and each of the first relations of a node, from
 * the top of the panel's content (px), as Chromium lays it out at two panel widths.
 */
const laidOut: Record<number, Record<string, { sentences: number[]; relations: number[] }>> = {
	349: {
		japan: { sentences: [255, 499], relations: [744, 915, 1148, 1314] },
		'united-states': { sentences: [362, 510, 659], relations: [1024, 1190, 1440, 1617] },
		china: { sentences: [251, 495], relations: [716, 869, 1073, 1249] },
		'camp-david-summit': { sentences: [429, 577], relations: [847, 1012, 1178, 1376] },
		trust: { sentences: [255, 475, 647], relations: [869, 1012, 1241, 1384] },
		'nicholas-j-wheeler': { sentences: [355, 528], relations: [725, 913, 1100, 1298] }
	},
	364: {
		japan: { sentences: [255, 475], relations: [696, 867, 1050, 1216] },
		china: { sentences: [227, 447], relations: [668, 822, 1026, 1180] },
		trust: { sentences: [255, 451, 599], relations: [821, 964, 1193, 1336] },
		'nicholas-j-wheeler': { sentences: [355, 528], relations: [725, 891, 1078, 1276] }
	}
};

const dataset = loadCampDavid();
const index = indexGraph(dataset);
const sizesOf = (id: string) =>
	nodeSizes(index.nodes.get(id)!, groupRelations(index.incident.get(id) ?? []), false);

const sizes = (over: Partial<EvidenceSizes>): EvidenceSizes => ({
	summary: 80,
	extras: false,
	sentences: [200, 200, 200],
	relations: [[60], [60], [60]],
	groups: [3],
	...over
});

describe('firstScreen', () => {
	it('draws every item that starts inside the fold, at every fold height', () => {
		for (const [width, nodes] of Object.entries(laidOut)) {
			for (const [id, tops] of Object.entries(nodes)) {
				for (let height = 100; height <= 1700; height += 10) {
					const screen = firstScreen({ width: Number(width), height }, sizesOf(id));
					const inside = (ys: number[]) => ys.filter((y) => y < height).length;
					expect(screen.sentences, `${id} at ${width}×${height}`).toBeGreaterThanOrEqual(
						inside(tops.sentences)
					);
					expect(screen.relations, `${id} at ${width}×${height}`).toBeGreaterThanOrEqual(
						inside(tops.relations)
					);
				}
			}
		}
	});

	it('leaves what surely starts below the fold for later', () => {
		// Japan in a 1280×800 window: the name, the summary and the first sentence fill the pane
		// (the second starts at 499 px); its relations, 700 px down, wait.
		expect(firstScreen({ width: 349, height: 405 }, sizesOf('japan'))).toEqual({
			sentences: 2,
			relations: 0
		});
		expect(firstScreen({ width: 349, height: 300 }, sizesOf('japan'))).toEqual({
			sentences: 1,
			relations: 0
		});
		// A tall pane: both sentences and the first relations.
		const tall = firstScreen({ width: 364, height: 1008 }, sizesOf('japan'));
		expect(tall.sentences).toBe(2);
		expect(tall.relations).toBeGreaterThanOrEqual(2);
		expect(tall.relations).toBeLessThan(sizesOf('japan').relations.length);
	});

	it('starts the relations only below the last sentence, and counts their group headings', () => {
		const fold = { width: 350, height: 700 };
		expect(firstScreen(fold, sizes({ sentences: [200, 200, 200, 200] })).relations).toBe(0);
		const one = firstScreen(fold, sizes({ sentences: [], groups: [3] })).relations;
		const three = firstScreen(fold, sizes({ sentences: [], groups: [1, 1, 1] })).relations;
		expect(three).toBeLessThanOrEqual(one);
	});

	it('draws nothing but the header in a sliver, and everything in a tall box', () => {
		expect(firstScreen({ width: 350, height: 40 }, sizes({}))).toEqual({
			sentences: 0,
			relations: 0
		});
		expect(firstScreen({ width: 350, height: 5000 }, sizes({}))).toEqual({
			sentences: 3,
			relations: 3
		});
	});

	it('gives longer text more room: a narrow pane draws no more than a wide one', () => {
		const narrow = firstScreen({ width: 200, height: 700 }, sizesOf('trust'));
		const wide = firstScreen({ width: 600, height: 700 }, sizesOf('trust'));
		expect(narrow.sentences + narrow.relations).toBeLessThanOrEqual(
			wide.sentences + wide.relations
		);
	});
});
