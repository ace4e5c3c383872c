/**
 * DuckDB-WASM connector, self-hosted and offline.
 *
 * Safe to import anywhere (SSR/prerender included): at module level there are only two `?url`
 * imports (plain strings) and type imports. duckdb-wasm, apache-arrow and hyparquet are loaded
 * with dynamic import() inside startWasmConnector(), which must only be *called* in the browser
 * (e.g. from onMount). Importing this module itself dynamically inside onMount is also fine.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Schema } from 'apache-arrow';
// Same-origin assets emitted by Vite (never a CDN): the EH build (wasm exceptions; Chrome 95+,
// Firefox 100+, Safari 15.2+). The worker is a classic script started from its own URL (no blob:),
// so it passes CSP `worker-src 'self'`; compiling wasm needs `script-src 'wasm-unsafe-eval'`.
import { bootWorkerPath, wasmUrl } from './assets';
import type { Connector, ValueKind } from './types';

export interface TableSource {
	/** SQL table name: letters, digits, underscore */
	name: string;
	/** URL of a Parquet file (same origin) */
	url: string;
}

export interface ProgressStep {
	/** wasm: bytes of duckdb-eh.wasm downloaded; tables: tables inserted; ready: done */
	stage: 'wasm' | 'tables' | 'ready';
	loaded: number;
	total: number;
}

export interface WasmConnector extends Connector {
	/**
	 * Makes sure these tables are loaded: each one is fetched, decoded and inserted once, on the
	 * first call that names it. A page loads the tables its first view needs at start-up and the
	 * rest when a query asks for them.
	 */
	load(tables: TableSource[]): Promise<void>;
	/** Whether these tables are in already: a query on them can be sent at once. */
	hasLoaded(names: readonly string[]): boolean;
	/** Close the connection and terminate the worker. */
	close(): Promise<void>;
}

/**
 * duckdb-wasm compiles with WebAssembly.instantiateStreaming and has no fallback: a wrong
 * Content-Type or a CSP without 'wasm-unsafe-eval' leaves instantiate() pending forever (the
 * error is an unhandled rejection inside the worker). Give up after this long without progress.
 */
const WASM_STALL_MS = 60_000;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Raw size of dist/duckdb-eh.wasm in @duckdb/duckdb-wasm 1.32.0. duckdb-wasm reports bytesTotal
 * from Content-Length but counts *decoded* bytes, so a br/gzip-served wasm would report
 * loaded 34 MB of total 5 MB. Used only to keep the progress fraction within 0..1.
 */
const EH_WASM_BYTES = 34_242_586;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function checkName(t: TableSource) {
	if (!TABLE_NAME.test(t.name)) throw new Error(`invalid table name "${t.name}"`);
}

async function fetchParquet(t: TableSource): Promise<ArrayBuffer> {
	let res: Response;
	try {
		res = await fetch(t.url);
	} catch (e) {
		throw new Error(`table "${t.name}": fetch ${t.url} failed: ${message(e)}`, { cause: e });
	}
	if (!res.ok) throw new Error(`table "${t.name}": fetch ${t.url} failed: HTTP ${res.status}`);
	return res.arrayBuffer();
}

/**
 * The DuckDB worker with its wasm download and compile under way. It instantiates itself
 * (boot.worker.js), so the compile never waits for the page's busy main thread; pages that query
 * start it from their <head> (early-boot.js) and bootWasmWorker() adopts it.
 */
export interface WasmWorkerBoot {
	worker: Worker;
	/** Resolves once the wasm is compiled and DuckDB is instantiated in the worker. */
	instantiated: Promise<void>;
	/** Download progress so far, and from now on. */
	onProgress(fn: (loaded: number, total: number) => void): void;
}

/** Request id of boot.worker.js's INSTANTIATE; AsyncDuckDB numbers its own requests from 0. */
const BOOT_REQUEST_ID = -1;

/** Set by early-boot.js. */
interface EarlyBoot {
	adopt(): { worker: Worker; events: Event[] };
}

