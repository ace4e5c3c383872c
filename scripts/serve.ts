/**
 * Serves the built static site (build/) the way a static host would: precompressed files when
 * the browser accepts them, correct types (application/wasm for compileStreaming), long caching
 * for hashed assets, and 404.html for unknown paths. The Content-Security-Policy travels in each
 * page's <meta> tag (kit.csp in svelte.config.js), so any static host enforces it.
 * Usage: tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' }, dir: { type: 'string', default: 'build' } }
});
const root = resolve(values.dir);

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

async function fileAt(path: string): Promise<string | undefined> {
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
		const s = await stat(candidate).catch(() => undefined);
		if (s?.isFile()) return candidate;
	}
	return undefined;
}

const server = createServer(async (req, res) => {
	try {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = await fileAt(join(root, rel));
		let status = 200;
		if (!file || !file.startsWith(root)) {
			file = join(root, '404.html');
			status = 404;
		}
		const accept = String(req.headers['accept-encoding'] ?? '');
		let encoding: string | undefined;
		let served = file;
		for (const [enc, ext] of [
			['br', '.br'],
			['gzip', '.gz']
		] as const) {
			if (accept.includes(enc) && (await stat(file + ext).catch(() => undefined))?.isFile()) {
				encoding = enc;
				served = file + ext;
				break;
			}
		}
		const headers: Record<string, string> = {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding'
		};
		if (encoding) headers['content-encoding'] = encoding;
		headers['content-length'] = String((await stat(served)).size);
		res.writeHead(status, headers);
		if (req.method === 'HEAD') return res.end();
		createReadStream(served).pipe(res);
	} catch (e) {
		res.writeHead(500, { 'content-type': 'text/plain' });
		res.end(String(e));
	}
});
server.listen(Number(values.port), values.host, () => console.log(`serving ${root} at http://${values.host}:${values.port}/`));
