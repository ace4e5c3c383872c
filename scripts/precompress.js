/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of a build: what
 * @sveltejs/adapter-static's `precompress: true` writes (html, js, mjs, json, css, svg, xml, wasm,
 * txt, md, mdx), plus the Parquet tables. `scripts/serve.ts` serves them to browsers that accept them.
 *
 * Faster than the adapter's, for the same files:
 * - Files whose bytes rarely change (Vite's content-hashed `_app/immutable/` assets, above all the
 *   34 MB DuckDB wasm, and the Parquet tables) are compressed as before (brotli at quality 11, gzip 9;
 *   files over 4 MiB, i.e. the wasm, with brotli's 16 MiB window)
 *   and kept in `.cache/precompress/` (git-ignored; `PRECOMPRESS_CACHE_DIR` to move it) under the
 *   SHA-256 of their content, so a rebuild, or `npm run dashboard` again, copies them. `precompressEarly()` (a Vite
 *   plugin) starts the large ones as soon as Vite has written them, while the pages are still being prerendered.
 * - The wasm the cache does not have yet (a fresh clone) is not worth a newcomer's 70 s: that build serves a
 *   quality-7 copy and a background process puts the quality-11 one in the cache for the next build
 *   (`PRECOMPRESS_FULL=1` waits for quality 11, e.g. for a deployment from a fresh CI clone).
 * - The pages (html and `__data.json`, new bytes in every build) get brotli quality 6 instead of 11:
 *   ~15-20% more bytes (a role page ~15 KB instead of ~13 KB) for ~1/60 of the time. They are
 *   ~130 MB; at quality 11 they took two minutes of CPU per build. Gzip stays at level 9.
 *
 * Plain JavaScript: svelte.config.js and vite.config.ts import it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const { constants: z } = zlib;

/** The extensions @sveltejs/kit's builder.compress() handles (kit 2.70, core/adapt/builder.js). */
const kitExtensions = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.mdx']);
export const pageBrotliQuality = 6;
/** Immutable assets at least this big are compressed while the build is still running. */
const earlyMinBytes = 256 * 1024;
const cacheMaxAgeDays = 30;
/** Brotli quality for a large file (the wasm) the cache does not have yet; see cachedCompress(). */
const quickQuality = 7;
const thisFile = fileURLToPath(import.meta.url);
/** DEBUG=precompress logs cache misses and timings. */
const debug = /\bprecompress\b/.test(process.env.DEBUG ?? '') ? (/** @type {string} */ msg) => console.log(`precompress: ${msg}`) : () => {};

/** In the project, not in node_modules/, which `npm ci` (the first step of `npm run dashboard`) deletes. */
export const defaultCacheDir = resolve(process.env.PRECOMPRESS_CACHE_DIR ?? join(dirname(thisFile), '..', '.cache', 'precompress'));

/**
 * How one file is compressed. Kit's settings for its extensions (brotli in text mode), the
 * Parquet tables' earlier settings (generic mode); quality 11 unless the file is a page.
 * @param {string} file path relative to the build folder (or a Vite output file name)
 */
function settingsFor(file) {
	const ext = extname(file);
	const cached = ext === '.parquet' || file.split(sep).join('/').includes('_app/immutable/');
	return { cached, text: kitExtensions.has(ext), quality: cached ? z.BROTLI_MAX_QUALITY : pageBrotliQuality };
}

/**
 * Brotli's largest standard window (16 MiB, any browser decodes it) for files bigger than the
 * default 4 MiB one, at quality 11: the 34 MB DuckDB wasm comes out 2.3% smaller (5.07 MB
 * instead of 5.19 MB) for about the same time. Smaller files are compressed exactly as before.
 * @param {Buffer | Uint8Array} bytes
 * @param {{ quality: number }} s
 */
const wideWindow = (bytes, s) => s.quality === z.BROTLI_MAX_QUALITY && bytes.length > 1 << 22;

/**
 * @param {Buffer | Uint8Array} bytes
 * @param {{ text: boolean; quality: number }} s
 */
function compressBoth(bytes, s) {
	return Promise.all([
		brotli(bytes, {
			params: {
				...(s.text ? { [z.BROTLI_PARAM_MODE]: z.BROTLI_MODE_TEXT } : {}),
				[z.BROTLI_PARAM_QUALITY]: s.quality,
				[z.BROTLI_PARAM_SIZE_HINT]: bytes.length,
				...(wideWindow(bytes, s) ? { [z.BROTLI_PARAM_LGWIN]: z.BROTLI_MAX_WINDOW_BITS } : {})
			}
		}),
		gzip(bytes, { level: z.Z_BEST_COMPRESSION })
	]);
}

/** Jobs in flight, by cache key; on globalThis because vite.config.ts bundles its own copy of this module. */
/** @type {Record<symbol, Map<string, Promise<[Buffer, Buffer]>> | undefined>} */
const shared = /** @type {any} */ (globalThis);
const jobs = (shared[Symbol.for('it-careers.precompress.jobs')] ??= new Map());

/**
 * The .br and .gz bytes of a cached file: from the cache, from a job already running, or compressed now and stored.
 * @param {Buffer | Uint8Array} bytes
 * @param {{ text: boolean; quality: number }} s
 * @param {string} cacheDir
 * @returns {Promise<[Buffer, Buffer]>}
 */
function cachedCompress(bytes, s, cacheDir) {
	const key = cacheKey(bytes, s);
	let job = jobs.get(key);
	if (!job) {
		job = (async () => {
			const hit = await readCached(cacheDir, key);
			if (hit) return hit;
			if (!wideWindow(bytes, s) || process.env.PRECOMPRESS_FULL === '1') return compressAndStore(bytes, s, cacheDir, key);
			// The DuckDB wasm the cache does not have yet (a fresh clone, a new DuckDB version): brotli
			// at quality 11 takes ~70 s of one core, longer than the rest of the build. This build gets
			// a quick copy (~2 s; 6.0 MB served instead of 5.07 MB), and a background process writes
			// the quality-11 copy into the cache for the next build.
			const quick = { ...s, quality: quickQuality };
			const quickKey = cacheKey(bytes, quick);
			const out = (await readCached(cacheDir, quickKey)) ?? (await compressAndStore(bytes, quick, cacheDir, quickKey));
			await upgradeInBackground(bytes, s, cacheDir, key);
			return out;
		})();
		jobs.set(key, job);
	}
	return job;
}

/**
 * The cache's name for a file's compressed copies: its content and the settings.
 * @param {Buffer | Uint8Array} bytes
 * @param {{ text: boolean; quality: number }} s
 */
const cacheKey = (bytes, s) =>
	`${createHash('sha256').update(bytes).digest('hex')}.br${s.quality}${s.text ? 't' : 'g'}${wideWindow(bytes, s) ? 'w24' : ''}.gz9`;

/**
 * @param {string} cacheDir
 * @param {string} key
 * @returns {Promise<[Buffer, Buffer] | undefined>}
 */
async function readCached(cacheDir, key) {
	const [br, gz] = [join(cacheDir, `${key}.br`), join(cacheDir, `${key}.gz`)];
	try {
		const hit = await Promise.all([readFile(br), readFile(gz)]);
		const now = new Date();
		await Promise.all([utimes(br, now, now), utimes(gz, now, now)]).catch(() => {});
		return hit;
	} catch {
		return undefined; // not cached yet
	}
}

/**
 * @param {Buffer | Uint8Array} bytes
 * @param {{ text: boolean; quality: number }} s
 * @param {string} cacheDir
 * @param {string} key
 * @returns {Promise<[Buffer, Buffer]>}
 */
async function compressAndStore(bytes, s, cacheDir, key) {
	const t0 = performance.now();
	debug(`${key.slice(0, 12)}… (${bytes.length} B, brotli ${s.quality}) not cached; compressing`);
	const out = await compressBoth(bytes, s);
	debug(`${key.slice(0, 12)}… compressed in ${Math.round(performance.now() - t0)} ms`);
	await store(cacheDir, key, out);
	return out;
}

/**
 * Written under a temporary name and renamed, so a build running beside this one never reads half a file.
 * @param {string} cacheDir
 * @param {string} key
 * @param {[Buffer, Buffer]} out
 */
async function store(cacheDir, key, [br, gz]) {
	await mkdir(cacheDir, { recursive: true });
	const tmp = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	/** @param {string} path @param {Buffer} data */
	const put = (path, data) => writeFile(path + tmp, data).then(() => rename(path + tmp, path));
	await Promise.all([put(join(cacheDir, `${key}.br`), br), put(join(cacheDir, `${key}.gz`), gz)]).catch(() => {}); // a cache that cannot be written is only slower
}

/**
 * Starts a detached, lowest-priority process that compresses `bytes` with `s` into the cache under
 * `key`, unless one is under way, CI is set (its clone is thrown away) or PRECOMPRESS_UPGRADE=0.
 * @param {Buffer | Uint8Array} bytes
 * @param {{ text: boolean; quality: number }} s
 * @param {string} cacheDir
 * @param {string} key
 */
async function upgradeInBackground(bytes, s, cacheDir, key) {
	if (process.env.CI || process.env.PRECOMPRESS_UPGRADE === '0') return;
	const source = join(cacheDir, `${key}.source`);
	// Under way, unless its source is an hour old (a process that died).
	const started = await stat(source).catch(() => undefined);
	if (started && Date.now() - started.mtimeMs < 3_600_000) return;
	await mkdir(cacheDir, { recursive: true });
	await writeFile(source, bytes);
	const child = spawn(process.execPath, [thisFile, '--upgrade', JSON.stringify({ source, cacheDir, key, settings: s })], { detached: true, stdio: 'ignore' });
	child.on('error', () => {}); // no upgrade: the next build tries again
	if (child.pid) setPriority(child.pid, 19);
	child.unref();
	debug(`${key.slice(0, 12)}… quality ${s.quality} in the background (pid ${child.pid})`);
}

/** @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * At most `limit` of `tasks` at a time (node's zlib runs on its 4-thread pool; reading all the
 * pages at once would hold ~130 MB).
 * @param {Array<() => Promise<unknown>>} tasks
 */
async function inPool(tasks, limit = 8) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, tasks.length) }, async () => {
			for (let task = tasks[next++]; task; task = tasks[next++]) await task();
		})
	);
}

