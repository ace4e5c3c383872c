import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WageRow } from '../../../src/lib/schema/tables';
import { knownTopCodes, parseOewsWages, topCodeFromNotes, type OewsOptions, type TopCode } from '../../../scripts/ingest/sources/oews-wages';
import { readWorkbook, type RawTable } from '../../../scripts/ingest/table';
import { expectIngestError, expectIngestErrorAsync, readFixture, removeTempDirs, tempDir, csvTableFromBytes } from '../../helpers/ingest';
import { fieldDescriptionLines, occ, oewsHeaders, oewsTable, writeOewsWorkbook, type OewsRow, type WorkbookSpec } from '../../helpers/oews-workbook';

const dir = await tempDir('oews-');
afterAll(removeTempDirs);

let n = 0;
/** Writes the workbook and reads its first sheet back as the ingest does. */
async function sheet(spec: WorkbookSpec, name = 'national_M2024_dl.xlsx'): Promise<RawTable> {
	const path = join(dir, `${n++}-${name}`);
	await writeOewsWorkbook(path, spec);
	return (await readWorkbook(path, `oews/${name}`)).sheet(0);
}

const national = (year: number, topCode: TopCode | undefined = knownTopCodes[year]): OewsOptions => ({ year, scope: 'national', topCode });
const find = (rows: WageRow[], code: string) => {
	const r = rows.filter((x) => x.soc_code === code);
	expect(r, code).toHaveLength(1);
	return r[0]!;
};

// May 2024, as published (11-3021, 15-1242, 29-1211, 27-2011, 13-1020 and others from national_M2024_dl.xlsx).
const rows2024: OewsRow[] = [
	occ('00-0000', 'All Occupations', 'total', 154187380, [32.66, 67920, 14.42, 17.66, 23.8, 37.89, 60.44, 29990, 36730, 49500, 78810, 125720]),
	occ('11-0000', 'Management Occupations', 'major', 10966830, [68.15, 141760, 27.41, 38.42, 58.7, 82.5, '#', 57010, 79900, 122090, 171610, '#']),
	occ('11-1030', 'Legislators', 'broad', 26510, ['*', 67390, '*', '*', '*', '*', '*', 20380, 29120, 44810, 80350, 137820], { ANNUAL: 'TRUE' }),
	occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 645970, [
		90.38,
		187990,
		50.22,
		64.59,
		82.31,
		103.95,
		'#',
		104450,
		134350,
		171200,
		216220,
		'#'
	]),
	occ('13-1020', 'Buyers and Purchasing Agents', 'broad', 486900, [39.29, 81720, 22.34, 28.21, 36.37, 47.69, 61.31, 46460, 58670, 75650, 99190, 127520]),
	occ('13-1020', 'Buyers and Purchasing Agents', 'detailed', 486900, [39.29, 81720, 22.34, 28.21, 36.37, 47.69, 61.31, 46460, 58670, 75650, 99190, 127520]),
	occ('15-1242', 'Database Administrators', 'detailed', 73180, [51.65, 107440, 27.32, 36.59, 50.3, 63.87, 77.35, 56820, 76100, 104620, 132850, 160890]),
	occ('27-2011', 'Actors', 'detailed', 38800, [44.4, '*', 14, 16.94, 23.33, 41.09, 97.19, '*', '*', '*', '*', '*'], { HOURLY: 'TRUE', PCT_RPT: '~' }),
	occ('29-1211', 'Anesthesiologists', 'detailed', 41890, [161.85, 336640, 59.83, 89.75, '#', '#', '#', 124450, 186680, '#', '#', '#']),
	// Not in the real national file (only state files have "**"), but the symbol is valid in any OEWS file.
	occ('45-3031', 'Fishing and Hunting Workers', 'detailed', '**', [18.5, 38480, 12.1, 14.3, 17.2, 21.9, 27.4, 25170, 29740, 35780, 45550, 56990])
];
// Sheet rows: header 1, then 2 … 11 for the rows above, then filler.

