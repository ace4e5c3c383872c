/**
 * The OEWS industry-sector workbook (natsector_M2024_dl.xlsx layout) through the streaming reader
 * and parseOewsIndustry: the national file's symbols and flags, per sector, and broken inputs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTableRows } from '../../../scripts/ingest/contract';
import { parseOewsIndustry } from '../../../scripts/ingest/sources/oews-industry';
import { readWorkbook, type RawTable } from '../../../scripts/ingest/table';
import { readWorkbookStream } from '../../../scripts/ingest/workbook-stream';
import { expectIngestErrorAsync, removeTempDirs, tempDir } from '../../helpers/ingest';
import { sampleSectors, writeNatsectorWorkbook, type NatsectorSpec } from '../../helpers/natsector-workbook';
import { fieldDescriptionLines, occ, oewsHeaders } from '../../helpers/oews-workbook';

const dir = await tempDir('natsector-');
afterAll(removeTempDirs);

const file = 'oews-industry/natsector_M2024_dl.xlsx';
let n = 0;
async function workbookPath(spec: NatsectorSpec): Promise<string> {
	const path = join(dir, `${n++}-natsector_M2024_dl.xlsx`);
	await writeNatsectorWorkbook(path, spec);
	return path;
}
const parse = async (spec: NatsectorSpec, year = 2024) => parseOewsIndustry(await readWorkbookStream(await workbookPath(spec), file), year);
// Sheet rows: header 1; Manufacturing 2–5 (00-0000, 11-3021, 13-1020 broad, 13-1020 detailed); Information 6–9.

describe('OEWS May 2024 by industry sector', async () => {
	const { rows, read, warnings } = await parse({ sectors: sampleSectors() });
	const find = (naics: string, code: string) => rows.find((r) => r.naics === naics && r.soc_code === code)!;

	it('11-3021 in Information (51): 85,400 jobs, median $196,060, the 75th and 90th percentiles top-coded', () => {
		expect(find('51', '11-3021')).toEqual({
			soc_code: '11-3021',
			title: 'Computer and Information Systems Managers',
			soc_level: 'detailed',
			year: 2024,
			area_code: '99',
			area_title: 'U.S.',
			area_type: 'national',
			state: null,
			tot_emp: 85400,
			jobs_per_1000: null,
			loc_quotient: null,
			a_mean: 209630,
			a_pct10: 113620,
			a_pct25: 153470,
			a_median: 196060,
			a_pct75: 239200,
			a_pct90: 239200,
			h_mean: 100.78,
			h_median: 94.26,
			tot_emp_flag: 'published',
			jobs_per_1000_flag: 'not_applicable',
			loc_quotient_flag: 'not_applicable',
			a_mean_flag: 'published',
			a_pct10_flag: 'published',
			a_pct25_flag: 'published',
			a_median_flag: 'published',
			a_pct75_flag: 'topcoded',
			a_pct90_flag: 'topcoded',
			h_mean_flag: 'published',
			h_median_flag: 'published',
			annual_only: false,
			hourly_only: false,
			soc_version: '2018',
			naics: '51',
			naics_title: 'Information'
		});
	});

	it('keeps a hyphenated sector code as text (31-33)', () => {
		expect(find('31-33', '11-3021')).toMatchObject({ naics: '31-33', naics_title: 'Manufacturing', tot_emp: 41980, a_median: 169770 });
	});

	it('reads ** as suppressed employment, * as a suppressed wage, TRUE, and ignores PCT_RPT ~', () => {
		expect(find('51', '25-1011')).toMatchObject({
			tot_emp: null,
			tot_emp_flag: 'suppressed',
			h_mean: null,
			h_mean_flag: 'suppressed',
			a_median: 88420,
			annual_only: true
		});
		expect(find('51', '27-2011')).toMatchObject({ a_mean: null, a_mean_flag: 'suppressed', h_median: 31.52, hourly_only: true });
	});

	it('keeps a code listed as both broad and detailed with equal estimates once per sector, as detailed', () => {
		expect(rows.filter((r) => r.soc_code === '13-1020').map((r) => [r.naics, r.soc_level])).toEqual([['31-33', 'detailed']]);
		expect(warnings).toEqual(['1 codes listed as both broad and detailed with equal estimates, kept once']);
		expect([read, rows.length]).toEqual([8, 7]);
	});

	it('meets the contract', () => {
		checkTableRows('industry_wages', rows);
	});

	it("uses the notes' top-code, and warns when it differs from the known one", async () => {
		const r = await parse({ sectors: sampleSectors(), fieldDescriptions: fieldDescriptionLines(2024, '120.00', '249,600') });
		expect(r.rows.find((x) => x.naics === '51' && x.soc_code === '11-3021')).toMatchObject({ a_pct90: 249600, a_pct90_flag: 'topcoded' });
		expect(r.warnings[0]).toBe('notes give top-code $249600, the known value is $239200; using the notes');
	});

	it('the streaming reader reads the sheet as readWorkbook does, an empty-string cell as an empty cell', async () => {
		const path = await workbookPath({ sectors: sampleSectors() });
		const [streamed, full] = [await readWorkbookStream(path, file), await readWorkbook(path, file)];
		expect(streamed.sheetNames).toEqual(['Natsector_M2024_dl', 'Field Descriptions', 'UpdateTime', 'Filler']);
		// Both mean blank to the OEWS cells (not applicable, or not TRUE); trailing blanks are left out.
		const blanks = (t: RawTable) =>
			t.rows.map((r) => {
				const cells = r.cells.map((c) => (c === '' ? null : c));
				while (cells.length && cells.at(-1) === null) cells.pop();
				return { ...r, cells };
			});
		expect(blanks(streamed.sheet(0))).toEqual(blanks(full.sheet(0)));
		expect(full.sheet(0).rows[1]!.cells.slice(-2)).toEqual(['', '']);
		expect(streamed.sheet('Field Descriptions').rows).toEqual(full.sheet('Field Descriptions').rows);
	});

	it('reads a workbook whose workbook.xml comes last, as exceljs writes it (the streaming reader cannot)', async () => {
		for (let i = 0; i < 3; i++) {
			const wb = await readWorkbookStream(await workbookPath({ sectors: sampleSectors(), zipOrder: 'exceljs' }), file);
			expect(wb.sheetNames).toEqual(['Natsector_M2024_dl', 'Field Descriptions', 'UpdateTime', 'Filler']);
			expect(parseOewsIndustry(wb, 2024).rows).toEqual(rows);
		}
	});
});

describe('broken sector files', () => {
	const dropped = (name: string) => oewsHeaders[2024].filter((h) => h !== name);

	it('a missing column', async () => {
		await expectIngestErrorAsync(() => parse({ sectors: sampleSectors(), header: dropped('NAICS_TITLE') }), {
			file,
			row: 1,
			column: 'NAICS_TITLE',
			problem: 'missing column "NAICS_TITLE" for an OEWS national industry-sector file'
		});
	});

	it('a renamed header', async () => {
		const header = oewsHeaders[2024].map((h) => (h === 'A_PCT75' ? 'A_P75' : h));
		await expectIngestErrorAsync(() => parse({ sectors: sampleSectors(), header }), { file, row: 1, column: 'A_PCT75', problem: 'missing column "A_PCT75"' });
	});

	it('text in a number', async () => {
		const sectors = sampleSectors();
		sectors[1]!.rows[1] = { ...sectors[1]!.rows[1]!, A_MEDIAN: 'n/a' };
		await expectIngestErrorAsync(() => parse({ sectors }), {
			file,
			row: 7,
			column: 'A_MEDIAN',
			problem: 'expected a number or one of BLS\'s symbols * #, got "n/a"'
		});
	});

	it('a truncated file', async () => {
		const path = await workbookPath({ sectors: sampleSectors() });
		const bytes = await readFile(path);
		await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
		await expectIngestErrorAsync(() => readWorkbookStream(path, file), { file, problem: 'not a readable .xlsx workbook' });
	});

	it('a duplicated key', async () => {
		const sectors = sampleSectors();
		sectors[1]!.rows.push(
			occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 85410, [
				100.78,
				209630,
				54.63,
				73.79,
				94.26,
				'#',
				'#',
				113620,
				153470,
				196060,
				'#',
				'#'
			])
		);
		await expectIngestErrorAsync(() => parse({ sectors }), {
			file,
			row: 10,
			column: 'OCC_CODE',
			problem: 'duplicate row for 11-3021 in NAICS 51 (first on row 7)'
		});
	});

	it('a sector without its All Occupations row (a cut file)', async () => {
		const sectors = sampleSectors();
		sectors[1]!.rows.shift();
		await expectIngestErrorAsync(() => parse({ sectors }), { file, column: 'OCC_CODE', problem: 'NAICS 51 has no All Occupations (00-0000) row' });
	});

	it('a 3-digit industry file, or a state one, in the sector slot', async () => {
		const sectors = sampleSectors();
		sectors[0]!.rows[1] = { ...sectors[0]!.rows[1]!, I_GROUP: '3-digit' };
		await expectIngestErrorAsync(() => parse({ sectors }), {
			file,
			row: 3,
			column: 'I_GROUP',
			problem: 'expected sector rows (I_GROUP sector), got "3-digit"'
		});
		const state = sampleSectors();
		state[0]!.rows[0] = { ...state[0]!.rows[0]!, AREA: '06' };
		await expectIngestErrorAsync(() => parse({ sectors: state }), { file, row: 2, column: 'AREA', problem: 'expected national rows (AREA 99), got AREA 06' });
	});

	it('notes of another year', async () => {
		await expectIngestErrorAsync(() => parse({ sectors: sampleSectors(), fieldDescriptions: fieldDescriptionLines(2023) }), {
			file,
			row: 1,
			column: 'Field Descriptions',
			problem: 'the file name says May 2024 but its notes say May 2023'
		});
	});
});