/**
 * Writes .br and .gz beside each compressible file under `dir`.
 * @param {string} dir
 * @param {{ cacheDir?: string; only?: (file: string) => boolean }} [options] `only` narrows the files (path relative to dir)
 */
export async function precompress(dir, { cacheDir = defaultCacheDir, only = () => true } = {}) {
	const files = (await filesUnder(dir)).filter((f) => (kitExtensions.has(extname(f)) || extname(f) === '.parquet') && only(relative(dir, f)));
	// Largest first, so the wasm (if not cached) starts before the pages fill the pool.
	const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(f)).size })));
	sized.sort((a, b) => b.size - a.size);
	const t0 = performance.now();
	await inPool(
		sized.map(({ f }) => async () => {
			const s = settingsFor(relative(dir, f));
			const bytes = await readFile(f);
			const [br, gz] = s.cached ? await cachedCompress(bytes, s, cacheDir) : await compressBoth(bytes, s);
			await Promise.all([writeFile(`${f}.br`, br), writeFile(`${f}.gz`, gz)]);
		})
	);
	debug(`${sized.length} files of ${dir} in ${Math.round(performance.now() - t0)} ms`);
	await pruneCache(cacheDir);
}

/** Drops cache entries not used for 30 days (each use refreshes an entry's time). @param {string} cacheDir */
async function pruneCache(cacheDir) {
	const cutoff = Date.now() - cacheMaxAgeDays * 86_400_000;
	const names = await readdir(cacheDir).catch(() => /** @type {string[]} */ ([]));
	await Promise.all(
		names.map(async (n) => {
			const p = join(cacheDir, n);
			const s = await stat(p).catch(() => undefined);
			if (s && s.mtimeMs < cutoff) await rm(p, { force: true });
		})
	);
}

