/**
 * Where a view gets its map's look (cytoscape/look.ts): a bundled dataset's pages give what the
 * build worked out, the pages of a map kept in the browser work it out there (LocalMapGate), so
 * an edited map's look follows its edits.
 */
import { createContext } from 'svelte';
import type { LookOf } from '../cytoscape/look';

export const [getLookOf, setLookOf] = createContext<LookOf>();