export function bootWasmWorker(): WasmWorkerBoot {
	if (typeof window === 'undefined' || typeof Worker === 'undefined') {
		throw new Error('bootWasmWorker() is browser-only');
	}
	const absWasm = new URL(wasmUrl, document.baseURI).href;
	const absWorker = new URL(bootWorkerPath, document.baseURI).href;
	const slot = window as { __duckdbEarlyBoot?: EarlyBoot | null };
	const adopted = slot.__duckdbEarlyBoot?.adopt();
	slot.__duckdbEarlyBoot = null; // taken: one worker per page, early-boot.js starts no other
	if (!adopted) performance.mark('duckdb-start');
	const worker = adopted?.worker ?? new Worker(absWorker); // classic worker, same origin
	let progress: [number, number] = [0, EH_WASM_BYTES];
	const listeners: ((loaded: number, total: number) => void)[] = [];
	const instantiated = new Promise<void>((resolve, reject) => {
		let last = Date.now();
		const done = () => {
			clearInterval(timer);
			worker.removeEventListener('message', onMessage);
			worker.removeEventListener('error', onError);
		};
		const timer = setInterval(() => {
			if (Date.now() - last < WASM_STALL_MS) return;
			done();
			reject(
				new Error(
					`DuckDB-WASM: no progress loading ${absWasm} for ${WASM_STALL_MS / 1000}s ` +
						`(served as Content-Type: application/wasm? CSP allows 'wasm-unsafe-eval'?)`
				)
			);
		}, 1000);
		const onError = (e: ErrorEvent) => {
			done();
			reject(new Error(`DuckDB-WASM worker ${absWorker} failed: ${e.message || 'could not load'}`));
		};
		const onMessage = (e: MessageEvent) => {
			const m = e.data as { requestId?: number; type?: string; data?: unknown } | null;
			if (m?.requestId !== BOOT_REQUEST_ID) return;
			last = Date.now();
			if (m.type === 'INSTANTIATE_PROGRESS') {
				const p = m.data as { bytesLoaded: number; bytesTotal: number };
				const total = Math.max(p.bytesTotal, EH_WASM_BYTES);
				progress = [Math.min(p.bytesLoaded, total), total];
				for (const fn of listeners) fn(...progress);
				return;
			}
			done();
			if (m.type === 'OK') {
				performance.mark('duckdb-instantiated');
				resolve();
			} else {
				const detail = (m.data as { message?: string } | undefined)?.message ?? String(m.type);
				reject(new Error(`DuckDB-WASM: instantiate failed: ${detail}`));
			}
		};
		worker.addEventListener('message', onMessage);
		worker.addEventListener('error', onError);
		for (const e of adopted?.events ?? []) {
			if (e instanceof MessageEvent) onMessage(e);
			else onError(e as ErrorEvent);
		}
	});
	instantiated.catch(() => {}); // observed by startWasmConnector
	return {
		worker,
		instantiated,
		onProgress(fn) {
			listeners.push(fn);
			fn(...progress);
		}
	};
}

/**
 * Start DuckDB-WASM in a worker, load the given Parquet tables into memory (more later with
 * `load`), and resolve once a query has succeeded (right after `performance.mark('duckdb-ready')`).
 * Rejects with a descriptive Error as soon as anything fails (a table 404 does not wait for the
 * 34 MB wasm).
 * DuckDB's parquet/httpfs extensions are never used (they would be fetched from the internet):
 * Parquet is decoded on the main thread with hyparquet and inserted as Arrow.
 * Each call starts its own worker: call once and share the connector.
 */
