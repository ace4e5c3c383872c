/**
 * The page's query engine: DuckDB-WASM, started once per page load, with its progress as reactive
 * state for the controls that wait on it. Prerendered content never waits for it.
 * Two steps: warmEngine() while the page hydrates (the worker compiles the wasm off the main
 * thread), then startEngine() after first paint (libraries, tables, first query).
 */
import { asset } from '$app/paths';
import { browser } from '$app/environment';
import { tableNames, type TableName } from '$lib/schema/tables';
import { cancelIdle, whenIdle } from '$lib/idle';
import type { Connector } from './types';
import { bootWasmWorker, startWasmConnector, type WasmConnector, type WasmWorkerBoot } from './wasm';

export const engine = $state({
	status: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
	/** 0..1 while loading */
	progress: 0,
	message: ''
});

let started: Promise<WasmConnector> | undefined;
let booting: WasmWorkerBoot | undefined;
/** The engine once started: queries on tables it has loaded go out at once. */
let ready: WasmConnector | undefined;
/** Warm-up queries already run (see warmUp). Plain, not reactive: nothing on screen reads it. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const warmedUp = new Set<string>();

const source = (name: TableName) => ({ name, url: asset(`/data/${name}.parquet`) });

/**
 * Starts the DuckDB worker and its wasm compile now. Call it in the script of a page that
 * queries: it touches no reactive state, so hydration is unaffected.
 */
export function warmEngine() {
	if (browser && !booting && !started) booting = bootWasmWorker();
}

/**
 * Starts the engine with the tables a page's first queries read (all by default); it is ready
 * once those are in. Other tables load when a query names them.
 */
export function startEngine(tables: readonly TableName[] = tableNames): Promise<WasmConnector> {
	if (started) return started;
	engine.status = 'loading';
	engine.progress = 0.02;
	started = startWasmConnector(
		tables.map(source),
		(step) => {
			// The wasm download dominates; tables follow quickly.
			if (step.stage === 'wasm' && step.total > 0) engine.progress = 0.05 + 0.75 * (step.loaded / step.total);
			if (step.stage === 'tables' && step.total > 0) engine.progress = 0.8 + 0.2 * (step.loaded / step.total);
		},
		booting
	).then(
		(conn) => {
			engine.status = 'ready';
			engine.progress = 1;
			return conn;
		},
		(e: unknown) => {
			engine.status = 'error';
			engine.message = e instanceof Error ? e.message : String(e);
			throw e;
		}
	);
	return started;
}

/** Runs a query once the engine is ready and `tables` (the ones the SQL reads; all by default) are loaded. */
export async function query<T>(sql: string, tables: readonly TableName[] = tableNames): Promise<T[]> {
	if (!ready?.hasLoaded(tables)) {
		ready = await startEngine(tables);
		await ready.load(tables.map(source));
	}
	// Once everything is in, the query is posted to the worker in this same task, so it runs
	// while the page redraws its controls instead of after.
	return ready.query<T>(sql);
}

/** The page's engine as a Connector, for `run(browserDb, query, params)`. */
export const browserDb: Connector = { query: (sql, tables) => query(sql, tables) };

/** Starts the engine right after the first frame: prerendered content never waits for it. */
export function startEngineWhenIdle(tables?: readonly TableName[]): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() =>
		startEngine(tables).then(
			() => undefined,
			() => undefined // shown by EngineStatus
		)
	);
}

/**
 * Runs a page's usual queries once each, one per idle moment, once the engine is ready, and
 * throws the answers away. V8 first compiles DuckDB's 34 MB of wasm with its quick baseline
 * compiler and optimizes a function only once it is hot; without this, that optimizing ran
 * on the second core during the user's first changes (~25 ms of compiling per change in traces,
 * in the seconds after start-up) and the queries ran unoptimized meanwhile. One query at a time:
 * a user's query waits behind at most one of these. Returns a function that stops it.
 */
export function warmUp(sqls: readonly string[], tables: readonly TableName[]): () => void {
	let stopped = false;
	let idle: number | undefined;
	const run = (conn: WasmConnector, i: number) => {
		if (stopped) return;
		if (i === sqls.length) return void performance.mark('duckdb-warm');
		// Once per page load: coming back to a page runs only what has not run yet.
		if (warmedUp.has(sqls[i]!)) return run(conn, i + 1);
		idle = whenIdle(() => {
			warmedUp.add(sqls[i]!);
			const next = () => run(conn, i + 1);
			conn.query(sqls[i]!).then(next, next); // a failed warm-up query costs nothing but itself
		});
	};
	startEngine(tables)
		.then(async (conn) => {
			await conn.load(tables.map(source));
			run(conn, 0);
		})
		.catch(() => undefined); // shown by EngineStatus
	return () => {
		stopped = true;
		if (idle !== undefined) cancelIdle(idle);
	};
}
