/**
 * The explorer's one state: the view (read from the URL, written back to it)
 * plus what is transient (hover, scroll requests). Components read derived
 * values and call the methods; nothing else changes the view.
 */
import { createContext } from 'svelte';
import type {
	Dataset,
	DatasetEdge,
	DatasetNode,
	ElementRef,
	Passage,
	Positions
} from '../graph/dataset';
import {
	indexGraph,
	neighbourhood,
	shortestPath,
	type GraphIndex,
	type PathStep
} from '../graph/traversal';
import type { NodeType, Stance } from '../graph/vocabulary';
import { clear, resetView, select, toggleStance, toggleType, tracePath } from './transitions';
import { normalizeQuery, parseQuery, serializeView, type View } from './view';
import { carryParams, paramOf, withParams } from './address';
import { revealSelection } from './hidden';
import type { GraphLook, LookOf } from '../cytoscape/look';

export interface Navigator {
	/** The current query string (`?…`, or '' for none). */
	read(): string;
	/**
	 * Show the view `query` (a `?…` string, or '' for none), adding a history entry, or with
	 * `replace`, in place of the current one (a filter is a setting, not a step to go back to).
	 */
	write(query: string, replace?: boolean): void;
}

export class Explorer {
	/** The map shown: replaced as a whole when it is edited (`update`), never changed in place. */
	dataset: Dataset;
	positions: Positions;
	/** How its nodes are drawn (colour, shape, diameter), as the d3 scales give them. */
	readonly look: GraphLook;
	readonly index: GraphIndex;
	readonly #nav: Navigator;
	readonly #query: string;
	/** The page's own parameters besides the view (the table's sort), kept in every address. */
	readonly #keep: readonly string[];

	readonly parsed: ReturnType<typeof parseQuery>;
	readonly view: View;
	/** Problems with the URL, shown until the user dismisses them. */
	dismissed = $state<string[]>([]);
	readonly messages: string[];

	hover = $state<ElementRef | null>(null);
	/** Asks the reader to scroll to an offset; `seq` changes on every request. */
	readRequest = $state<{ start: number; seq: number } | null>(null);
	/** Asks the graph to bring an element into view. */
	graphRequest = $state<{ ref: ElementRef; seq: number } | null>(null);

	readonly selectedNode: DatasetNode | undefined;
	readonly selectedEdge: DatasetEdge | undefined;
	readonly selection: ElementRef | null;
	readonly focusSet: { nodes: Set<string>; edges: Set<string> } | null;
	readonly pathSteps: PathStep[] | null;

	/** Passages of what is selected (or of the path's relations), in article order. */
	readonly activePassages: Passage[] = $derived.by(() => {
		const element = this.selectedNode ?? this.selectedEdge;
		if (element) return element.passages;
		if (this.pathSteps) {
			return this.pathSteps.flatMap((s) => s.edge.passages).sort((a, b) => a.start - b.start);
		}
		return [];
	});

