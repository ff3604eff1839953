/**
 * The floor: a page with Cytoscape and nothing else. It loads the same
 * Cytoscape release (its own minified build), fetches the same elements at
 * the same preset positions, the same stylesheet and renderer options as the
 * explorer, draws them in a container the size of the explorer's canvas, and
 * answers a tap by writing the node's id into one element.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset, Positions } from '../../src/lib/graph/dataset';
import { toElements } from '../../src/lib/cytoscape/elements';
import { graphStyle } from '../../src/lib/cytoscape/style';
import { isLarge, renderOptions } from '../../src/lib/cytoscape/render-options';

const require = createRequire(import.meta.url);

export function writeBarePage(
	siteDir: string,
	dataset: Dataset,
	positions: Positions,
	canvas: { width: number; height: number }
): string {
	const dir = join(siteDir, 'bare');
	mkdirSync(dir, { recursive: true });
	copyFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), join(dir, 'cytoscape.min.js'));
	const n = dataset.nodes.length;
	writeFileSync(
		join(dir, `${dataset.slug}.json`),
		JSON.stringify({
			elements: toElements(dataset, positions),
			style: graphStyle(undefined, { large: isLarge(n) }),
			options: {
				...renderOptions(n),
				boxSelectionEnabled: false,
				autounselectify: true
			}
		})
	);
	writeFileSync(
		join(dir, `${dataset.slug}.html`),
		`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare Cytoscape: ${dataset.slug}</title>
<style>body{margin:0}#cy{position:relative;width:${canvas.width}px;height:${canvas.height}px}</style></head>
<body>
<div id="cy"></div><output id="tapped"></output>
<script src="cytoscape.min.js"></script>
<script>
fetch('${dataset.slug}.json').then((r) => r.json()).then(({ elements, style, options }) => {
	const container = document.getElementById('cy');
	const cy = (window.cy = cytoscape({ container, elements, style, layout: { name: 'preset', fit: true, padding: 24 }, ...options }));
	cy.one('render', () => (container.dataset.ready = 'true'));
	cy.on('tap', 'node', (e) => (document.getElementById('tapped').textContent = e.target.id()));
});
</script>
</body>
</html>
`
	);
	return `/bare/${dataset.slug}.html`;
}
