/**
 * A Vite plugin for the benchmark's build: writes which modules each client chunk holds and
 * what each module imports, statically and dynamically (ids relative to the project). The
 * bytes table reads it to tell a route's own lazy code from that of other routes sharing a
 * chunk, and to check what the explorer's first download must not hold.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

export interface ModuleGraph {
	chunks: Record<string, { modules: string[] }>;
	modules: Record<string, { imports: string[]; dynamicImports: string[] }>;
}

export function moduleGraph(file: string): Plugin {
	const id = (path: string) => relative(process.cwd(), path.split('?')[0]!).replaceAll('\\', '/');
	return {
		name: 'bench-module-graph',
		generateBundle(_options, bundle) {
			// The client build is the one whose files go to _app/immutable/.
			if (!Object.keys(bundle).some((name) => name.startsWith('_app/immutable/'))) return;
			const graph: ModuleGraph = { chunks: {}, modules: {} };
			for (const [name, chunk] of Object.entries(bundle)) {
				if (chunk.type !== 'chunk') continue;
				graph.chunks[name] = { modules: [...new Set(Object.keys(chunk.modules).map(id))] };
				for (const m of Object.keys(chunk.modules)) {
					const info = this.getModuleInfo(m);
					const entry = (graph.modules[id(m)] ??= { imports: [], dynamicImports: [] });
					entry.imports.push(...(info?.importedIds ?? []).map(id));
					entry.dynamicImports.push(...(info?.dynamicallyImportedIds ?? []).map(id));
				}
			}
			writeFileSync(file, JSON.stringify(graph));
		}
	};
}
