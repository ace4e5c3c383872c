/**
 * The state queries against the real Parquet, checked cell by cell against the BLS state file
 * itself (oews-state/state_M2024_dl_it_subset.csv): what the map and its table show must be the
 * file's figures, with `*`, `**` and `#` kept as flags.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/ingest/csv';
import { run } from '$lib/db/query';
import type { Releases } from '$lib/releases';
import { areaPayQuery, stateAreasQuery, stateListQuery, stateOccupationsQuery } from '$lib/states/queries';
import type { StateAreaRow } from '$lib/states/rows';
import { blsRawDir } from '../helpers/ingest';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;
let file: Record<string, string>[];

beforeAll(async () => {
	({ db, releases } = await openIngested());
	const [header, ...rows] = parseCsv(await readFile(join(blsRawDir, 'oews-state', 'state_M2024_dl_it_subset.csv'), 'utf8'), 'state file').map((r) => r.fields);
	file = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
});
afterAll(async () => {
	db?.close();
});

const areasOf = (code: string) => run(db, stateAreasQuery, { codes: [code], year: releases.state_year! });
const area = (rows: StateAreaRow[], st: string) => rows.find((r) => r.state === st)!;

/** A cell of the BLS file as the contract stores it. */
function expected(cell: string, topCode: number): { value: number | null; flag: string } {
	if (cell === '*' || cell === '**') return { value: null, flag: 'suppressed' };
	if (cell === '#') return { value: topCode, flag: 'topcoded' };
	if (cell === '') return { value: null, flag: 'not_applicable' };
	return { value: Number(cell), flag: 'published' };
}
const fileColumns = {
	tot_emp: 'TOT_EMP',
	jobs_per_1000: 'JOBS_1000',
	loc_quotient: 'LOC_QUOTIENT',
	a_pct10: 'A_PCT10',
	a_pct25: 'A_PCT25',
	a_median: 'A_MEDIAN',
	a_pct75: 'A_PCT75',
	a_pct90: 'A_PCT90',
	a_mean: 'A_MEAN'
} as const;

test('the state year is May 2024', () => {
	expect(releases.state_year).toBe(2024);
});

describe('occupations with state data', () => {
	test('are the detailed occupations of the state file: 11-3021 and the 15-xxxx codes', async () => {
		const rows = await run(db, stateOccupationsQuery, { year: 2024 });
		const codes = rows.map((r) => r.soc_code);
		expect(codes).toContain('11-3021');
		expect(codes).toContain('15-1252');
		expect(codes).not.toContain('00-0000');
		expect(codes).not.toContain('15-0000');
		expect(codes.every((c) => c === '11-3021' || c.startsWith('15-'))).toBe(true);
		// The file's own list of detailed codes.
		const inFile = [...new Set(file.filter((r) => r.O_GROUP === 'detailed').map((r) => r.OCC_CODE))].sort();
		expect(codes).toEqual(inFile);
		// 11-3021: every area but Guam; 15-2021 in 13 areas (MANIFEST section D).
		expect(rows.find((r) => r.soc_code === '11-3021')!.areas).toBe(53);
		expect(rows.find((r) => r.soc_code === '15-2021')!.areas).toBe(13);
	});
	test('the area list: 50 states and DC, then GU, PR, VI', async () => {
		const rows = await run(db, stateListQuery, { year: 2024 });
		expect(rows).toHaveLength(54);
		expect(rows.filter((r) => r.area_type === 'state')).toHaveLength(51);
		expect(rows.slice(-3).map((r) => r.state)).toEqual(['GU', 'PR', 'VI']);
	});
});

