/**
 * npm run bench -- [--runs 5] [--filter-changes 72] [--scales 1,10,100] [--skip-build] [--skip-first-run] [--only-scales] [--out bench/results/latest.json]
 *
 * A newcomer's first run (scripts/bench/first-run.ts), then builds the site, serves it on 127.0.0.1
 * and measures in Debian chromium, a fresh browser context per run, on a desktop and on a phone
 * (375 px, CPU 4×): first chart and LCP per page, DuckDB-WASM ready and its floor, links with
 * settings, filter latency with and without intent and its floor (a change with no engine), bytes, the ingest's wall time and peak memory, and the scale curve (data replicated 1×, 10×, 100×; a
 * synthetic flag of the benchmark only). Prints a table and writes JSON.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { initScript, readPageSample, type PageSample } from './bench/page-metrics';
import { openPage, profiles, type ProfileName } from './bench/profiles';
import { measureLinkedViews } from './bench/linked-views';
import { measureChangeFloor, measureFilterLatency } from './bench/filter-latency';
import { measureWasmFloor } from './bench/wasm-floor';
import { writeScaledData } from './bench/scale-data';
import { kb, ms, spread, summarize } from './bench/stats';
import { projectRoot } from './ingest/paths';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'filter-changes': { type: 'string', default: '72' },
		scales: { type: 'string', default: '1,10,100' },
		'skip-build': { type: 'boolean', default: false },
		'skip-first-run': { type: 'boolean', default: false },
		'only-scales': { type: 'boolean', default: false },
		out: { type: 'string', default: 'bench/results/latest.json' },
		port: { type: 'string', default: '4610' },
		'build-dir': { type: 'string' }
	}
});
const runs = Number(values.runs);
const filterChanges = Number(values['filter-changes']);
const scales = values.scales.split(',').map(Number);
const buildDir = resolve(values['build-dir'] ?? join(projectRoot, 'bench', '.build'));
const port = Number(values.port);
const log = (s: string) => console.log(s);

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
	const r = spawnSync(cmd, args, { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

function stop(child: ChildProcess) {
	try {
		process.kill(-child.pid!, 'SIGTERM');
	} catch {
		/* already gone */
	}
}