/**
 * Vite plugin (build only): as soon as Vite has written a large content-hashed asset (the DuckDB
 * wasm, in the server build that runs first), compresses it into the cache in the background, so
 * that `precompress()` at the end of the build finds it done or under way.
 * @param {{ cacheDir?: string }} [options]
 * @returns {import('vite').Plugin}
 */
export function precompressEarly({ cacheDir = defaultCacheDir } = {}) {
	return {
		name: 'precompress-early',
		apply: 'build',
		writeBundle(_options, bundle) {
			for (const out of Object.values(bundle)) {
				if (out.type !== 'asset' || typeof out.source === 'string' || out.source.length < earlyMinBytes) continue;
				const s = settingsFor(out.fileName);
				// The error, if any, surfaces again when precompress() asks for the same file.
				if (s.cached) cachedCompress(out.source, s, cacheDir).catch(() => {});
			}
		}
	};
}

// `node scripts/precompress.js --upgrade <json>`: the background half of cachedCompress().
if (process.argv[1] === thisFile && process.argv[2] === '--upgrade') {
	const { source, cacheDir, key, settings } = JSON.parse(process.argv[3] ?? '{}');
	try {
		await compressAndStore(await readFile(source), settings, cacheDir, key);
	} finally {
		await rm(source, { force: true });
	}
}