describe('OEWS national, 2024 layout (upper case, PRIM_STATE, PCT_RPT, blank ANNUAL/HOURLY as "")', async () => {
	const table = await sheet({ layout: 2024, rows: rows2024, filler: 520 });
	const { rows, warnings } = parseOewsWages(table, national(2024));

	it('writes the real header and empty-string cells', () => {
		expect(table.rows[0]!.cells).toEqual(oewsHeaders[2024]);
		expect(table.rows[1]!.cells.slice(-2)).toEqual(['', '']);
	});

	it('reads 11-3021 as published, with the national area', () => {
		expect(find(rows, '11-3021')).toEqual({
			soc_code: '11-3021',
			title: 'Computer and Information Systems Managers',
			soc_level: 'detailed',
			year: 2024,
			area_code: '99',
			area_title: 'U.S.',
			area_type: 'national',
			state: null,
			tot_emp: 645970,
			jobs_per_1000: null,
			loc_quotient: null,
			a_mean: 187990,
			a_pct10: 104450,
			a_pct25: 134350,
			a_median: 171200,
			a_pct75: 216220,
			a_pct90: 239200,
			h_mean: 90.38,
			h_median: 82.31,
			tot_emp_flag: 'published',
			jobs_per_1000_flag: 'not_applicable',
			loc_quotient_flag: 'not_applicable',
			a_mean_flag: 'published',
			a_pct10_flag: 'published',
			a_pct25_flag: 'published',
			a_median_flag: 'published',
			a_pct75_flag: 'published',
			a_pct90_flag: 'topcoded',
			h_mean_flag: 'published',
			h_median_flag: 'published',
			annual_only: false,
			hourly_only: false,
			soc_version: '2018'
		});
	});

	it('stores "#" as the annual cap in a_ columns and the hourly cap in h_ columns', () => {
		const a = find(rows, '29-1211');
		expect([a.a_median, a.a_median_flag, a.a_pct90, a.a_pct90_flag]).toEqual([239_200, 'topcoded', 239_200, 'topcoded']);
		expect([a.h_median, a.h_median_flag]).toEqual([115, 'topcoded']);
		expect([a.a_pct25, a.a_pct25_flag, a.h_mean, a.h_mean_flag]).toEqual([186_680, 'published', 161.85, 'published']);
	});

	it('stores "*" as a suppressed null', () => {
		const leg = find(rows, '11-1030');
		expect([leg.h_mean, leg.h_mean_flag, leg.h_median_flag, leg.a_mean]).toEqual([null, 'suppressed', 'suppressed', 67390]);
		const actors = find(rows, '27-2011');
		expect([actors.a_mean, actors.a_mean_flag, actors.a_median_flag, actors.h_median]).toEqual([null, 'suppressed', 'suppressed', 23.33]);
	});

	it('reads ANNUAL / HOURLY "TRUE" and "" (and ignores PCT_RPT "~")', () => {
		expect([find(rows, '11-1030').annual_only, find(rows, '11-1030').hourly_only]).toEqual([true, false]);
		expect([find(rows, '27-2011').annual_only, find(rows, '27-2011').hourly_only]).toEqual([false, true]);
	});

	it('keeps a code listed as both broad and detailed with equal estimates once, as detailed', () => {
		expect(find(rows, '13-1020')).toMatchObject({ soc_level: 'detailed', a_median: 75650 });
		expect(warnings).toEqual(['1 codes listed as both broad and detailed with equal estimates, kept once']);
		expect(rows).toHaveLength(10 - 1 + 520);
	});

	it('stores "**" in an employment column as a suppressed null', () => {
		expect(find(rows, '45-3031')).toMatchObject({ tot_emp: null, tot_emp_flag: 'suppressed', a_median: 35780, a_median_flag: 'published' });
	});

	it('keeps every level', () => {
		expect(find(rows, '00-0000').soc_level).toBe('total');
		expect(find(rows, '11-0000')).toMatchObject({ soc_level: 'major', a_pct90: 239_200, a_pct90_flag: 'topcoded' });
	});
});

