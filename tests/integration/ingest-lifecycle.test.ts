/**
 * The ingest's life over releases: a new BLS release in a known layout is picked up by dropping
 * the file in the raw folder, and an ingest killed while writing leaves the previous output.
 */
import { spawn } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run';
import { blsRawDir, hashFolder, projectRoot, removeTempDirs, sourcesDir, tempDir } from '../helpers/ingest';
import { openParquet } from '../helpers/duckdb';
import { sharedIngest } from '../helpers/ingested-db';
import { makeRawFolder } from '../helpers/raw-folder';

afterAll(removeTempDirs);

/** The May 2025 workbook, relabelled as a May 2026 release: the same layout BLS would ship. */
async function may2026Workbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(join(blsRawDir, 'oews', 'national_M2025_dl.xlsx'));
	const notes = wb.getWorksheet('Field Descriptions')!;
	notes.getCell('A1').value = 'May 2026 OEWS Estimates';
	const data = wb.worksheets[0]!;
	// One value changed so the new release is distinguishable: 11-3021's median.
	data.eachRow((row) => {
		if (row.getCell(9).value === '11-3021') row.getCell(28).value = 180_000; // OCC_CODE, A_MEDIAN
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a new release in a known layout', () => {
	it('OEWS May 2026 dropped into the raw folder is ingested with no code change', { timeout: 120_000 }, async () => {
		const raw = await makeRawFolder({ write: { 'oews/national_M2026_dl.xlsx': await may2026Workbook() } });
		const out = join(await tempDir('out-'), 'data');
		const manifest = await runIngest({ rawDir: raw, sourcesDir, outDir: out });
		expect(manifest.inputs.map((i) => i.release)).toContain('OEWS May 2026');
		const db = await openParquet(out);
		const rows = await db.all<{ year: number; a_median: number }>(
			`SELECT year, a_median FROM wages WHERE soc_code = '11-3021' AND area_type = 'national' AND year >= 2025 ORDER BY year`
		);
		db.close();
		expect(rows.map((r) => [r.year, r.a_median])).toEqual([
			[2025, 175140],
			[2026, 180000]
		]);
	});
});

describe('an ingest killed while it writes', () => {
	it('leaves the previous output byte-identical, and the next run cleans up after it', async () => {
		const parent = await tempDir('killed-');
		const out = join(parent, 'data');
		// The previous output: a copy of the run's shared ingest of the same files.
		await cp(await sharedIngest(), out, { recursive: true });
		const before = await hashFolder(out);

		const child = spawn('npx', ['tsx', 'scripts/ingest.ts', '--quiet', '--out', out], { cwd: projectRoot, stdio: 'ignore', detached: true });
		// Kill it (SIGKILL, no chance to clean up) as soon as its temporary folder holds a Parquet file.
		const killedWhileWriting = await new Promise<boolean>((resolve) => {
			const timer = setInterval(async () => {
				const tmp = (await readdir(parent)).find((f) => f.startsWith('data.tmp-'));
				const files = tmp ? await readdir(join(parent, tmp)).catch(() => []) : [];
				if (files.some((f) => f.endsWith('.parquet'))) {
					clearInterval(timer);
					process.kill(-child.pid!, 'SIGKILL');
					resolve(true);
				}
			}, 2);
			child.on('exit', () => {
				clearInterval(timer);
				resolve(false);
			});
		});
		expect(killedWhileWriting).toBe(true);
		await new Promise((r) => setTimeout(r, 200));
		expect(await hashFolder(out)).toEqual(before);
		expect((await readdir(parent)).some((f) => f.startsWith('data.tmp-'))).toBe(true);

		await runIngest({ rawDir: blsRawDir, sourcesDir, outDir: out });
		expect(await readdir(parent)).toEqual(['data']);
		expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).tables.wages.rows).toBeGreaterThan(17_000);
	}, 120_000);
});
