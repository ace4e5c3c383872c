/**
 * The build-time connector: @duckdb/node-api over the generated Parquet, with one table per
 * file (same names) so the query builders' SQL runs unchanged here and in DuckDB-WASM.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableNames } from '$lib/schema/tables';
import type { Connector } from '$lib/db/types';
import { normalizeValue } from '$lib/db/types';

let shared: Promise<Connector> | undefined;

export function dataDir(): string {
	return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'static', 'data'));
}

export async function openNodeConnector(dir = dataDir(), { threads = 2 } = {}): Promise<Connector & { close(): void }> {
	const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
	const conn: DuckDBConnection = await db.connect();
	for (const t of tableNames) {
		const path = join(dir, `${t}.parquet`);
		// A table the data folder does not have yet (an older ingest) fails the query that reads it,
		// naming the table, instead of every page.
		if (!existsSync(path)) continue;
		// A table in memory, not a view: prerendering runs ~20 queries for each of ~870 pages, and a
		// view would decode the Parquet file again for every one of them.
		await conn.run(`CREATE TABLE "${t}" AS SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`);
	}
	return {
		async query<T>(sql: string): Promise<T[]> {
			const reader = await conn.runAndReadAll(sql);
			return reader.getRowObjectsJS().map((row) => {
				const out: Record<string, unknown> = {};
				for (const [k, v] of Object.entries(row)) out[k] = normalizeValue(v);
				return out as T;
			});
		},
		close() {
			conn.closeSync();
			db.closeSync();
		}
	};
}

/**
 * One connector per build process: prerendering hundreds of pages reuses it. One DuckDB thread:
 * the queries are small, and the pages' rendering needs the other core (measured: the build's
 * CPU time 159 → 123 s, its wall time the same; a second connection and more pages at once
 * made it slower).
 */
export function buildConnector(): Promise<Connector> {
	shared ??= openNodeConnector(dataDir(), { threads: 1 });
	return shared;
}

const perBuild = new Map<string, Promise<unknown>>();

/**
 * A result that is the same for every page of the build (the releases shown, every occupation's
 * growth), computed once per build instead of once per page. Callers must not change it.
 */
export function oncePerBuild<T>(key: string, compute: (db: Connector) => Promise<T>): Promise<T> {
	let result = perBuild.get(key) as Promise<T> | undefined;
	if (!result) {
		result = buildConnector().then(compute);
		perBuild.set(key, result);
	}
	return result;
}