describe('OEWS national, 2014 layout (OCC_GROUP, no AREA, no Field Descriptions)', async () => {
	const rows2014: OewsRow[] = [
		occ('00-0000', 'All Occupations', 'total', 135128260, [22.71, 47230, 8.82, 11.04, 17.09, 27.75, 43.3, 18350, 22950, 35540, 57720, 90060]),
		occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 330360, [
			65.52,
			136280,
			37.73,
			47.75,
			61.37,
			77.66,
			'#',
			78470,
			99320,
			127640,
			161520,
			'#'
		]),
		occ('13-1020', 'Buyers and Purchasing Agents', 'broad', 410230, [30.22, 62850, 16.52, 21.29, 28.14, 37.05, 46.67, 34370, 44280, 58520, 77070, 97070]),
		occ('15-1141', 'Database Administrators', 'detailed', 112170, [39.56, 82280, 21.38, 28.42, 38.6, 49.76, 59.51, 44470, 59100, 80280, 103500, 123780]),
		occ('27-2011', 'Actors', 'detailed', 59210, [37.28, '*', 9, 11.97, 19.82, 49.7, '#', '*', '*', '*', '*', '*'], { HOURLY: 'TRUE' }),
		occ('29-1061', 'Anesthesiologists', 'detailed', 29890, ['#', '#', 55.5, '#', '#', '#', '#', 115440, '#', '#', '#', '#'])
	];
	const table = await sheet({ layout: 2014, rows: rows2014, filler: 520 }, 'national_M2014_dl.xlsx');
	const { rows, warnings } = parseOewsWages(table, national(2014));

	it('has the 2014 header and leaves blank ANNUAL/HOURLY cells out', () => {
		expect(table.rows[0]!.cells).toEqual(oewsHeaders[2014]);
		expect(table.rows[0]!.cells).not.toContain('AREA');
		expect(table.rows[1]!.cells).toHaveLength(18);
	});

	it('reads rows as national, SOC 2010, with the 2014 caps', () => {
		expect(find(rows, '11-3021')).toMatchObject({
			area_code: '99',
			area_type: 'national',
			state: null,
			tot_emp: 330360,
			a_median: 127640,
			a_pct90: 187_200,
			a_pct90_flag: 'topcoded',
			soc_version: '2010'
		});
		const anest = find(rows, '29-1061');
		expect([anest.h_mean, anest.h_median, anest.a_mean, anest.a_median, anest.a_pct10]).toEqual([90, 90, 187_200, 187_200, 115440]);
		expect(find(rows, '27-2011')).toMatchObject({ hourly_only: true, annual_only: false, a_mean_flag: 'suppressed', h_median: 19.82 });
		expect(find(rows, '15-1141')).toMatchObject({ jobs_per_1000: null, jobs_per_1000_flag: 'not_applicable', loc_quotient_flag: 'not_applicable' });
		expect(warnings).toEqual([]);
	});
});

describe('OEWS national, 2019 layout (lower-case headers, hybrid SOC)', async () => {
	const rows2019: OewsRow[] = [
		occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 433960, [
			75.19,
			156390,
			42.06,
			54.38,
			70.37,
			89.24,
			'#',
			87480,
			113110,
			146360,
			185610,
			'#'
		]),
		occ('13-1020', 'Buyers and Purchasing Agents', 'detailed', 421280, [33.5, 69680, 18.38, 23.69, 30.95, 40.69, 51.69, 38230, 49280, 64380, 84630, 107510]),
		occ('13-1020', 'Buyers and Purchasing Agents', 'broad', 421280, [33.5, 69680, 18.38, 23.69, 30.95, 40.69, 51.69, 38230, 49280, 64380, 84630, 107510]),
		occ(
			'15-1245',
			'Database Administrators and Architects',
			'detailed',
			125460,
			[46.21, 96110, 24.91, 32.86, 45.07, 58.12, 71.18, 51800, 68340, 93750, 120880, 148060]
		),
		occ('29-1211', 'Anesthesiologists', 'detailed', 31010, [125.83, 261730, 59.65, '#', '#', '#', '#', 124080, '#', '#', '#', '#'])
	];
	const path = join(dir, 'national_M2019_dl.xlsx');
	const table = await (async () => {
		await writeOewsWorkbook(path, { layout: 2019, rows: rows2019, filler: 520, fieldDescriptions: fieldDescriptionLines(2019, '100.00', '208,000') });
		return (await readWorkbook(path, 'oews/national_M2019_dl.xlsx')).sheet(0);
	})();
	const { rows, warnings } = parseOewsWages(table, national(2019));

	it('has lower-case headers and empty-string jobs_1000 / loc_quotient', () => {
		expect(table.rows[0]!.cells.slice(0, 3)).toEqual(['area', 'area_title', 'area_type']);
		expect(table.rows[1]!.cells.slice(12, 14)).toEqual(['', '']);
	});

	it('reads the rows by their lower-case names', () => {
		expect(find(rows, '11-3021')).toMatchObject({
			area_code: '99',
			tot_emp: 433960,
			a_median: 146360,
			a_pct90: 208_000,
			a_pct90_flag: 'topcoded',
			jobs_per_1000_flag: 'not_applicable',
			soc_version: '2018-hybrid'
		});
		expect(find(rows, '15-1245')).toMatchObject({ a_median: 93750, soc_level: 'detailed' });
		expect(find(rows, '29-1211')).toMatchObject({ h_median: 100, h_median_flag: 'topcoded', a_median: 208_000, a_pct10: 124080 });
	});

	it('merges the detailed-then-broad pair too', () => {
		expect(find(rows, '13-1020').soc_level).toBe('detailed');
		expect(warnings).toHaveLength(1);
	});

	it('reads the top-code from the Field Descriptions sheet', async () => {
		const wb = await readWorkbook(path, 'oews/national_M2019_dl.xlsx');
		expect(wb.sheetNames).toContain('Field Descriptions');
		const notes = wb.sheet('Field Descriptions').rows.map((r) => r.cells.filter((c) => c !== null).join(' '));
		expect(notes[0]).toBe('May 2019 OEWS Estimates');
		expect(topCodeFromNotes(notes)).toEqual({ hourly: 100, annual: 208_000 });
	});
});

