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
	const files = await readdir(fromDir);
	const scaled = (f: string) => n > 1 && f.endsWith('.parquet') && replicated.includes(f.replace(/\.parquet$/, ''));
	// Replica k > 0 of an occupation gets a code of its own that is still a valid SOC code (the page
	// checks every row), from 60-0000 up, where SOC has no major groups: one number per code and replica.
	const sources = files.filter(scaled).map((f) => `SELECT soc_code FROM read_parquet('${join(fromDir, f)}')`);
	if (sources.length)
		await c.run(`CREATE TABLE codes AS SELECT soc_code, (row_number() OVER (ORDER BY soc_code) - 1)::BIGINT AS i, count(*) OVER ()::BIGINT AS m
			FROM (${sources.join(' UNION ')})`);
	for (const f of files) {
		// The build's .br/.gz copies are of the real data: served before the scaled file, they would hide it.
		if (/\.(br|gz)$/.test(f)) continue;
		if (!scaled(f)) {
			await copyFile(join(fromDir, f), join(toDir, f));
			continue;
		}
		await c.run(`COPY (
			SELECT t.* REPLACE (CASE WHEN r.k = 0 THEN t.soc_code
				ELSE printf('%02d-%04d', 60 + ((r.k - 1) * m + i) // 10000, ((r.k - 1) * m + i) % 10000) END AS soc_code)
			FROM read_parquet('${join(fromDir, f)}') AS t JOIN codes USING (soc_code), range(${n}) AS r(k)
		) TO '${join(toDir, f)}' (${PARQUET_COPY_OPTIONS})`);
	}
	c.closeSync();
	db.closeSync();
}