export async function startWasmConnector(
	tables: TableSource[],
	onProgress?: (step: ProgressStep) => void,
	/** A worker already booting (see bootWasmWorker); one is started otherwise. */
	boot?: WasmWorkerBoot
): Promise<WasmConnector> {
	if (typeof window === 'undefined' || typeof Worker === 'undefined') {
		throw new Error('startWasmConnector() is browser-only; call it from onMount()');
	}
	const seen = new Set<string>();
	for (const t of tables) {
		checkName(t);
		if (seen.has(t.name.toLowerCase())) throw new Error(`duplicate table name "${t.name}"`);
		seen.add(t.name.toLowerCase());
	}
	const report = (stage: ProgressStep['stage'], loaded: number, total: number) => onProgress?.({ stage, loaded, total });

	const { worker, instantiated, onProgress: onWasmProgress } = boot ?? bootWasmWorker();
	onWasmProgress((loaded, total) => report('wasm', loaded, total));
	// Meanwhile on the main thread: JS chunks, parquet downloads and decoding.
	const libs = Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('apache-arrow'),
		import('./parquet-to-arrow'), // note: hyparquet-compressors compiles a tiny snappy wasm on import
		import('./arrow-rows')
	]).catch((e) => {
		throw new Error(`DuckDB-WASM: failed to load modules: ${message(e)}`, { cause: e });
	});
	const decode = async (t: TableSource) => {
		const [buffer, [, , { parquetToArrow }]] = await Promise.all([fetchParquet(t), libs]);
		try {
			return await parquetToArrow(buffer);
		} catch (e) {
			throw new Error(`table "${t.name}": cannot decode ${t.url}: ${message(e)}`, { cause: e });
		}
	};
	const arrowTables = tables.map(decode);
	const anyTableFailed = new Promise<never>((_, reject) => {
		for (const p of arrowTables) p.catch(reject);
	});
	anyTableFailed.catch(() => {}); // observed via Promise.race below

	let db: AsyncDuckDB | undefined;

	async function start(): Promise<WasmConnector> {
		const [duckdb, arrow, , { rowsFromArrow }] = await libs;
		performance.mark('duckdb-libs');
		await instantiated;
		// Attached only now: AsyncDuckDB warns about replies to requests it did not send.
		const theDb = (db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker));
		// DuckDBConfig (1.32 typings) has no extension-autoload fields, hence the SETs below.
		// castDecimalToDouble: sum()/avg() over integers yield DECIMAL/HUGEINT; return plain numbers.
		await theDb.open({ query: { castDecimalToDouble: true } });
		const conn: AsyncDuckDBConnection = await theDb.connect();
		// Never reach for DuckDB's extension server, even if a query names read_parquet/httpfs/json.
		await conn.query('SET autoinstall_known_extensions = false');
		await conn.query('SET autoload_known_extensions = false');

		performance.mark('duckdb-opened');
		/** Table name (lower case, as DuckDB compares them) -> its load, started once. */
		const loads = new Map<string, Promise<void>>();
		/** Names (lower case) of the tables inserted. */
		const inserted = new Set<string>();
		const insert = (t: TableSource, decoded: Promise<Awaited<ReturnType<typeof decode>>>) => {
			const loading = decoded.then(async (table) => {
				try {
					await conn.insertArrowTable(table, { name: t.name, create: true });
				} catch (e) {
					throw new Error(`table "${t.name}": insert into DuckDB failed: ${message(e)}`, { cause: e });
				}
				inserted.add(t.name.toLowerCase());
			});
			loads.set(t.name.toLowerCase(), loading);
			loading.catch(() => loads.delete(t.name.toLowerCase())); // the next caller tries again
			return loading;
		};
		report('tables', 0, tables.length);
		for (let i = 0; i < tables.length; i++) {
			await insert(tables[i]!, arrowTables[i]!);
			report('tables', i + 1, tables.length);
		}
		performance.mark('duckdb-tables');

		await conn.query('SELECT 1');
		performance.mark('duckdb-ready');
		report('ready', tables.length, tables.length);

		const kindsOf = (schema: Schema): Record<string, ValueKind> => {
			const kinds: Record<string, ValueKind> = {};
			for (const f of schema.fields) {
				let type = f.type;
				while (arrow.DataType.isList(type)) type = type.children[0]!.type; // DATE[] too
				if (arrow.DataType.isDate(type) || arrow.DataType.isTimestamp(type)) kinds[f.name] = 'date';
			}
			return kinds;
		};
		return {
			async query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
				let result;
				try {
					result = await conn.query(sql);
				} catch (e) {
					throw new Error(`DuckDB query failed: ${message(e)}\n${sql}`, { cause: e });
				}
				return rowsFromArrow<T>(result, kindsOf(result.schema));
			},
			async load(more: TableSource[]) {
				for (const t of more) checkName(t);
				await Promise.all(more.map((t) => loads.get(t.name.toLowerCase()) ?? insert(t, decode(t))));
			},
			hasLoaded: (names) => names.every((n) => inserted.has(n.toLowerCase())),
			async close() {
				await conn.close();
				await theDb.terminate();
			}
		};
	}

	const starting = start();
	starting.catch(() => {}); // if a table fails first, start's later outcome is irrelevant
	try {
		return await Promise.race([starting, anyTableFailed]);
	} catch (e) {
		if (db) await db.terminate().catch(() => {});
		else worker.terminate();
		throw e instanceof Error ? e : new Error(message(e));
	}
}
