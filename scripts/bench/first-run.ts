/**
 * tsx scripts/bench/first-run.ts [--ref HEAD | --ref <before>,<after>] [--repo .] [--runs 1] [--raw <dir>] [--edit src/routes/+layout.svelte]
 *                                [--out bench/results/first-run.json] [--keep]
 *
 * What a newcomer waits for (README "Quick start", `npm run dashboard`), on a fresh clone of this
 * repository's committed history (or --repo's) into a temp folder: `git clone`, then `npm ci`, the ingest and the
 * build (`npm run build`, split where Vite starts), and `npm run serve` until it answers. Then a
 * rebuild (`npm run build`) after editing one file: a hidden element appended to the root layout, so
 * that every page and the client bundle change, as they do after most real edits.
 *
 * No network requests other than what `npm ci` makes (it uses npm's cache when it can); the server
 * is polled on 127.0.0.1. Prints a table and writes JSON. The machine is shared and its speed drifts,
 * so compare commits with runs made in the same hour, and look at the load average it records.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
	options: {
		ref: { type: 'string', default: 'HEAD' },
		repo: { type: 'string' },
		runs: { type: 'string', default: '1' },
		raw: { type: 'string' },
		edit: { type: 'string', default: 'src/routes/+layout.svelte' },
		out: { type: 'string', default: 'bench/results/first-run.json' },
		keep: { type: 'boolean', default: false }
	}
});
// A clone in /tmp has no ../shared/bls beside it: point the ingest at the raw folder this checkout uses.
const repo = resolve(values.repo ?? projectRoot);
const rawDir = resolve(values.raw ?? process.env.BLS_RAW_DIR ?? join(projectRoot, '..', 'shared', 'bls'));
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

function git(args: string[], cwd = repo): string {
	const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
	return r.stdout.trim();
}

// GNU time, when there is one, adds the CPU time of each step (it and its children): less
// sensitive than the wall time to other work on the machine.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuLine = /^@@cpu ([\d.]+) ([\d.]+)$/;

/**
 * Runs a command; returns its wall time, its CPU time (user + system, with its children; NaN
 * without GNU time) and the time (from its start) of the first output line matching each marker.
 */
