/** The app's own Vite config, plus the record of chunks and modules the bytes table reads. */
import type { PluginOption } from 'vite';
import config from '../../vite.config';
import { moduleGraph } from './module-graph';

const out = process.env.BENCH_MODULE_GRAPH;
if (!out) throw new Error('BENCH_MODULE_GRAPH names the file the module graph is written to');

export default {
	...config,
	plugins: [...((config.plugins ?? []) as PluginOption[]), moduleGraph(out)]
};