describe('one occupation in every area', () => {
	test('11-3021: the national May 2024 row first, then all 54 areas', async () => {
		const rows = await areasOf('11-3021');
		expect(rows).toHaveLength(55);
		expect(rows[0]).toMatchObject({ area_type: 'national', state: null, a_median: 171200, tot_emp: 645970, a_pct90: 239200, a_pct90_flag: 'topcoded' });
		expect(rows.filter((r) => r.area_type === 'state')).toHaveLength(51);
		expect(rows.filter((r) => r.area_type === 'territory').map((r) => r.state)).toEqual(['GU', 'PR', 'VI']);
	});
	test.each([
		['CA', 211340, 100020, 1.32],
		['TX', 167320, 74890, 1.29],
		['NY', 209980, 40780, 1.02],
		['DC', 191880, 5060, 1.7],
		['PR', 91730, 1550, 0.39]
	])('11-3021 in %s: median %d, employment %d, location quotient %d (MANIFEST D)', async (st, median, emp, lq) => {
		const r = area(await areasOf('11-3021'), st);
		expect(r).toMatchObject({ a_median: median, a_median_flag: 'published', tot_emp: emp, tot_emp_flag: 'published', loc_quotient: lq, in_state_file: true });
	});
	test.each([
		['CA', 170910],
		['TX', 130500],
		['NY', 161260],
		['WA', 166910],
		['VI', 162820]
	])('15-1252 in %s: median %d (MANIFEST D)', async (st, median) => {
		expect(area(await areasOf('15-1252'), st)).toMatchObject({ a_median: median, a_median_flag: 'published' });
	});
	test('suppressed and missing: NH employment, MT wages, no Guam row', async () => {
		const rows = await areasOf('11-3021');
		expect(area(rows, 'NH')).toMatchObject({
			tot_emp: null,
			tot_emp_flag: 'suppressed',
			loc_quotient_flag: 'suppressed',
			jobs_per_1000_flag: 'suppressed',
			a_median: 177160,
			a_median_flag: 'published'
		});
		expect(area(rows, 'MT')).toMatchObject({
			tot_emp: 1250,
			tot_emp_flag: 'published',
			a_median: null,
			a_median_flag: 'suppressed',
			a_pct10_flag: 'suppressed',
			a_pct90_flag: 'suppressed',
			a_mean_flag: 'suppressed'
		});
		const gu = area(rows, 'GU');
		expect(gu).toMatchObject({ area_title: 'Guam', area_type: 'territory', in_state_file: false, tot_emp: null, a_median: null });
		for (const c of Object.keys(fileColumns)) expect(gu[`${c}_flag` as keyof StateAreaRow], c).toBe('not_applicable');
		// CA's 90th percentile is "#" in the file: the cap, flagged.
		expect(area(rows, 'CA')).toMatchObject({ a_pct90: 239200, a_pct90_flag: 'topcoded' });
	});
	test('the 50 states and DC sum to 641,140, 99.25% of the U.S. figure (NH not published)', async () => {
		const rows = await areasOf('11-3021');
		const sum = rows.filter((r) => r.area_type === 'state').reduce((s, r) => s + (r.tot_emp ?? 0), 0);
		expect(sum).toBe(641140);
		expect(((100 * sum) / rows[0]!.tot_emp!).toFixed(2)).toBe('99.25');
	});
	test.each(['11-3021', '15-1252', '15-1212', '15-2051'])('%s: every area and value equals the BLS file, cell by cell', async (code) => {
		const rows = await areasOf(code);
		const fromFile = file.filter((r) => r.OCC_CODE === code);
		const listed = rows.filter((r) => r.area_type !== 'national' && r.in_state_file);
		expect(listed.map((r) => r.state).sort()).toEqual(fromFile.map((r) => r.PRIM_STATE).sort());
		for (const f of fromFile) {
			const r = area(rows, f.PRIM_STATE!);
			expect(r.area_title).toBe(f.AREA_TITLE);
			for (const [col, fileCol] of Object.entries(fileColumns)) {
				const e = expected(f[fileCol]!, 239200);
				expect({ where: `${f.PRIM_STATE} ${col}`, value: r[col as keyof typeof fileColumns], flag: r[`${col}_flag` as keyof StateAreaRow] }).toEqual({
					where: `${f.PRIM_STATE} ${col}`,
					...e
				});
			}
		}
	});
});

describe("an area's pay per occupation", () => {
	test('Texas 25th percentile, median and 75th percentile per occupation equal the file', async () => {
		const rows = await run(db, areaPayQuery, { state: 'TX', year: 2024 });
		const fromFile = file.filter((r) => r.PRIM_STATE === 'TX' && r.O_GROUP === 'detailed');
		expect(rows).toHaveLength(fromFile.length);
		const cell = (f: string) => {
			const e = expected(f, 239200);
			return [e.value, e.flag];
		};
		for (const f of fromFile) {
			const r = rows.find((x) => x.soc_code === f.OCC_CODE)!;
			expect([f.OCC_CODE, r.a_pct25, r.a_pct25_flag, r.a_median, r.a_median_flag, r.a_pct75, r.a_pct75_flag]).toEqual([
				f.OCC_CODE,
				...cell(f.A_PCT25!),
				...cell(f.A_MEDIAN!),
				...cell(f.A_PCT75!)
			]);
		}
	});
	test('the U.S. of the same release: May 2024 national rows (national_M2024_dl.xlsx), not the latest', async () => {
		const rows = await run(db, areaPayQuery, { state: null, year: 2024 });
		// 15-1212 Information security analysts, May 2024: 25th $92,160, median $124,910, 75th $159,600.
		expect(rows.find((r) => r.soc_code === '15-1212')).toMatchObject({ a_pct25: 92160, a_median: 124910, a_pct75: 159600, a_median_flag: 'published' });
		expect(rows.find((r) => r.soc_code === '11-3021')).toMatchObject({ a_median: 171200 });
	});
});