function timed(cwd: string, command: string, commandArgs: string[], markers: Record<string, RegExp> = {}, logFile?: string) {
	return new Promise<{ ms: number; cpuMs: number; marks: Record<string, number> }>((resolvePromise, reject) => {
		const t0 = performance.now();
		const marks: Record<string, number> = {};
		let cpuMs = NaN;
		const [cmd, args] = gnuTime ? [gnuTime, ['-f', '@@cpu %U %S', command, ...commandArgs]] : [command, commandArgs];
		const child = spawn(cmd, args, { cwd, env: { ...process.env, BLS_RAW_DIR: rawDir, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
		let buffered = '';
		const onData = (chunk: Buffer) => {
			const text = chunk.toString();
			if (logFile) void appendFile(logFile, text);
			buffered += text;
			const lines = buffered.split('\n');
			buffered = lines.pop()!;
			for (const coloured of lines) {
				const line = coloured.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
				const cpu = cpuLine.exec(line);
				if (cpu) cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
				for (const [k, re] of Object.entries(markers)) if (!(k in marks) && re.test(line)) marks[k] = performance.now() - t0;
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => {
			const rest = cpuLine.exec(buffered);
			if (rest) cpuMs = (Number(rest[1]) + Number(rest[2])) * 1000;
			if (code === 0) resolvePromise({ ms: performance.now() - t0, cpuMs, marks });
			else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}${logFile ? `; see ${logFile}` : ''}`));
		});
	});
}

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.on('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => ok(port));
		});
	});
}

function head(port: number, path: string, encoding = 'br, gzip') {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'HEAD', headers: { 'accept-encoding': encoding } }, (res) => {
			res.resume();
			ok({ status: res.statusCode ?? 0, headers: res.headers });
		});
		req.on('error', fail);
		req.end();
	});
}

/** Starts `npm run serve` on a free port; resolves once GET / answers 200, with the time that took. */
async function serve(cwd: string) {
	const port = await freePort();
	const t0 = performance.now();
	const child = spawn('npm', ['run', 'serve', '--', '--port', String(port)], { cwd, stdio: 'ignore', detached: true });
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			/* already gone */
		}
	};
	for (;;) {
		if (child.exitCode !== null) throw new Error('npm run serve exited');
		const ok = await head(port, '/').then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) return { ms: performance.now() - t0, port, stop };
		if (performance.now() - t0 > 60_000) {
			stop();
			throw new Error('the server did not answer within 60 s');
		}
		await new Promise((r) => setTimeout(r, 50));
	}
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number; byKind: Record<string, number> }> {
	let bytes = 0;
	let files = 0;
	const byKind: Record<string, number> = {};
	for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!e.isFile()) continue;
		const size = (await stat(join(e.parentPath, e.name))).size;
		const m = /\.(html|json|js|css|wasm|parquet)(\.br|\.gz)?$/.exec(e.name);
		const kind = m ? `${m[1]}${m[2] ?? ''}` : 'other';
		byKind[kind] = (byKind[kind] ?? 0) + size;
		bytes += size;
		files++;
	}
	return { bytes, files, byKind };
}

/** What the server sends for the DuckDB wasm with each Accept-Encoding (content-length, content-encoding). */
async function servedWasm(buildDir: string, port: number) {
	const assets = join(buildDir, '_app', 'immutable', 'assets');
	const wasm = (await readdir(assets)).find((f) => f.endsWith('.wasm'));
	if (!wasm) return undefined;
	const path = `/_app/immutable/assets/${wasm}`;
	const out: Record<string, { encoding: string; bytes: number }> = {};
	for (const enc of ['br, gzip', 'gzip', 'identity']) {
		const r = await head(port, path, enc);
		out[enc] = { encoding: String(r.headers['content-encoding'] ?? 'identity'), bytes: Number(r.headers['content-length']) };
	}
	return out;
}

async function oneRun(commit: string, i: number) {
	const dir = await mkdtemp(join(tmpdir(), 'first-run-'));
	const log = join(dir, '..', `${dir.split('/').pop()}.log`);
	console.log(`run ${i + 1}: ${dir} (log ${log})`);
	const loadBefore = load();
	try {
		const t0 = performance.now();
		git(['clone', '--quiet', '--no-checkout', repo, dir]);
		git(['checkout', '--quiet', commit], dir);
		const cloneMs = performance.now() - t0;

		const ci = await timed(dir, 'npm', ['ci', '--no-audit', '--no-fund'], {}, log);
		const build = await timed(dir, 'npm', ['run', 'build'], { vite: /^vite v\d/ }, log);
		const server = await serve(dir);
		const wasm = await servedWasm(join(dir, 'build'), server.port);
		server.stop();
		const size = await folderSize(join(dir, 'build'));

		await appendFile(join(dir, values.edit), `\n<span hidden data-first-run-bench="${Date.now()}"></span>\n`);
		const rebuild = await timed(dir, 'npm', ['run', 'build'], { vite: /^vite v\d/ }, log);

		const ingestMs = build.marks.vite ?? NaN;
		if (!values.keep) await rm(log, { force: true });
		return {
			commit,
			dir: values.keep ? dir : undefined,
			load_before: loadBefore,
			load_after: load(),
			clone_ms: cloneMs,
			npm_ci_ms: ci.ms,
			npm_ci_cpu_ms: ci.cpuMs,
			ingest_ms: ingestMs,
			vite_build_ms: build.ms - ingestMs,
			build_ms: build.ms,
			build_cpu_ms: build.cpuMs,
			serve_ms: server.ms,
			first_run_ms: ci.ms + build.ms + server.ms,
			rebuild_ms: rebuild.ms,
			rebuild_cpu_ms: rebuild.cpuMs,
			build_bytes: size.bytes,
			build_files: size.files,
			build_bytes_by_kind: size.byKind,
			wasm_served: wasm
		};
	} catch (e) {
		console.error(`run ${i + 1} failed; its output is in ${log}`);
		throw e;
	} finally {
		if (!values.keep) await rm(dir, { recursive: true, force: true });
	}
}

// Several refs (--ref A,B) are measured in turn, A B A B …, so that both see the same hours of a
// machine whose speed drifts.
const commits = values.ref.split(',').map((ref) => git(['rev-parse', ref]));
for (const c of commits) console.log(`${c.slice(0, 7)}: ${git(['log', '-1', '--format=%s', c])}`);
console.log(`raw files from ${rawDir}`);
const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
for (let i = 0; i < Number(values.runs); i++) for (const c of commits) runs.push(await oneRun(c, runs.length));

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const rows: [string, (r: (typeof runs)[number]) => string][] = [
	['git clone', (r) => s(r.clone_ms)],
	['npm ci (CPU)', (r) => `${s(r.npm_ci_ms)} (${s(r.npm_ci_cpu_ms)})`],
	['ingest (npm run build until Vite starts)', (r) => s(r.ingest_ms)],
	['vite build', (r) => s(r.vite_build_ms)],
	['npm run build, CPU (ingest + vite build)', (r) => s(r.build_cpu_ms)],
	['npm run serve until it answers', (r) => s(r.serve_ms)],
	['first run: npm ci → serving', (r) => s(r.first_run_ms)],
	['rebuild after editing one file: npm run build (CPU)', (r) => `${s(r.rebuild_ms)} (${s(r.rebuild_cpu_ms)})`],
	['build folder', (r) => `${mb(r.build_bytes)}, ${r.build_files} files`],
	[
		'wasm served (br / gzip / identity)',
		(r) =>
			r.wasm_served
				? Object.values(r.wasm_served)
						.map((w) => `${mb(w.bytes)} ${w.encoding}`)
						.join(' / ')
				: '—'
	],
	['load average before → after', (r) => `${r.load_before} → ${r.load_after}`]
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n| ${'measure'.padEnd(width)} | ${runs.map((r, i) => `run ${i + 1} (${r.commit.slice(0, 7)})`).join(' | ')} |`);
console.log(`|${'-'.repeat(width + 2)}|${runs.map(() => '---|').join('')}`);
for (const [k, f] of rows) console.log(`| ${k.padEnd(width)} | ${runs.map(f).join(' | ')} |`);

const outFile = resolve(projectRoot, values.out);
await mkdir(dirname(outFile), { recursive: true });
await writeFile(
	outFile,
	JSON.stringify(
		{
			when: new Date().toISOString(),
			commits,
			ref: values.ref,
			edit: values.edit,
			raw: rawDir,
			machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model, mem_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
			runs
		},
		null,
		'\t'
	) + '\n'
);
console.log(`\nwrote ${relative(process.cwd(), outFile)}`);
