/**
 * The life of one graph on the page: started once it is needed (at once when eager), the
 * page's state pushed in while it runs, and a teardown that leaves nothing behind. The
 * component that renders the graph's container attaches `attach` to it.
 *
 * Teardown checklist: no start after it (the pending after-paint start is cancelled, and a
 * start on the way stops at its next step and destroys what it made); the running graph's
 * frames, after-paint work and listeners go with it (LiveGraph.destroy), and so do the effects
 * that push the page's state into it; every caller still waiting for the drawn graph is
 * answered with an error.
 */
import { untrack } from 'svelte';
import type { Core } from 'cytoscape';
import type { Explorer } from '../state/explorer.svelte';
import type { Theme } from '../state/theme.svelte';
import { isPlainView } from '../state/view';
import { loadOnce } from '../browser/load-once';
import type { LiveGraph } from './live-graph';
import { isLarge, rendererFromUrl } from './render-options';
import { schedule } from './schedule';
import { palettes } from './palettes';
import { Waiters } from './waiters';

/** The code that runs a live graph, fetched when the first graph starts (see live-binding). */
const loadBinding = loadOnce(() => import('./live-binding'));
type Binding = Awaited<ReturnType<typeof loadBinding>>;

export interface GraphHostInputs {
	explorer: Explorer;
	theme(): Theme;
	/** Start at once, rather than when the graph is first used. */
	eager(): boolean;
	spotlight(): { nodes: Set<string>; edges: Set<string> } | null;
	/** The node the keyboard is on, while the graph has focus. */
	keyboardFocus(): string | null;
	/** Called once the graph's first frame is on screen. */
	drawn(): void;
}

const canWebgl = () => !!document.createElement('canvas').getContext('webgl2');

export class GraphHost {
	/** The running graph: a plain field, never deep-reactive state. */
	#graph: LiveGraph | null = null;
	/** Set before the graph is: every use of the running graph has it. */
	#binding: Binding | null = null;
	/** Stops pushing the page's state in (the graph's effects outlive no teardown). */
	#unsync: (() => void) | null = null;
	#drawn = false;
	readonly #waiting = new Waiters<Core>();
	readonly #in: GraphHostInputs;
	readonly #large: boolean;
	/** Whether the user has panned or zoomed since the last fit (then resizes keep their view). */
	readonly #moved = { value: false };

	/** Set once the live graph exists; every push of state waits for it. */
	started = $state(false);
	/** The page runs: the static picture answers taps (set once the container is attached). */
	live = $state(false);
	/** How often the user has used the graph (press, wheel, touch, focus, zoom, export). */
	uses = $state(0);
	/**
	 * Whether the live graph is needed. The static picture is drawn in the light theme's
	 * colours: any other theme needs the live graph, as does any view but the plain one.
	 */
	readonly needed: boolean;

	constructor(inputs: GraphHostInputs) {
		this.#in = inputs;
		this.#large = isLarge(inputs.explorer.dataset.nodes.length);
		this.needed = $derived(
			inputs.eager() ||
				inputs.spotlight() !== null ||
				this.uses > 0 ||
				!isPlainView(inputs.explorer.view) ||
				inputs.theme() !== 'light'
		);
	}

	get graph(): Core | null {
		return this.#graph?.cy ?? null;
	}

	use = () => void this.uses++;

	/** The instance once it has drawn, starting it if the graph has not been used yet. */
	whenDrawn(): Promise<Core> {
		if (this.#graph && this.#drawn) return Promise.resolve(this.#graph.cy);
		this.use();
		return this.#waiting.wait();
	}

	/** Runs `move` on the instance now, or once it has drawn (a failed start drops it). */
	withGraph(move: (cy: Core, binding: Binding) => void) {
		const run = (cy: Core) => move(cy, this.#binding!);
		if (this.#graph) run(this.#graph.cy);
		else this.whenDrawn().then(run, () => {});
	}

	fit() {
		this.withGraph((cy, b) => b.fitVisible(cy));
		this.#moved.value = false;
	}

	zoomBy(factor: number) {
		this.withGraph((cy, b) => b.zoomAbout(cy, factor));
		this.#moved.value = true;
	}

	/** Keeps a node on screen, in the running graph (nothing to move before it runs). */
	keepInView(id: string) {
		if (this.#graph) this.#binding!.keepInView(this.#graph.cy, id);
	}

	/** What the running graph draws under a point of the screen. */
	nodeAt(clientX: number, clientY: number) {
		return this.#graph ? this.#binding!.nodeAt(this.#graph.cy, clientX, clientY) : null;
	}

	/** The stylesheet comes with the live binding: the static picture needs none of it. */
	#styleFor = (name: Theme) => this.#binding!.graphStyle(palettes[name], { large: this.#large });

	async #start(container: HTMLElement): Promise<void> {
		const binding = (this.#binding ??= await loadBinding());
		if (!this.live) return;
		// Pushing state in starts with the graph, from the theme its stylesheet is made for.
		this.#unsync ??= $effect.root(() => this.#sync(binding));
		const { explorer } = this.#in;
		const view = untrack(() => explorer.view);
		return binding
			.startLiveGraph(
				container,
				{
					dataset: explorer.dataset,
					positions: explorer.positions,
					style: this.#styleFor(untrack(this.#in.theme)),
					renderer: rendererFromUrl(location.search, canWebgl),
					events: {
						select: (ref) => explorer.select(ref),
						hover: (ref) => (explorer.hover = ref),
						hoverable: !this.#large,
						moved: this.#moved
					},
					selected: view.node ?? view.edge ?? undefined,
					drawn: (cy) => {
						this.#drawn = true;
						container.dataset.ready = 'true';
						this.#in.drawn();
						this.#waiting.resolve(cy);
					}
				},
				() => this.live
			)
			.then((running) => {
				if (running && !this.live) return running.destroy();
				this.#graph = running;
				this.started = running !== null;
			});
	}

	#sync(binding: Binding) {
		binding.syncView({
			running: () => (this.started ? this.#graph : null),
			explorer: this.#in.explorer,
			theme: this.#in.theme,
			styleFor: this.#styleFor,
			spotlight: this.#in.spotlight,
			keyboardFocus: this.#in.keyboardFocus,
			fadeRest: !this.#large,
			moved: this.#moved
		});
	}

	attach = (container: HTMLElement) => {
		this.live = true;
		const pending = schedule();
		let begun = false;
		$effect(() => {
			// Each use is read, so a use after a failed start tries again.
			void this.uses;
			if (!this.needed || begun) return;
			begun = true;
			// After the frame that answers the use, so a tap's evidence is painted first.
			pending.afterPaint(() =>
				this.#start(container).catch((error: unknown) => {
					// The static picture keeps answering, and the next use tries again.
					begun = false;
					const reason = error instanceof Error ? error.message : String(error);
					this.#waiting.reject(new Error(`the graph could not start (${reason})`));
				})
			);
		});

		return () => {
			this.live = false;
			this.started = false;
			pending.cancel();
			this.#unsync?.();
			this.#unsync = null;
			this.#graph?.destroy();
			this.#graph = null;
			this.#drawn = false;
			this.#waiting.reject(new Error('the graph was closed'));
		};
	};
}