async function serve(dir: string, p: number): Promise<ChildProcess> {
	// Its own process group, so stopping it stops npx and the server under it.
	const child = spawn('npx', ['tsx', 'scripts/serve.ts', '--port', String(p), '--dir', dir], { cwd: projectRoot, stdio: 'ignore', detached: true });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${p}/`)).ok) return child;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stop(child);
	throw new Error(`the server on port ${p} did not start`);
}

function ingestOnce(scale: number) {
	const out = join(projectRoot, 'bench', `.ingest-${scale}`);
	const line = run('npx', ['tsx', 'scripts/ingest.ts', '--quiet', '--stats', '--out', out, ...(scale > 1 ? ['--bench-scale', String(scale)] : [])])
		.trim()
		.split('\n')
		.at(-1)!;
	return { ...(JSON.parse(line) as { ingest_ms: number; max_rss_kb: number }), out };
}

async function parquetBytes(dir: string, ext = '.parquet') {
	let total = 0;
	for (const f of await readdir(dir)) if (f.endsWith(ext)) total += (await stat(join(dir, f))).size;
	return total;
}

async function wasmSizes(dir: string) {
	const assets = join(dir, '_app', 'immutable', 'assets');
	const wasm = (await readdir(assets)).find((f) => f.endsWith('.wasm'))!;
	return { raw: (await stat(join(assets, wasm))).size, compressed: (await stat(join(assets, `${wasm}.br`))).size };
}

async function samplePage(
	browser: Browser,
	base: string,
	path: string,
	waitForEngine: boolean,
	profile: ProfileName = 'desktop'
): Promise<PageSample & { wasmRequested: boolean; repeatVisitReady: number | null }> {
	const { page, close } = await openPage(browser, profiles[profile]);
	await page.addInitScript(initScript);
	let wasmRequested = false;
	page.on('request', (r) => {
		if (r.url().endsWith('.wasm')) wasmRequested = true;
	});
	await page.goto(base + path, { waitUntil: 'load' });
	if (waitForEngine) await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
	else await page.waitForTimeout(1500);
	const s = await readPageSample(page);
	// A second visit in the same context: the wasm comes from the HTTP cache (immutable), and
	// Chromium may reuse its compiled code.
	let repeatVisitReady: number | null = null;
	if (waitForEngine) {
		await page.goto(base + path, { waitUntil: 'load' });
		await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
		repeatVisitReady = await page.evaluate(() => performance.getEntriesByName('duckdb-ready')[0]!.startTime);
	}
	await close();
	return { ...s, wasmRequested, repeatVisitReady };
}

async function main() {
	const started = new Date();
	const result: Record<string, unknown> = {
		date: started.toISOString(),
		machine: {
			cpus: availableParallelism(),
			cpu_model: cpus()[0]?.model,
			memory_gb: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			chromium: run(chromiumLaunchOptions.executablePath, ['--version']).trim()
		},
		runs
	};

	// First, while nothing else runs: a newcomer's first run (fresh clone → serving) and a rebuild.
	if (!values['skip-first-run'] && !values['only-scales']) {
		log('first run: a fresh clone of HEAD, npm ci, npm run build, npm run serve; then a rebuild after a one-file edit');
		const file = join(projectRoot, 'bench', '.first-run.json');
		run('npx', ['tsx', 'scripts/bench/first-run.ts', '--ref', 'HEAD', '--out', file]);
		result.first_run = (JSON.parse(await readFile(file, 'utf8')) as { runs: unknown[] }).runs[0];
	}

	log('ingest: full run of all files, 3 times');
	const ingests = [ingestOnce(1), ingestOnce(1), ingestOnce(1)];
	const ingestMs = summarize(ingests.map((i) => i.ingest_ms));
	const ingestRss = summarize(ingests.map((i) => i.max_rss_kb * 1024));
	result.ingest = { wall_ms: ingestMs, peak_rss_bytes: ingestRss, parquet_bytes: await parquetBytes(ingests[0]!.out) };

	if (!values['skip-build']) {
		log('build: npm run build into bench/.build');
		// npm run build, not vite build alone: the build's Node options are in package.json.
		run('npm', ['run', 'build', '--silent'], { BUILD_DIR: buildDir, KIT_OUT_DIR: '.svelte-kit-bench' });
	}
	const wasm = await wasmSizes(buildDir);
	// As served: the build writes a brotli copy beside each (uncompressed) Parquet file.
	(result.ingest as Record<string, unknown>).parquet_served_brotli_bytes = await parquetBytes(join(buildDir, 'data'), '.parquet.br');
	// --only-scales: the scale curve alone (after a change to the scaled data or the explorer's query).
	if (!values['only-scales']) {
		const server = await serve(buildDir, port);
		const base = `http://127.0.0.1:${port}`;
		const browser = await chromium.launch(chromiumLaunchOptions);
		try {
			const pages: Record<string, unknown> = {};
			// Pages that exist in this build (the list grows with the site; a missing one is skipped).
			const pageList = (
				[
					['/', false],
					['/roles', true],
					['/roles/11-3021', false],
					['/compare', false],
					['/trends', false],
					['/paths', false],
					['/sql', false],
					['/data', false]
				] as const
			).filter(([path]) => existsSync(join(buildDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`)));
			for (const profile of Object.keys(profiles) as ProfileName[])
				for (const [path, engine] of pageList) {
					const key = profile === 'desktop' ? path : `${path} (phone, CPU 4×)`;
					log(`page ${key}: ${runs} cold runs`);
					const samples: Awaited<ReturnType<typeof samplePage>>[] = [];
					for (let i = 0; i < runs; i++) samples.push(await samplePage(browser, base, path, engine, profile));
					const pick = (f: (s: (typeof samples)[number]) => number | null) => summarize(samples.map((s) => f(s) ?? NaN));
					const withWasm = samples[0]!.wasmRequested;
					pages[key] = {
						first_chart_ms: pick((s) => s.firstChart),
						lcp_ms: pick((s) => s.lcp),
						duckdb_ready_ms: engine ? pick((s) => s.duckdbReady) : null,
						duckdb_ready_repeat_visit_ms: engine ? pick((s) => s.repeatVisitReady) : null,
						first_chart_over_duckdb_ready: engine ? pick((s) => (s.firstChart ?? NaN) / (s.duckdbReady ?? NaN)) : null,
						bytes_before_first_chart: { compressed: pick((s) => s.beforeFirstChart.compressed), raw: pick((s) => s.beforeFirstChart.raw) },
						bytes_total_excl_wasm: { compressed: pick((s) => s.totalExclWasm.compressed), raw: pick((s) => s.totalExclWasm.raw) },
						bytes_total: {
							compressed: pick((s) => s.totalExclWasm.compressed + (withWasm ? wasm.compressed : 0)),
							raw: pick((s) => s.totalExclWasm.raw + (withWasm ? wasm.raw : 0))
						}
					};
				}
			result.pages = pages;

			log(`DuckDB-WASM alone, on an idle page: ${runs} cold runs`);
			const floors = [];
			for (let i = 0; i < runs; i++) floors.push(await measureWasmFloor(browser, base));
			result.wasm_instantiate_idle_ms = summarize(floors.map((f) => f.instantiated_ms));
			result.wasm_ready_idle_ms = summarize(floors.map((f) => f.ready_ms));

			log(`links with settings: ${runs} cold loads of each, desktop and phone`);
			result.linked_views = {
				desktop: await measureLinkedViews(browser, base, runs, profiles.desktop),
				phone: await measureLinkedViews(browser, base, runs, profiles.phone)
			};

			log(`filter latency: ${filterChanges} changes in the explorer, once its warm-up is done`);
			result.filter_latency_1x = await measureFilterLatency(browser, base, filterChanges, 'settled');
			log(`filter latency without intent (no focus or typing before a change: the engine's cold path): ${filterChanges} changes`);
			result.filter_latency_1x_cold = await measureFilterLatency(browser, base, filterChanges, 'settled', profiles.desktop, false);
			log(`filter latency: ${filterChanges} changes in the explorer, from the moment DuckDB is ready`);
			result.filter_latency_1x_from_ready = await measureFilterLatency(browser, base, filterChanges, 'ready');
			log(`filter latency on the phone (375 px, CPU 4×): ${filterChanges} changes, once the warm-up is done`);
			result.filter_latency_1x_phone = await measureFilterLatency(browser, base, filterChanges, 'settled', profiles.phone);
			log('the floor of a change: the same track change answered with no engine and from memory, desktop and phone');
			result.change_floor = { desktop: await measureChangeFloor(browser, base), phone: await measureChangeFloor(browser, base, 16, profiles.phone) };
		} finally {
			await browser.close();
			stop(server);
		}
	}

	// The scale curve: ingest with every release parsed N times, and the explorer on data with
	// every occupation replicated N times.
	const curve: Record<string, unknown>[] = [];
	for (const n of scales) {
		log(`scale ${n}×: ingest and filter latency`);
		let ing: ReturnType<typeof ingestOnce>;
		try {
			ing = n === 1 ? ingests[0]! : ingestOnce(n);
		} catch (e) {
			// Keep every other figure of the run: the scale's failure is reported in its row.
			const error = e instanceof Error ? (e.message.split('\n').find((l) => l.startsWith('ingest failed')) ?? e.message.split('\n')[0]!) : String(e);
			log(`scale ${n}×: the ingest failed: ${error}`);
			curve.push({ scale: n, error: `ingest: ${error}` });
			continue;
		}
		const dir = join(projectRoot, 'bench', `.build-${n}x`);
		await rm(dir, { recursive: true, force: true });
		await cp(buildDir, dir, { recursive: true, filter: (src) => !src.startsWith(join(buildDir, 'data')) });
		await writeScaledData(join(buildDir, 'data'), join(dir, 'data'), n);
		const srv = await serve(dir, port + n);
		const b = await chromium.launch(chromiumLaunchOptions);
		try {
			const lat = await measureFilterLatency(b, `http://127.0.0.1:${port + n}`, n >= 100 ? 12 : filterChanges);
			curve.push({ scale: n, ingest_ms: ing.ingest_ms, ingest_peak_rss_bytes: ing.max_rss_kb * 1024, explorer_rows: lat.rows, ...lat });
		} catch (e) {
			// Where the design breaks is a result too: keep the ingest figures and say what failed.
			const error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
			log(`scale ${n}×: the browser part failed: ${error}`);
			curve.push({ scale: n, ingest_ms: ing.ingest_ms, ingest_peak_rss_bytes: ing.max_rss_kb * 1024, error });
		} finally {
			await b.close();
			stop(srv);
			await rm(dir, { recursive: true, force: true });
		}
	}
	result.scale_curve = curve;
	for (const n of scales) await rm(join(projectRoot, 'bench', `.ingest-${n}`), { recursive: true, force: true });

	const out = resolve(values.out);
	await mkdir(resolve(out, '..'), { recursive: true });
	await writeFile(out, JSON.stringify(result, null, '\t') + '\n');
	printTable(result);
	log(`\nwritten to ${out}`);
}

// The result is JSON written above; its shape is the bench's own, read loosely here to print it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function printTable(r: Record<string, any>) {
	const rows: [string, string, string][] = [];
	// Absent with --only-scales.
	if (r.pages) {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		for (const [path, p] of Object.entries(r.pages as Record<string, any>)) {
			const phone = path.includes('phone');
			rows.push([`${path}: first chart (SVG in DOM)`, spread(p.first_chart_ms, ms), phone ? '≤ 800 ms' : '≤ 400 ms']);
			rows.push([`${path}: largest contentful paint`, spread(p.lcp_ms, ms), phone ? '≤ 1.5 s' : '']);
			if (p.duckdb_ready_ms) {
				rows.push([`${path}: DuckDB-WASM ready`, spread(p.duckdb_ready_ms, ms), '≤ 1.5 s']);
				rows.push([`${path}: DuckDB-WASM ready, second visit (HTTP and code cache)`, spread(p.duckdb_ready_repeat_visit_ms, ms), '']);
				rows.push([`${path}: first chart ÷ DuckDB ready`, p.first_chart_over_duckdb_ready.median.toFixed(3), '']);
			}
			rows.push([
				`${path}: bytes before first chart (compressed / raw)`,
				`${kb(p.bytes_before_first_chart.compressed.median)} / ${kb(p.bytes_before_first_chart.raw.median)}`,
				'≤ 250 KB compr.'
			]);
			rows.push([
				`${path}: bytes in total excl. wasm (compressed / raw)`,
				`${kb(p.bytes_total_excl_wasm.compressed.median)} / ${kb(p.bytes_total_excl_wasm.raw.median)}`,
				''
			]);
			rows.push([`${path}: bytes in total with wasm (compressed / raw)`, `${kb(p.bytes_total.compressed.median)} / ${kb(p.bytes_total.raw.median)}`, '']);
		}
		rows.push(['DuckDB-WASM instantiated on an idle page', spread(r.wasm_instantiate_idle_ms, ms), '']);
		// Absent from results written before the floor took the page's steps to 'duckdb-ready'.
		if (r.wasm_ready_idle_ms)
			rows.push(['… and ready on an idle page: opened, connected, answering (the floor under "ready")', spread(r.wasm_ready_idle_ms, ms), '']);
		const rolesReady = r.pages['/roles']?.duckdb_ready_ms?.median;
		if (rolesReady !== undefined) {
			const floor = (r.wasm_ready_idle_ms ?? r.wasm_instantiate_idle_ms).median;
			rows.push(['/roles: DuckDB ready − floor (medians)', ms(rolesReady - floor), '≤ 200 ms']);
			if (r.wasm_ready_idle_ms)
				rows.push(['  … − instantiated alone (the floor used before 5 December)', ms(rolesReady - r.wasm_instantiate_idle_ms.median), '']);
			const repeat = r.pages['/roles'].duckdb_ready_repeat_visit_ms.median;
			rows.push(['/roles: second visit ÷ first (DuckDB ready, medians)', (repeat / rolesReady).toFixed(2), '≤ 0.5']);
		}
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		for (const [device, links] of Object.entries(r.linked_views ?? {}) as [string, Record<string, any>][])
			for (const [path, l] of Object.entries(links)) {
				const what = `${path} (${device}${device === 'phone' ? ', CPU 4×' : ''})`;
				if (l.needs_engine)
					rows.push([`${what}: linked view − DuckDB ready`, `${spread(l.linked_view_after_ready_ms, ms)}; view at ${ms(l.linked_view_ms.median)}`, '≤ 100 ms']);
				else
					rows.push([
						`${what}: linked view; runs that fetched the wasm`,
						`${spread(l.linked_view_ms, ms)}; ${l.wasm_requested} of ${l.linked_view_ms.n}`,
						'0 runs'
					]);
			}
		const f = r.filter_latency_1x;
		rows.push([`filter latency 1× (${f.changes} changes)`, `p50 ${ms(f.p50_ms)}, p95 ${ms(f.p95_ms)}, max ${ms(f.max_ms)}`, 'p95 ≤ 35 ms']);
		rows.push([
			'  of which the wait for the answer (answered ahead or remembered; else SQL, Arrow to rows, checked, joined)',
			`p50 ${ms(f.query_p50_ms)}, p95 ${ms(f.query_p95_ms)}`,
			''
		]);
		rows.push(['  of which drawing the rows in view (Svelte’s update)', `p50 ${ms(f.draw_p50_ms)}, p95 ${ms(f.draw_p95_ms)}`, '']);
		// Absent from results written before rows out of view were drawn a frame later.
		if (f.all_rows_p95_ms !== undefined)
			rows.push(['  to every row of the page drawn (rows out of view follow a frame later)', `p50 ${ms(f.all_rows_p50_ms)}, p95 ${ms(f.all_rows_p95_ms)}`, '']);
		for (const [kind, k] of Object.entries(f.by_kind_ms as Record<string, { n: number; p50: number; p95: number }>))
			rows.push([`  changes of ${kind} (${k.n})`, `p50 ${ms(k.p50)}, p95 ${ms(k.p95)}`, '']);
		// Absent from results written before changes were answered ahead.
		const fc = r.filter_latency_1x_cold;
		if (fc) {
			rows.push([
				`filter latency 1×, without intent (${fc.changes} changes, no focus or typing first)`,
				`p50 ${ms(fc.p50_ms)}, p95 ${ms(fc.p95_ms)}, max ${ms(fc.max_ms)}`,
				''
			]);
			rows.push(['  of which the engine’s answer / drawing, p95', `${ms(fc.query_p95_ms)} / ${ms(fc.draw_p95_ms)}`, '']);
		}
		const fp = r.filter_latency_1x_phone;
		if (fp) {
			rows.push([`filter latency 1×, phone (375 px, CPU 4×, ${fp.changes} changes)`, `p50 ${ms(fp.p50_ms)}, p95 ${ms(fp.p95_ms)}, max ${ms(fp.max_ms)}`, '']);
			rows.push(['  of which the wait for the answer / drawing, p95', `${ms(fp.query_p95_ms)} / ${ms(fp.draw_p95_ms)}`, '']);
			if (fp.all_rows_p95_ms !== undefined) rows.push(['  to every row of the page drawn, p95', ms(fp.all_rows_p95_ms), '']);
		}
		// Absent from results written before the floor was measured.
		for (const [device, c] of Object.entries(
			(r.change_floor ?? {}) as Record<
				string,
				{ changes: number; no_engine_p50_ms: number; no_engine_p95_ms: number; remembered_p50_ms: number; remembered_p95_ms: number }
			>
		))
			rows.push([
				`a track change with no engine / from memory, ${device} (${c.changes} each)`,
				`p50 ${ms(c.no_engine_p50_ms)} / ${ms(c.remembered_p50_ms)}, p95 ${ms(c.no_engine_p95_ms)} / ${ms(c.remembered_p95_ms)}`,
				''
			]);
		const fr = r.filter_latency_1x_from_ready;
		rows.push([
			`filter latency 1×, from DuckDB ready, during the warm-up (${fr.changes} changes)`,
			`p50 ${ms(fr.p50_ms)}, p95 ${ms(fr.p95_ms)}, max ${ms(fr.max_ms)}`,
			''
		]);
		rows.push([
			'DuckDB start-up stages (libs / wasm / open / tables / ready / warm)',
			Object.values(f.engine_stages_ms)
				.map((v) => ms(v as number))
				.join(' / '),
			''
		]);
	}
	rows.push(['full ingest wall time', spread(r.ingest.wall_ms, ms), '≤ 8 s']);
	rows.push(['full ingest peak memory (RSS)', `${(r.ingest.peak_rss_bytes.median / 2 ** 20).toFixed(0)} MB`, '']);
	rows.push(['Parquet output, raw / as served (brotli)', `${kb(r.ingest.parquet_bytes)} / ${kb(r.ingest.parquet_served_brotli_bytes)}`, '']);
	for (const c of r.scale_curve) {
		if (c.error) rows.push([`scale ${c.scale}×: ingest / browser`, `${ms(c.ingest_ms)} / failed: ${c.error}`, '']);
		else
			rows.push([
				`scale ${c.scale}×: ingest / DuckDB ready / filter p50 / p95 / sorts p95 (${c.explorer_rows} explorer rows)`,
				`${ms(c.ingest_ms)} / ${ms(c.engine_stages_ms['duckdb-ready'])} / ${ms(c.p50_ms)} / ${ms(c.p95_ms)} / ${ms(c.by_kind_ms.sort?.p95)}`,
				''
			]);
	}
	const fr1 = r.first_run;
	if (fr1) {
		const sec = (n: number) => `${(n / 1000).toFixed(1)} s`;
		rows.push(['first run: fresh clone, npm ci → serving', sec(fr1.first_run_ms), '≤ 2 min']);
		rows.push(['  npm ci / ingest / vite build / serve', [fr1.npm_ci_ms, fr1.ingest_ms, fr1.vite_build_ms, fr1.serve_ms].map(sec).join(' / '), '']);
		rows.push(['rebuild after a one-file edit (npm run build)', sec(fr1.rebuild_ms), '≤ 60 s']);
		rows.push(['build folder', `${(fr1.build_bytes / 2 ** 20).toFixed(0)} MiB, ${fr1.build_files} files`, '']);
	}
	const w = Math.max(...rows.map((x) => x[0].length));
	const v = Math.max(...rows.map((x) => x[1].length));
	console.log(`\n| ${'measure'.padEnd(w)} | ${'median (min–max)'.padEnd(v)} | budget |`);
	console.log(`|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|---|`);
	for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w)} | ${b.padEnd(v)} | ${c} |`);
}

await main();
