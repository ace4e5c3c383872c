/**
 * The benchmark's synthetic scale: every table the explorer reads, with each occupation
 * replicated N times under a distinct code, so the page queries and draws N× the rows.
 * For measuring only; the product ships the real data.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PARQUET_COPY_OPTIONS } from '../ingest/write-parquet';

const replicated = ['occupations', 'wages', 'projections', 'explorer_occupations'];

export async function writeScaledData(fromDir: string, toDir: string, n: number) {
	await mkdir(toDir, { recursive: true });
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	for (const f of await readdir(fromDir)) {
		// The build's .br/.gz copies are of the real data: served before the scaled file, they would hide it.
		if (/\.(br|gz)$/.test(f)) continue;
		const name = f.replace(/\.parquet$/, '');
		if (!f.endsWith('.parquet') || n === 1 || !replicated.includes(name)) {
			await copyFile(join(fromDir, f), join(toDir, f));
			continue;
		}
		// Replica k > 0 gets codes like 15-1242~k, so joins stay one-to-one.
		await c.run(`COPY (
			SELECT t.* REPLACE (CASE WHEN r.k = 0 THEN t.soc_code ELSE t.soc_code || '~' || r.k END AS soc_code)
			FROM read_parquet('${join(fromDir, f)}') AS t, range(${n}) AS r(k)
		) TO '${join(toDir, f)}' (${PARQUET_COPY_OPTIONS})`);
	}
	c.closeSync();
	db.closeSync();
}