	constructor(
		dataset: Dataset,
		positions: Positions,
		look: LookOf,
		nav: Navigator,
		keep: readonly string[] = []
	) {
		this.#keep = keep;
		this.dataset = $state.raw(dataset);
		this.positions = $state.raw(positions);
		this.look = $derived(look(this.dataset));
		this.index = $derived(indexGraph(this.dataset));
		this.#nav = nav;
		// Compared as a string: the same view read again (a chosen view, then the same address)
		// changes nothing downstream.
		this.#query = $derived(normalizeQuery(this.#nav.read()));
		this.parsed = $derived(parseQuery(this.#query, this.index));
		this.view = $derived(this.parsed.view);
		this.messages = $derived(this.parsed.messages.filter((m) => !this.dismissed.includes(m)));
		this.selectedNode = $derived(this.view.node ? this.index.nodes.get(this.view.node) : undefined);
		this.selectedEdge = $derived(this.view.edge ? this.index.edges.get(this.view.edge) : undefined);
		this.selection = $derived<ElementRef | null>(
			this.view.node
				? { kind: 'node', id: this.view.node }
				: this.view.edge
					? { kind: 'edge', id: this.view.edge }
					: null
		);
		this.focusSet = $derived(
			this.view.focus ? neighbourhood(this.index, this.view.focus, this.view.depth) : null
		);
		this.pathSteps = $derived(this.view.path ? shortestPath(this.index, ...this.view.path) : null);
	}

	/** Shows the map as edited: the same view, on the new nodes and relations. */
	update(dataset: Dataset, positions: Positions) {
		this.dataset = dataset;
		this.positions = positions;
		// What the view pointed at may be gone (deleted, merged, undone): the view lets go of it,
		// in place, rather than warn of an address the person never wrote.
		const { node, edge, focus, path } = this.view;
		const gone = (id: string | null) => id !== null && !this.index.nodes.has(id);
		const changes: Partial<View> = {};
		if (gone(node)) changes.node = null;
		if (edge && !this.index.edges.has(edge)) changes.edge = null;
		if (gone(focus)) changes.focus = null;
		if (path?.some(gone)) changes.path = null;
		if (Object.keys(changes).length) this.#show({ ...this.view, ...changes }, true);
	}

	/** The view's query string (`?…` or ''), as chosen: ahead of the address while it catches up. */
	get search(): string {
		return this.#nav.read();
	}

	go(change: Partial<View>) {
		this.#show({ ...this.view, ...change });
	}

	#show(view: View, replace = false) {
		this.#nav.write(carryParams(serializeView(view), this.#nav.read(), this.#keep), replace);
	}

	/** One of the page's own parameters (named when the explorer was made), or null. */
	param(name: string): string | null {
		return paramOf(this.#nav.read(), name);
	}

	/** Sets the page's own parameters (null: removes one), in place of the current history entry. */
	setParams(changes: Record<string, string | null>) {
		this.#nav.write(withParams(this.#nav.read(), changes), true);
	}

	select(ref: ElementRef | null) {
		this.#show(select(this.view, ref, this.index));
	}

	/** Escape: clear the selection first, then focus and path. */
	clear() {
		this.#show(clear(this.view));
	}

	/** Back to the whole graph: nothing selected, focused, traced or hidden. */
	reset() {
		this.#show(resetView());
	}

	setFocus(id: string | null, depth: 1 | 2 = this.view.depth) {
		this.go({ focus: id, depth });
	}

	setPath(from: string | null, to: string | null) {
		this.#show(tracePath(this.view, from, to));
	}

	// Filters replace the history entry: Back leaves the view, it does not replay each toggle.
	toggleType(type: NodeType) {
		this.#show(toggleType(this.view, type), true);
	}

	toggleStance(stance: Stance) {
		this.#show(toggleStance(this.view, stance), true);
	}

	/** Lifts the filters that hide the selection, keeping the others. */
	revealSelection() {
		this.#show(revealSelection(this.view, this.index), true);
	}

	/** Shows every node type and stance again. */
	showAll() {
		this.#show({ ...this.view, hiddenTypes: [], hiddenStances: [] }, true);
	}

	readInArticle(start: number) {
		this.readRequest = { start, seq: (this.readRequest?.seq ?? 0) + 1 };
	}

	showInGraph(ref: ElementRef) {
		this.select(ref);
		this.graphRequest = { ref, seq: (this.graphRequest?.seq ?? 0) + 1 };
	}

	dismiss(message: string) {
		this.dismissed = [...this.dismissed, message];
	}

	/** Whether a node is shown under the current type filter. */
	isVisible(id: string): boolean {
		const node = this.index.nodes.get(id);
		return !!node && !this.view.hiddenTypes.includes(node.type);
	}
}

export const [getExplorer, setExplorer] = createContext<Explorer>();
