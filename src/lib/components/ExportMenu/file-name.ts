/**
 * A picture's file name after the view it shows, so exporting a second view does not overwrite
 * the first: camp-david-2023-focus-japan, camp-david-2023-path-north-korea-to-china. Pure.
 */
import type { View } from '$lib/state/view';

/** Past this length a name is cut: some file systems refuse names over 255 bytes. */
const longest = 150;

const safe = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

export function viewFileName(slug: string, view: View, extent: 'whole' | 'shown'): string {
	const parts = [safe(slug) || 'graph'];
	if (view.focus) parts.push('focus', view.focus, ...(view.depth === 2 ? ['depth-2'] : []));
	if (view.path) parts.push('path', view.path[0], 'to', view.path[1]);
	if (view.node) parts.push(view.node);
	if (view.edge) parts.push(view.edge);
	const hidden = [...view.hiddenTypes, ...view.hiddenStances];
	if (hidden.length) parts.push('without', ...hidden);
	if (extent === 'shown') parts.push('as-shown');
	return parts.map(safe).filter(Boolean).join('-').slice(0, longest).replace(/-+$/, '');
}
