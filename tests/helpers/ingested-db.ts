/**
 * The query tests' starting point: the real BLS files ingested into a fresh temporary folder,
 * opened with the build's DuckDB, and the releases they hold.
 */
import { runIngest } from '../../scripts/ingest/run';
import { openNodeConnector } from '$lib/server/duckdb';
import { releasesRow, releasesSql } from '$lib/releases';
import { blsRawDir, sourcesDir, tempDir } from './ingest';

export async function openIngested(prefix: string) {
	const outDir = await tempDir(prefix);
	await runIngest({ rawDir: blsRawDir, sourcesDir, outDir });
	const db = await openNodeConnector(outDir);
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	return { outDir, db, releases };
}
