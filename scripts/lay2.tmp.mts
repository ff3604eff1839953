import { syntheticDataset } from './bench/synthetic';
import { declutter } from '../src/lib/graph/declutter';
import * as L from '../src/lib/cytoscape/layout';
const orig = declutter;
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
try { cytoscape.use(fcose); } catch {}
const f = syntheticDataset(150);
const nodes = f.graph.nodes.map((n: any) => ({ data: { id: n.id, w: 80, h: 40 } }));
const edges = f.graph.edges.map((e: any) => ({ data: { id: e.id, source: e.source, target: e.target } }));
for (const numIter of [5000, 2500, 1000]) {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges], style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }] });
  const t = performance.now();
  cy.layout({ name: 'fcose', randomize: true, animate: false, fit: false, quality: 'proof', nodeSeparation: 20, idealEdgeLength: () => 50, nodeRepulsion: () => 2000, gravity: 1.5, gravityRange: 3.0, numIter } as any).run();
  const t1 = performance.now();
  const boxes = cy.nodes().map((n: any) => ({ ...n.position(), w: 80, h: 40 }));
  declutter(boxes, 8);
  console.log(numIter, 'fcose', Math.round(t1 - t), 'declutter', Math.round(performance.now() - t1));
}
