/**
 * The page's query engine: DuckDB-WASM, started once per page load after first paint, with its
 * progress as reactive state for the controls that wait on it. Prerendered content never waits.
 */
import { asset } from '$app/paths';
import { tableNames } from '$lib/schema/tables';
import type { Connector } from './types';

export const engine = $state({
	status: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
	/** 0..1 while loading */
	progress: 0,
	message: ''
});

let started: Promise<Connector> | undefined;

export function startEngine(): Promise<Connector> {
	if (started) return started;
	engine.status = 'loading';
	engine.progress = 0.02;
	started = import('./wasm')
		.then(({ startWasmConnector }) =>
			startWasmConnector(
				tableNames.map((name) => ({ name, url: asset(`/data/${name}.parquet`) })),
				(step) => {
					// The wasm download dominates; tables follow quickly.
					if (step.stage === 'wasm' && step.total > 0) engine.progress = 0.05 + 0.75 * (step.loaded / step.total);
					if (step.stage === 'tables' && step.total > 0) engine.progress = 0.8 + 0.2 * (step.loaded / step.total);
				}
			)
		)
		.then(
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

/** Starts the engine right after the first frame: prerendered content never waits for it. */
export function startEngineWhenIdle() {
	requestAnimationFrame(() => setTimeout(() => startEngine().catch(() => {}), 0));
}
