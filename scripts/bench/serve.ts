/**
 * A static file server for the benchmark's site on 127.0.0.1, gzip like a real
 * host (Lighthouse and transfer sizes depend on it). `/a` serves `a.html`
 * when there is no file `a`, as adapter-static's output expects; an address
 * with no file gets `404.html` with status 404, as GitHub Pages and Netlify do.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

function resolveFile(root: string, url: string): string | null {
	const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(
		/^(\.\.[/\\])+/,
		''
	);
	for (const candidate of [
		join(root, path),
		join(root, `${path}.html`),
		join(root, path, 'index.html')
	]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export function serve(root: string, port: number): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const found = resolveFile(root, req.url ?? '/');
		const fallback = join(root, '404.html');
		const file = found ?? (existsSync(fallback) ? fallback : null);
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const immutable = file.includes('/_app/immutable/');
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		let body: Buffer = readFileSync(file);
		if (/gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png')) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
			body = gzipped.get(file)!;
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(found ? 200 : 404, headers).end(body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}
