/**
 * The graph's stylesheet. Type is colour and shape; stance is line pattern
 * and colour; emphasis states are classes the explorer toggles.
 */
import type { StylesheetJson } from 'cytoscape';
import { nodeTypes, stances, type Stance } from '../graph/vocabulary';
import { edgeLabelFont, labelFont, typeColour, typeShape } from './scales';
import { baseLook, draftLook } from './element-look';
import { lightPalette, type Palette } from './palettes';

const linePattern: Record<Stance, 'solid' | 'dashed' | 'dotted'> = {
	cooperative: 'solid',
	adversarial: 'dashed',
	neutral: 'dotted'
};

/**
 * `large`: labels only once zoomed in enough to read them (level of detail for big graphs).
 * Emphasis changes are not animated: a fade restyles and redraws every element on each of its
 * frames, which holds up the answer to the next tap, and a snap reads as clearly.
 */
export function graphStyle(p: Palette = lightPalette, { large = false } = {}): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				width: 'data(size)',
				height: 'data(size)',
				label: 'data(label)',
				'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
				'font-size': labelFont.size,
				'line-height': labelFont.lineHeight,
				color: p.text,
				'font-weight': p.fontWeight,
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': labelFont.gap,
				'text-wrap': 'wrap',
				'text-max-width': '400px',
				'text-outline-color': p.textOutline,
				'text-outline-width': 2,
				'text-outline-opacity': 0.9,
				'border-width': 1.5 * p.weight,
				'border-color': p.nodeBorder,
				'border-opacity': baseLook.borderOpacity,
				'min-zoomed-font-size': large ? 9 : 6
			}
		},
		...nodeTypes.map((type) => ({
			selector: `node[type = "${type}"]`,
			style: { 'background-color': typeColour(type), shape: typeShape(type) as never }
		})),
		{
			selector: 'edge',
			style: {
				width: baseLook.lineWidth * p.weight,
				'curve-style': 'bezier',
				// Relations between the same two nodes bow apart far enough for their labels.
				'control-point-step-size': 60,
				'line-opacity': baseLook.lineOpacity,
				'arrow-scale': 0.8,
				'target-arrow-shape': 'none',
				'font-size': edgeLabelFont.size,
				color: p.text,
				'text-rotation': 'autorotate',
				'text-background-color': p.textOutline,
				'text-background-opacity': 0.92,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'min-zoomed-font-size': 6
			}
		},
		{ selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
		...stances.map((stance) => ({
			selector: `edge[stance = "${stance}"]`,
			style: {
				'line-color': p.edge[stance],
				'target-arrow-color': p.edge[stance],
				'line-style': linePattern[stance],
				...(stance === 'adversarial' ? { 'line-dash-pattern': [7, 4] } : {})
			}
		})),
		// The panel says "Draft" in words; the graph draws it lighter and dashed (draftLook).
		{
			selector: 'node[status = "draft"]',
			style: {
				'background-opacity': draftLook.fillOpacity,
				'border-style': 'dashed',
				'border-dash-pattern': [...draftLook.borderDash],
				'border-opacity': draftLook.borderOpacity
			}
		},
		{
			selector: 'edge[status = "draft"]',
			style: { 'line-opacity': draftLook.lineOpacity, width: draftLook.lineWidth * p.weight }
		},
		// Level and wrapped, on their background: a rotated line of text crosses the nodes beside
		// it and cannot be moved clear of them (place-labels.ts moves these).
		{
			selector: 'edge.labelled, edge.hover-labelled, edge.on-path',
			style: {
				label: 'data(label)',
				'z-index': 20,
				'text-rotation': 'none',
				'text-wrap': 'wrap',
				'text-max-width': '130px'
			}
		},
		{ selector: 'edge.labelled, edge.hover-labelled', style: { width: 2.6 * p.weight } },
		// A close-up's node labels sit on the same background, above every line (Cytoscape draws
		// nodes over edges): a line that must pass runs under the name, never through it.
		{
			selector: 'node.labelled',
			style: {
				'text-background-color': p.textOutline,
				'text-background-opacity': 0.92,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle'
			}
		},
		{ selector: '.faded', style: { opacity: 0.3 } },
		{ selector: '.dimmed', style: { opacity: 0.1 } },
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: 'node.quiet', style: { label: '', opacity: 0.18 } },
		// A close-up leaves out the labels it cannot show at a readable size (close-up.ts); one
		// comes back while the reader hovers, selects or moves the keyboard to its element, or
		// hovers a relation's end.
		{ selector: '.left-out', style: { label: '' } },
		{
			selector:
				'edge.left-out.hover-labelled, edge.left-out.selected, node.left-out.hovered, node.left-out.selected, node.left-out.keyboard-focus',
			style: { label: 'data(label)' }
		},
		{ selector: 'edge.spot', style: { width: 3.2 * p.weight, 'line-opacity': 1 } },
		{ selector: 'node.spot', style: { 'border-width': 2.5 * p.weight, 'border-opacity': 1 } },
		{
			selector: 'node.selected',
			style: {
				'border-width': 4,
				'border-color': p.selection,
				'border-opacity': 1,
				'font-weight': 'bold',
				'z-index': 30
			}
		},
		{ selector: 'edge.selected', style: { width: 4.5, 'line-opacity': 1, 'z-index': 30 } },
		{ selector: 'node.endpoint', style: { 'border-width': 3, 'border-opacity': 1 } },
		{
			selector: '.on-path',
			style: { 'line-color': p.path, 'target-arrow-color': p.path, 'border-color': p.path }
		},
		{ selector: 'edge.on-path', style: { width: 5, 'line-opacity': 1 } },
		{ selector: 'node.on-path', style: { 'border-width': 4, 'border-opacity': 1 } },
		{
			selector: 'node.keyboard-focus',
			style: {
				'outline-width': 3,
				'outline-color': '#ffbf47',
				'outline-offset': 4,
				'outline-opacity': 1
			} as never
		},
		{ selector: 'node.hovered', style: { 'border-width': 3, 'border-opacity': 1 } }
	];
}