describe('OEWS top-codes', () => {
	it('reads each release note format', () => {
		expect(topCodeFromNotes(fieldDescriptionLines(2024))).toEqual({ hourly: 115, annual: 239_200 });
		expect(topCodeFromNotes(['#  = indicates a wage equal to or greater than $100.00 per hour or $208,000 per year '])).toEqual({
			hourly: 100,
			annual: 208_000
		});
		expect(topCodeFromNotes(['*  = indicates that a wage estimate is not available'])).toBeUndefined();
	});

	it('knows the cap of every release from May 2014 to May 2025', () => {
		expect(Object.keys(knownTopCodes).map(Number)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect([knownTopCodes[2015], knownTopCodes[2021], knownTopCodes[2022]]).toEqual([
			{ hourly: 90, annual: 187_200 },
			{ hourly: 100, annual: 208_000 },
			{ hourly: 115, annual: 239_200 }
		]);
	});

	it('stores the cap a Field Descriptions sheet gives', async () => {
		const path = join(dir, 'national_M2030_dl.xlsx');
		await writeOewsWorkbook(path, { layout: 2024, rows: rows2024, filler: 520, fieldDescriptions: fieldDescriptionLines(2030, '130.00', '270,400') });
		const wb = await readWorkbook(path, 'oews/national_M2030_dl.xlsx');
		const topCode = topCodeFromNotes(wb.sheet('Field Descriptions').rows.map((r) => r.cells.filter((c) => c !== null).join(' ')));
		expect(topCode).toEqual({ hourly: 130, annual: 270_400 });
		const { rows } = parseOewsWages(wb.sheet(0), { year: 2030, scope: 'national', topCode });
		expect(find(rows, '11-3021')).toMatchObject({ a_pct90: 270_400, a_pct90_flag: 'topcoded' });
		expect(find(rows, '29-1211')).toMatchObject({ h_median: 130, a_median: 270_400 });
	});

	it('May 2025 has no "#": percentiles above the old cap are published values', async () => {
		const rows2025 = [
			occ(
				'11-3021',
				'Computer and Information Systems Managers',
				'detailed',
				670570,
				[92.39, 192160, 51.71, 66.38, 84.2, 106.12, 143.03, 107550, 138060, 175140, 220730, 297510]
			),
			occ('29-1211', 'Anesthesiologists', 'detailed', 38760, [173.35, 360570, 48.78, 99.52, 188.22, 235.83, 267.85, 101460, 207000, 391490, 490530, 557130])
		];
		const { rows } = parseOewsWages(
			await sheet({ layout: 2024, rows: rows2025, filler: 520, sheetName: 'national_M2025_dl' }, 'national_M2025_dl.xlsx'),
			national(2025)
		);
		expect(find(rows, '11-3021')).toMatchObject({ a_pct90: 297_510, a_pct90_flag: 'published' });
		expect(find(rows, '29-1211')).toMatchObject({ a_median: 391_490, a_median_flag: 'published', h_median: 188.22 });
		expect(rows.filter((r) => Object.entries(r).some(([k, v]) => k.endsWith('_flag') && v === 'topcoded'))).toEqual([]);
	});
});

describe('OEWS state CSV (May 2024 IT subset)', async () => {
	const table = await csvTableFromBytes(await readFixture('oews-state', 'state-may2024-subset.csv'), 'oews-state/state-may2024-subset.csv');
	const { rows } = parseOewsWages(table, { year: 2024, scope: 'state', topCode: knownTopCodes[2024] });
	const at = (st: string, code: string) => {
		const r = rows.filter((x) => x.state === st && x.soc_code === code);
		expect(r, `${st} ${code}`).toHaveLength(1);
		return r[0]!;
	};

	it('reads every row, states and DC as "state", GU, PR and VI as "territory"', () => {
		expect(rows).toHaveLength(12);
		expect(at('AL', '11-3021')).toMatchObject({
			area_code: '01',
			area_title: 'Alabama',
			area_type: 'state',
			tot_emp: 6480,
			loc_quotient: 0.74,
			a_median: 133500
		});
		expect(at('DC', '11-3021').area_type).toBe('state');
		for (const st of ['GU', 'PR', 'VI']) for (const r of rows.filter((x) => x.state === st)) expect(r.area_type, st).toBe('territory');
		expect(at('GU', '15-1232')).toMatchObject({ area_code: '66', area_title: 'Guam', tot_emp: 220 });
	});

	it('keeps the published values, with "#" as the May 2024 cap', () => {
		expect(at('CA', '11-3021')).toMatchObject({
			tot_emp: 100020,
			jobs_per_1000: 5.539,
			jobs_per_1000_flag: 'published',
			loc_quotient: 1.32,
			a_median: 211_340,
			a_pct75: 239_200,
			a_pct75_flag: 'topcoded',
			a_pct90: 239_200,
			a_pct90_flag: 'topcoded',
			h_median: 101.6
		});
	});

	it('NH 11-3021: employment suppressed ("**"), wages published', () => {
		expect(at('NH', '11-3021')).toMatchObject({
			tot_emp: null,
			tot_emp_flag: 'suppressed',
			jobs_per_1000_flag: 'suppressed',
			loc_quotient_flag: 'suppressed',
			a_median: 177_160,
			a_median_flag: 'published'
		});
	});

	it('MT 11-3021: every wage suppressed ("*"), employment published', () => {
		const mt = at('MT', '11-3021');
		expect(mt).toMatchObject({ tot_emp: 1250, tot_emp_flag: 'published', a_median: null, a_median_flag: 'suppressed', h_mean_flag: 'suppressed' });
		for (const c of ['a_mean', 'a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90', 'h_mean', 'h_median'] as const)
			expect(mt[`${c}_flag`]).toBe('suppressed');
	});

	it('reads quoted titles with commas and has no Guam 11-3021', () => {
		expect(at('AL', '15-1299').title).toBe('Computer Occupations, All Other');
		expect(rows.some((r) => r.state === 'GU' && r.soc_code === '11-3021')).toBe(false);
	});
});

describe('OEWS: bad input names the file, row and column', () => {
	const file = 'oews/national_M2024_dl.xlsx';
	/** In-memory sheet (see oewsTable); the workbook round trip is covered above. */
	const table2024 = (spec: WorkbookSpec, name = 'national_M2024_dl.xlsx') => oewsTable(`oews/${name}`, spec);
	const withCell = (row: number, col: string, value: string | number): OewsRow[] => rows2024.map((r, i) => (i === row - 2 ? { ...r, [col]: value } : r));

	it.each([
		['A_MEDIAN', '##'],
		['A_PCT90', '~~'],
		['H_MEDIAN', '**'],
		['A_MEAN', 'n/a'],
		['A_PCT10', -5]
	])('an unknown symbol in wage column %s: %j', async (col, value) => {
		const table = table2024({ layout: 2024, rows: withCell(5, col, value), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 5,
			column: col,
			problem: `expected a number or one of BLS's symbols * #, got ${JSON.stringify(String(value))}`
		});
	});

	it('"#" in an employment column', async () => {
		const table = table2024({ layout: 2024, rows: withCell(5, 'TOT_EMP', '#'), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 5,
			column: 'TOT_EMP',
			problem: `expected a number or one of BLS's symbols * **, got "#"`
		});
	});

	it('a "#" when the release has no known top-code', async () => {
		const table = table2024({ layout: 2024, rows: rows2024, filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2031, undefined)), {
			file,
			row: 3,
			column: 'A_PCT90',
			problem: 'the top-code for May 2031 is unknown'
		});
	});

	it('an unknown O_GROUP level', async () => {
		const table = table2024({ layout: 2024, rows: withCell(8, 'OCC_GROUP', 'subgroup'), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 8,
			column: 'O_GROUP',
			problem: 'expected one of total, major, minor, broad, detailed, got "subgroup"'
		});
	});

	it('a bad ANNUAL flag', async () => {
		const table = table2024({ layout: 2024, rows: withCell(5, 'ANNUAL', 'FALSE?'), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), { file, row: 5, column: 'ANNUAL', problem: 'expected TRUE or an empty cell, got "FALSE?"' });
	});

	it('a duplicate SOC code with different estimates', async () => {
		const table = table2024({ layout: 2024, rows: withCell(7, 'A_MEDIAN', 75660), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), { file, row: 7, column: 'OCC_CODE', problem: 'duplicate row for 13-1020 (first on row 6)' });
	});

	it('a duplicate SOC code at the same level, even with equal estimates', async () => {
		const table = table2024({ layout: 2024, rows: withCell(6, 'OCC_GROUP', 'detailed'), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), { file, row: 7, column: 'OCC_CODE', problem: 'duplicate row for 13-1020 (first on row 6)' });
	});

	it('a duplicate at two levels other than broad and detailed', async () => {
		const rows = withCell(6, 'OCC_GROUP', 'minor');
		const table = table2024({ layout: 2024, rows, filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), { file, row: 7, column: 'OCC_CODE', problem: 'duplicate row for 13-1020 (first on row 6)' });
	});

	it('a missing (renamed) column', async () => {
		const header = oewsHeaders[2024].map((h) => (h === 'H_MEDIAN' ? 'H_MED' : h));
		const table = table2024({ layout: 2024, rows: rows2024, filler: 520, header });
		const err = expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 1,
			column: 'H_MEDIAN',
			problem: 'missing column "H_MEDIAN" for an OEWS national file'
		});
		expect(err.message).toContain('H_MED |');
	});

	it('a renamed key column: the header row is not found', async () => {
		const header = oewsHeaders[2024].map((h) => (h === 'A_MEDIAN' ? 'A_MED' : h));
		const table = table2024({ layout: 2024, rows: rows2024, filler: 520, header });
		const err = expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 1,
			problem: 'this does not look like an OEWS national file: no header row with /^OCC_CODE$/i, /^TOT_EMP$/i, /^A_MEDIAN$/i'
		});
		expect(err.message).toContain('(first row: AREA | AREA_TITLE');
	});

	it('a new column in a future release', async () => {
		const header = [...oewsHeaders[2024], 'A_PCT95'];
		const extraCells = Object.fromEntries(rows2024.map((_, i) => [i, [250000]]));
		const table = table2024({ layout: 2024, rows: rows2024, filler: 520, header, extraCells });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 1,
			column: 'A_PCT95',
			problem: 'unexpected column "A_PCT95": the layout of an OEWS national file has changed'
		});
	});

	it('an industry file (NAICS other than cross-industry)', async () => {
		const table = table2024({ layout: 2024, rows: withCell(2, 'NAICS', '541500'), filler: 520 });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 2,
			column: 'NAICS',
			problem: 'expected cross-industry rows (NAICS 000000), got 541500: is this an industry file?'
		});
	});

	it('a state workbook in the national slot', async () => {
		const ca = { AREA: '06', AREA_TITLE: 'California', AREA_TYPE: '2', PRIM_STATE: 'CA' };
		const filler = Array.from({ length: 520 }, (_, i) =>
			occ(`99-${2000 + i}`, `Filler ${i}`, 'detailed', 100, [20, 41600, 10, 15, 20, 25, 30, 20800, 31200, 41600, 52000, 62400])
		);
		const table = table2024({ layout: 2024, rows: [...rows2024, ...filler].map((r) => ({ ...r, ...ca })) });
		expectIngestError(() => parseOewsWages(table, national(2024)), {
			file,
			row: 2,
			column: 'AREA',
			problem: 'expected national rows (AREA 99), got AREA 06: is this a state or metro file in the national slot?'
		});
	});

	it('the national workbook in the state slot', async () => {
		const table = table2024({ layout: 2024, rows: rows2024, filler: 10 }, 'state_M2024_dl.xlsx');
		expectIngestError(() => parseOewsWages(table, { year: 2024, scope: 'state', topCode: knownTopCodes[2024] }), {
			file: 'oews/state_M2024_dl.xlsx',
			row: 2,
			column: 'AREA',
			problem: 'expected a state row (2-digit AREA and PRIM_STATE), got AREA 99'
		});
	});

	it('a 2014-layout file (no AREA) in the state slot', async () => {
		const table = table2024(
			{ layout: 2014, rows: [occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 1, [1, 2, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])] },
			'state_M2014_dl.xlsx'
		);
		expectIngestError(() => parseOewsWages(table, { year: 2014, scope: 'state', topCode: knownTopCodes[2014] }), {
			file: 'oews/state_M2014_dl.xlsx',
			row: 1,
			column: 'AREA',
			problem: 'a state file needs the AREA, AREA_TITLE and PRIM_STATE columns'
		});
	});

	it('a national file with too few rows (truncated)', async () => {
		const table = table2024({ layout: 2024, rows: rows2024, filler: 100 });
		expectIngestError(() => parseOewsWages(table, national(2024)), { file, problem: 'only 110 occupations; a national file has over 1,000 (truncated file?)' });
	});

	it('a workbook cut in half', async () => {
		const path = join(dir, 'full.xlsx');
		await writeOewsWorkbook(path, { layout: 2024, rows: rows2024, filler: 520 });
		const bytes = await readFile(path);
		const half = join(dir, 'national_M2024_dl.xlsx');
		await writeFile(half, bytes.subarray(0, bytes.length >> 1));
		await expectIngestErrorAsync(() => readWorkbook(half, file), { file, problem: /not a readable \.xlsx workbook \(truncated, or not an Excel file\)/ });
	});

	it('an EP CSV named national_M2024_dl.xlsx', async () => {
		const path = join(dir, 'ep-as-national_M2024_dl.xlsx');
		await writeFile(path, await readFixture('ep', 'ep-2024-34-resaved.csv'));
		await expectIngestErrorAsync(() => readWorkbook(path, file), { file, problem: 'not a readable .xlsx workbook' });
	});

	it('a state CSV named national_M2024_dl.xlsx', async () => {
		const path = join(dir, 'state-as-national_M2024_dl.xlsx');
		await writeFile(path, await readFixture('oews-state', 'state-may2024-subset.csv'));
		await expectIngestErrorAsync(() => readWorkbook(path, file), { file, problem: 'not a readable .xlsx workbook' });
	});

	describe('state CSV', () => {
		const sfile = 'oews-state/state-may2024-subset.csv';
		const stateRows = async (edit: (lines: string[]) => string[]) => {
			const lines = (await readFixture('oews-state', 'state-may2024-subset.csv')).split('\n');
			return csvTableFromBytes(edit(lines).join('\n'), sfile);
		};
		const parseState = (t: RawTable) => parseOewsWages(t, { year: 2024, scope: 'state', topCode: knownTopCodes[2024] });

		it('a duplicate row for one state', async () => {
			const t = await stateRows((l) => [...l.slice(0, 5), l[4]!, ...l.slice(5)]);
			expectIngestError(() => parseState(t), { file: sfile, row: 6, column: 'OCC_CODE', problem: 'duplicate row for 11-3021 in California (first on row 5)' });
		});

		it('a malformed AREA', async () => {
			const t = await stateRows((l) => l.map((x, i) => (i === 6 ? x.replace(/^30,/, '30A,') : x)));
			expectIngestError(() => parseState(t), {
				file: sfile,
				row: 7,
				column: 'AREA',
				problem: 'expected a state row (2-digit AREA and PRIM_STATE), got AREA 30A'
			});
		});

		it('"**" in a wage column', async () => {
			const t = await stateRows((l) => l.map((x, i) => (i === 7 ? x.replace(',177160,', ',**,') : x)));
			expectIngestError(() => parseState(t), { file: sfile, row: 8, column: 'A_MEDIAN', problem: `expected a number or one of BLS's symbols * #, got "**"` });
		});

		it('a row cut short', async () => {
			const t = await stateRows((l) => l.map((x, i) => (i === 12 ? x.slice(0, x.indexOf(',Computer')) : x)));
			expectIngestError(() => parseState(t), { file: sfile, row: 13, column: 'OCC_TITLE', problem: 'the row has 9 fields, the header has 32' });
		});
	});
});
