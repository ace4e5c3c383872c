/** Reads the ingest's Parquet output with DuckDB (the real engine, no mocks). */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableNames } from '../../src/lib/schema/tables';

export interface ParquetDb {
	/** Rows as plain JSON values (BIGINT comes back as a string: cast counts to INTEGER). */
	all<T = Record<string, unknown>>(sql: string): Promise<T[]>;
	one<T = Record<string, unknown>>(sql: string): Promise<T>;
	close(): void;
}

/** An in-memory DuckDB with one view per output table over `<outDir>/<table>.parquet`. */
export async function openParquet(outDir: string): Promise<ParquetDb> {
	const db = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await db.connect();
	for (const name of tableNames) {
		const file = join(outDir, `${name}.parquet`).replace(/'/g, "''");
		await conn.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet('${file}')`);
	}
	const all = async <T>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];
	return {
		all,
		async one<T>(sql: string) {
			const rows = await all<T>(sql);
			if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}: ${sql}`);
			return rows[0]!;
		},
		close() {
			conn.closeSync();
			db.closeSync();
		}
	};
}
