/**
 * The page's query engine: DuckDB-WASM, started once per page load, with its progress as reactive
 * state for the controls that wait on it. Prerendered content never waits for it.
 * Two steps: warmEngine() while the page hydrates (the worker compiles the wasm off the main
 * thread), then startEngine() after first paint (libraries, tables, first query).
 */
import { asset } from '$app/paths';
import { browser } from '$app/environment';
import { tableNames } from '$lib/schema/tables';
import type { Connector } from './types';
import { bootWasmWorker, startWasmConnector, type WasmWorkerBoot } from './wasm';

export const engine = $state({
	status: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
	/** 0..1 while loading */
	progress: 0,
	message: ''
});

let started: Promise<Connector> | undefined;
let booting: WasmWorkerBoot | undefined;

/**
 * Starts the DuckDB worker and its wasm compile now. Call it in the script of a page that
 * queries: it touches no reactive state, so hydration is unaffected.
 */
export function warmEngine() {
	if (browser && !booting && !started) booting = bootWasmWorker();
}

export function startEngine(): Promise<Connector> {
	if (started) return started;
	engine.status = 'loading';
	engine.progress = 0.02;
	started = startWasmConnector(
		tableNames.map((name) => ({ name, url: asset(`/data/${name}.parquet`) })),
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

/** Runs a query once the engine is ready. */
export async function query<T>(sql: string): Promise<T[]> {
	const conn = await startEngine();
	return conn.query<T>(sql);
}

const built = new Map<string, Promise<void>>();

/**
 * Creates table `name` from `sql` once per page load: derived tables that many queries read
 * (e.g. the explorer's base rows) are computed once, not on every filter.
 */
export function materialize(name: string, sql: string): Promise<string> {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid table name "${name}"`);
	let done = built.get(name);
	if (!done) {
		done = query(`CREATE TABLE IF NOT EXISTS ${name} AS ${sql}`).then(() => undefined);
		done.catch(() => built.delete(name)); // a failed build is tried again by the next caller
		built.set(name, done);
	}
	return done.then(() => name);
}

/** Starts the engine right after the first frame: prerendered content never waits for it. */
export function startEngineWhenIdle(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() =>
		startEngine().then(
			() => undefined,
			() => undefined // shown by EngineStatus
		)
	);
}
