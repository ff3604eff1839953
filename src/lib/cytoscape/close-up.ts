/**
 * A close-up's labels on the running graph, at a size the reader can read (label-sizes.ts):
 * the close-up's labels are set to their on-screen size at the zoom that frames them, its
 * nodes make room for them, and where that is not enough the least important labels are left
 * out (class `left-out`), relations' first. A label left out leaves its element drawn, and
 * comes back while the reader hovers, focuses or selects it; the panel lists every relation.
 * Everything here is undone by `resetCloseUp` when the view changes.
 */
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LabelPx } from './label-sizes';
import { edgeLabelFont, labelFont } from './label-metrics';
import { settleLabels, type Settled } from './settle-labels';
import { clearPlacement } from './place-labels';
import { restoreSpread, spreadUntilPlaced } from './spread';

type Labelled = NodeSingular | EdgeSingular;

/**
 * More labels than this, and a close-up leaves its relations' labels out from the start, and
 * searches only how many more to leave out (SettleInputs.from; the panel lists every relation,
 * and hover brings a label back): each try sizes, spreads and places the whole close-up again, about a
 * tenth of a second for a hub's neighbourhood on a slow laptop, and a view change cannot wait
 * for many.
 */
export const searchLimit = 24;
/** Placements at most while searching how few labels to leave out (then spent, see settleLabels). */
export const placementBudget = 8;

const sized = new WeakMap<Core, Collection>();
const leftOut = new WeakMap<Core, Collection>();

/** Puts back the stylesheet's label sizes and every label a close-up left out. */
export function resetCloseUp(cy: Core) {
	cy.batch(() => {
		sized.get(cy)?.removeStyle('font-size');
		leftOut.get(cy)?.removeClass('left-out');
	});
	sized.delete(cy);
	leftOut.delete(cy);
	tell(cy, 0);
}

/** The canvas says how many labels the close-up left out, for a test to report. */
function tell(cy: Core, n: number) {
	const container = cy.container();
	if (container) container.dataset.leftOut = String(n);
}

const gather = (cy: Core, list: readonly Labelled[]): Collection =>
	list.reduce<Collection>((all, ele) => all.union(ele), cy.collection());

const hasLabel = (ele: Labelled) => ele.visible() && String(ele.style('label') ?? '') !== '';

/**
 * The labels of `scope` that may be left out, least important first: relations' before
 * nodes', the farther from what the view is about (`keep`, never left out) the sooner, then
 * those with fewer passages. Ties go by id, so the same view always leaves out the same.
 */
export function spareLabels(scope: Collection, keep: ReadonlySet<string>): Labelled[] {
	// Steps from the kept nodes, along the close-up's relations.
	const steps = new Map<string, number>();
	let ring = scope.nodes().filter((n) => keep.has(n.id()));
	ring.forEach((n) => void steps.set(n.id(), 0));
	for (let d = 1; ring.nonempty(); d++) {
		ring = ring
			.connectedEdges()
			.intersection(scope)
			.connectedNodes()
			.intersection(scope)
			.filter((n) => !steps.has(n.id()));
		ring.forEach((n) => void steps.set(n.id(), d));
	}
	const far = (id: string) => steps.get(id) ?? Infinity;
	const distance = (ele: Labelled) =>
		ele.isNode()
			? far(ele.id())
			: Math.min(
					far((ele as EdgeSingular).source().id()),
					far((ele as EdgeSingular).target().id())
				);
	const order = (a: Labelled, b: Labelled) =>
		distance(b) - distance(a) ||
		Number(a.data('passages') ?? 0) - Number(b.data('passages') ?? 0) ||
		(a.id() < b.id() ? -1 : 1);
	const spare = (eles: Labelled[]) =>
		eles.filter((e) => !keep.has(e.id()) && hasLabel(e)).sort(order);
	return [...spare(scope.edges().toArray()), ...spare(scope.nodes().toArray())];
}

export interface CloseUp {
	/** The elements whose labels are sized: the frame holds them whole. */
	scope: Collection;
	px: LabelPx;
	/** What the view is about: these labels are never left out (spareLabels). */
	keep: ReadonlySet<string>;
	/** Whether the close-up's nodes may move apart to make room (else they stay put). */
	spread: boolean;
	/** Room between the close-up's nodes, in model units, for relation labels of `edge` size. */
	gap(edge: number): number;
	/** Places the labels; says how many found no clear place. */
	place(): number;
	/** The zoom the close-up will be shown at, as it now is. */
	fit(): number;
	/**
	 * Whether the search must be quick (searchLimit, placementBudget): a view the reader has
	 * just asked for, where a presented step can take the time to find the fewest to leave out.
	 */
	quick?: boolean;
}

/** Sizes, spreads, places and leaves out the close-up's labels (settleLabels). */
export function settleCloseUp(cy: Core, c: CloseUp): Settled {
	resetCloseUp(cy);
	sized.set(cy, c.scope);
	const order = spareLabels(c.scope, c.keep);
	const spare = gather(cy, order);
	leftOut.set(cy, spare);
	const nodes = c.scope.nodes();
	const edges = c.scope.edges();
	let placements = 0;
	const place = () => {
		placements += 1;
		return c.place();
	};
	const settled = settleLabels({
		px: c.px,
		base: { node: labelFont.size, edge: edgeLabelFont.size },
		spare: order.length,
		from:
			c.quick && order.length + c.keep.size > searchLimit
				? order.filter((e) => e.isEdge()).length
				: 0,
		// Each try starts from the same picture: the layout's positions and the labels where the
		// stylesheet sets them (what spreading measures), so trying again gives the same result.
		leaveOut: (n) =>
			cy.batch(() => {
				restoreSpread(cy);
				clearPlacement(cy);
				spare.removeClass('left-out');
				gather(cy, order.slice(0, n)).addClass('left-out');
			}),
		apply: (sizes) => {
			cy.batch(() => {
				nodes.style('font-size', sizes.node);
				edges.style('font-size', sizes.edge);
			});
			if (c.spread) return spreadUntilPlaced(cy, nodes, edges, c.gap(sizes.edge), place);
			restoreSpread(cy);
			return place();
		},
		fit: c.fit,
		minZoom: cy.minZoom(),
		spent: () => Boolean(c.quick) && placements >= placementBudget
	});
	tell(cy, settled.leftOut);
	return settled;
}
