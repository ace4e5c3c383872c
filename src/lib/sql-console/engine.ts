/**
 * The console's own DuckDB-WASM: a worker of its own (not the page-wide one in client.svelte.ts),
 * so that cancelling a query can end the worker and start a fresh one. duckdb-wasm's conn.query()
 * blocks its worker until the query ends, so there is nothing to send a cancel to; terminating
 * the worker is the cancel, and the next run starts a new engine (the wasm is in the HTTP cache).
 * Tables load when a statement first names them. External access is off before any query runs.
 */
import { asset } from '$app/paths';
import { bootWasmWorker, startWasmConnector, type ProgressStep, type WasmConnector } from '$lib/db/wasm';

export interface RunResult {
	rows: Record<string, unknown>[];
	/** Milliseconds spent loading tables first named by this statement. */
	loadMs: number;
	/** Milliseconds the query took in the engine, with turning its answer into rows. */
	queryMs: number;
}

export class CancelledError extends Error {
	constructor() {
		super('The query was cancelled.');
	}
}

/**
 * Settings that close the engine to anything but its own tables, and lock them so that no later
 * statement can undo them. Both verified in DuckDB-WASM 1.32 (tests/e2e/sql.spec.ts): a read of a
 * URL or file fails with "disabled by configuration", SET after the lock fails.
 */
const HARDENING = ['SET enable_external_access = false', 'SET lock_configuration = true'];

export class ConsoleEngine {
	private started: Promise<WasmConnector> | undefined;
	private worker: Worker | undefined;
	private cancelRun: (() => void) | undefined;

	constructor(private onProgress?: (step: ProgressStep) => void) {}

	/** Starts the engine (once); a cancelled engine is replaced by a new one on the next call. */
	start(): Promise<WasmConnector> {
		if (this.started) return this.started;
		const boot = bootWasmWorker();
		this.worker = boot.worker;
		this.started = startWasmConnector([], this.onProgress, boot).then(async (conn) => {
			for (const sql of HARDENING) await conn.query(sql);
			return conn;
		});
		this.started.catch(() => (this.started = undefined));
		return this.started;
	}

	/** Runs a statement the guard has passed, after loading the tables it names. */
	async run(sql: string, tables: readonly string[]): Promise<RunResult> {
		const cancelled = new Promise<never>((_, reject) => (this.cancelRun = () => reject(new CancelledError())));
		cancelled.catch(() => {});
		try {
			const t0 = performance.now();
			const conn = await Promise.race([this.start(), cancelled]);
			await Promise.race([conn.load(tables.map((name) => ({ name, url: asset(`/data/${name}.parquet`) }))), cancelled]);
			const t1 = performance.now();
			const rows = await Promise.race([conn.query<Record<string, unknown>>(sql), cancelled]);
			return { rows, loadMs: t1 - t0, queryMs: performance.now() - t1 };
		} finally {
			this.cancelRun = undefined;
		}
	}

	/** Ends the running query by ending its worker; the next run starts a new engine. */
	cancel() {
		if (!this.cancelRun) return;
		this.worker?.terminate();
		this.worker = undefined;
		this.started = undefined;
		this.cancelRun();
	}

	dispose() {
		this.cancelRun?.();
		this.worker?.terminate();
		this.worker = undefined;
		this.started = undefined;
	}
}

/** DuckDB's message without the statement the connector appends (it is in the editor already). */
export function errorText(e: unknown, sql: string): string {
	let text = (e instanceof Error ? e.message : String(e)).replace(/^DuckDB query failed: /, '');
	if (text.endsWith(`\n${sql}`)) text = text.slice(0, -sql.length - 1);
	return text.trim();
}
