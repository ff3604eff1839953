/**
 * Edit mode as the explorer's components see it: the session, and the components that edit,
 * which the edit page hands in. The explorer's own code knows only these types, so the
 * bundled explorer (which never edits) carries none of the editing code.
 */
import { createContext, type Component } from 'svelte';
import type { DatasetEdge, DatasetNode, ElementRef, Passage } from '../graph/dataset';
import type { EditSession } from '../edit/session.svelte';

export interface Editing {
	session: EditSession;
	/** In the reader: words selected there open a toolbar of what can be made of them. */
	ReaderTools: Component<{ reader: HTMLElement }>;
	/** At the head of a node's or a relation's evidence: edit, delete, merge, accept. */
	NodeTools: Component<{ node: DatasetNode }>;
	EdgeTools: Component<{ edge: DatasetEdge }>;
	/** Under each passage of an element. */
	PassageTools: Component<{ owner: ElementRef; passage: Passage; count: number; named?: string }>;
}

export const [getEditing, setEditing, hasEditing] = createContext<Editing>();

/** The editing context, or null outside edit mode. Call while a component initialises. */
export const editingOrNull = (): Editing | null => (hasEditing() ? getEditing() : null);
