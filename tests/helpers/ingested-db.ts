/**
 * The query tests' starting point: the real BLS files ingested, opened with the build's DuckDB,
 * and the releases they hold. The ingest runs once per test run, in whichever worker asks first
 * (a lock folder); the other files wait for it and open the same, read-only output.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { runIngest } from '../../scripts/ingest/run';
import { openNodeConnector } from '$lib/server/duckdb';
import { releasesRow, releasesSql } from '$lib/releases';
import { blsRawDir, sourcesDir } from './ingest';

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

/** The folder of the run's one ingest of the real files (read-only: other test files read it too). */
export async function sharedIngest(): Promise<string> {
	const base = inject('sharedIngestDir');
	const outDir = join(base, 'out');
	const [lock, done, failed] = ['lock', 'done', 'failed'].map((n) => join(base, n)) as [string, string, string];
	const mine = await mkdir(lock).then(
		() => true,
		() => false
	);
	if (mine) {
		try {
			await runIngest({ rawDir: blsRawDir, sourcesDir, outDir });
		} catch (e) {
			await writeFile(failed, e instanceof Error ? e.message : String(e));
			throw e;
		}
		await writeFile(done, '');
		return outDir;
	}
	for (const deadline = Date.now() + 300_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
		if (await exists(done)) return outDir;
		if (await exists(failed)) throw new Error(`the shared ingest failed in another test file: ${await readFile(failed, 'utf8')}`);
	}
	throw new Error('the shared ingest did not finish within 5 minutes');
}

export async function openIngested() {
	const outDir = await sharedIngest();
	const db = await openNodeConnector(outDir);
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	return { outDir, db, releases };
}
