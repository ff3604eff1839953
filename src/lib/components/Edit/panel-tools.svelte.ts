/**
 * The panel's tools for one element, as a node's and a relation's share them: which of their
 * forms is open (one at a time; its button toggles it), and what the last edit refused, said
 * under them. An edit that is made closes the form it came from.
 */
export class PanelTools<T extends string> {
	open = $state<T | 'none'>('none');
	refusal = $state('');

	toggle = (which: T) => {
		this.open = this.open === which ? 'none' : which;
	};

	close = () => {
		this.open = 'none';
	};

	/** An edit's outcome (the session's `apply`): true if it was made. */
	outcome = (result: { ok: boolean; reason?: string }): boolean => {
		this.refusal = result.ok ? '' : (result.reason ?? '');
		if (result.ok) this.open = 'none';
		return result.ok;
	};
}
