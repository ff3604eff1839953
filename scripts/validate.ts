/**
 * `npm run validate [folder…]`: checks every dataset under graph-data/ (or the
 * folders given), prints each problem with file, path and fix, exits 1 on any.
 */
import { join, relative } from 'node:path';
import { formatProblem } from '../src/lib/graph/problems';
import { checkFolder, dataRoot, datasetSlugs } from '../src/lib/server/datasets';

const folders = process.argv.slice(2);
const targets = folders.length ? folders : datasetSlugs().map((slug) => join(dataRoot, slug));
if (targets.length === 0) {
	console.error(`No datasets found in ${dataRoot}: add a folder with article.txt and graph.json.`);
	process.exit(1);
}

let failed = 0;
for (const dir of targets) {
	const result = checkFolder(dir);
	if (result.ok) {
		const { dataset } = result;
		const passages = [...dataset.nodes, ...dataset.edges].reduce(
			(n, e) => n + e.passages.length,
			0
		);
		console.log(
			`✓ ${relative(process.cwd(), dir)}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${passages} passages${dataset.story ? `, a story of ${dataset.story.steps.length} steps` : ''}, all verbatim`
		);
	} else {
		failed++;
		console.error(`✗ ${relative(process.cwd(), dir)}: ${result.problems.length} problem(s)\n`);
		for (const problem of result.problems) console.error(`${formatProblem(problem)}\n`);
	}
}
process.exit(failed ? 1 : 0);
