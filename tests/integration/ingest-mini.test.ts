/**
 * runIngest's own logic on small raw folders (real SOC, CPI and one EP file linked, one generated
 * OEWS workbook): the Field Descriptions top-code and year check, and a first run into a folder
 * that does not exist yet.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run';
import { openParquet } from '../helpers/duckdb';
import { expectIngestErrorAsync, removeTempDirs, sourcesDir, tempDir } from '../helpers/ingest';
import { fieldDescriptionLines, occ, writeOewsWorkbook, type OewsRow } from '../helpers/oews-workbook';
import { makeRawFolder } from '../helpers/raw-folder';

afterAll(removeTempDirs);

const keep = (f: string) => f.startsWith('crosswalk/') || f.startsWith('cpi/') || f === 'ep/ep_2024_2034.csv';

const rows: OewsRow[] = [
	occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 670570, [
		92.39,
		192160,
		51.71,
		66.38,
		84.2,
		106.12,
		'#',
		107550,
		138060,
		175140,
		220730,
		'#'
	]),
	occ('29-1211', 'Anesthesiologists', 'detailed', 38760, [173.35, 360570, 48.78, 99.52, '#', '#', '#', 101460, 207000, '#', '#', '#'])
];

async function workbook(year: number, notes: string[]): Promise<Uint8Array> {
	const dir = await tempDir('wb-');
	const path = join(dir, `national_M${year}_dl.xlsx`);
	await writeOewsWorkbook(path, { layout: 2024, rows, filler: 520, sheetName: `national_M${year}_dl`, fieldDescriptions: notes });
	return readFile(path);
}

describe('runIngest on a small raw folder', () => {
	it('uses the top-code of the Field Descriptions sheet and warns when it differs from the known one', async () => {
		const file = 'oews/national_M2025_dl.xlsx';
		const raw = await makeRawFolder({ keep, write: { [file]: await workbook(2025, fieldDescriptionLines(2025, '120.00', '249,600')) } });
		const out = join(await tempDir('out-'), 'nested', 'data');
		const manifest = await runIngest({ rawDir: raw, sourcesDir, outDir: out });

		const input = manifest.inputs.find((i) => i.file === file)!;
		expect(input).toMatchObject({ kind: 'oews-national', release: 'OEWS May 2025', rows_read: 522, rows_kept: 522 });
		expect(input.warnings).toEqual(['notes give top-code $249600, the known value is $239200; using the notes']);

		const db = await openParquet(out);
		try {
			expect(await db.one(`SELECT a_pct90, a_pct90_flag, a_median FROM wages WHERE soc_code = '11-3021'`)).toEqual({
				a_pct90: 249600,
				a_pct90_flag: 'topcoded',
				a_median: 175140
			});
			expect(await db.one(`SELECT h_median, h_median_flag, a_median FROM wages WHERE soc_code = '29-1211'`)).toEqual({
				h_median: 120,
				h_median_flag: 'topcoded',
				a_median: 249600
			});
			expect(await db.one(`SELECT count(*)::INTEGER AS n FROM projections`)).toEqual({ n: 832 });
		} finally {
			db.close();
		}
	});

	it('rejects a workbook whose notes are for another year', async () => {
		const file = 'oews/national_M2024_dl.xlsx';
		const raw = await makeRawFolder({ keep, write: { [file]: await workbook(2024, fieldDescriptionLines(2023)) } });
		const out = join(await tempDir('out-'), 'data');
		await expectIngestErrorAsync(() => runIngest({ rawDir: raw, sourcesDir, outDir: out }), {
			file,
			row: 1,
			column: 'Field Descriptions',
			problem: 'the file name says May 2024 but its notes say May 2023'
		});
	});
});
