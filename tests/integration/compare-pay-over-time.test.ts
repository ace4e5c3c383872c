/**
 * The compare page's "Pay over time" on the real Parquet through the build-time connector: each
 * occupation's own line only (same or recoded code), no line joined across a code change, and
 * top-coded medians kept as "at or above" marks, never as points or zeros.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPayOverTime, compareColors, payOverTimeColumns } from '$lib/compare/pay-over-time';
import { csvColumns } from '$lib/table-columns';
import { loadTrends } from '$lib/trends/load';
import type { WageTrend } from '$lib/trends/wage-trend';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
const wages: Record<string, WageTrend> = {};

beforeAll(async () => {
	({ db } = await openIngested());
	for (const code of ['11-3021', '15-1212', '15-1242', '29-1211']) wages[code] = (await loadTrends(db, code)).wages;
});
afterAll(async () => {
	db?.close();
});

const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('the default comparison: 11-3021, 15-1212, 15-1242', () => {
	test('one line per occupation in its colour; 15-1242 starts in May 2021, after its code change', () => {
		const p = buildPayOverTime([wages['11-3021']!, wages['15-1212']!, wages['15-1242']!], 'current');
		expect(p.years).toEqual(years);
		expect(p.baseYear).toBe(2025);
		expect(p.lines.map((l) => [l.soc_code, l.color, l.runs.map((r) => r.map((x) => x.year))])).toEqual([
			['11-3021', compareColors[0], [years]],
			['15-1212', compareColors[1], [years]],
			['15-1242', compareColors[2], [[2021, 2022, 2023, 2024, 2025]]]
		]);
		// The OEWS national medians, as published (national_M2014_dl.xlsx, national_M2021_dl.xlsx, national_M2024_dl.xlsx).
		const at = (code: string, year: number) =>
			p.lines
				.find((l) => l.soc_code === code)!
				.runs.flat()
				.find((x) => x.year === year)?.value;
		expect(at('11-3021', 2014)).toBe(127640);
		expect(at('15-1242', 2021)).toBe(96710);
		expect(at('15-1242', 2024)).toBe(104620);
		expect(p.breaks).toEqual([{ x: 2020.5, codes: [{ soc_code: '15-1242', title: 'Database Administrators', before: 2020, after: 2021 }] }]);
	});

	test('the broader codes before 15-1242 are in the table, not drawn, and the notes say why', () => {
		const p = buildPayOverTime([wages['11-3021']!, wages['15-1212']!, wages['15-1242']!], 'current');
		const db2014 = p.rows.filter((r) => r.soc_code === '15-1242' && r.year === 2014);
		expect(db2014).toMatchObject([{ published_code: '15-1141', relation: 'split', drawn: false, a_median: 80280, a_median_flag: 'published' }]);
		expect(p.rows.filter((r) => r.soc_code === '15-1242' && r.year === 2020)).toMatchObject([
			{ published_code: '15-1245', relation: 'aggregate', drawn: false }
		]);
		expect(p.notes.map((n) => [n.soc_code, n.from, n.to])).toEqual([
			['15-1242', 2014, 2018],
			['15-1242', 2019, 2020]
		]);
		expect(p.notes[0]!.text).toMatch(/^Database Administrators \(15-1242\), May 2014–2018: no line, because BLS published only SOC 2010 15-1141 /);
		// Each occupation has a row in every year, and 2024 is its own code for all three.
		for (const code of ['11-3021', '15-1212', '15-1242'])
			expect(p.rows.filter((r) => r.soc_code === code && r.year === 2024)).toMatchObject([{ published_code: code, drawn: true }]);
	});

	test('constant dollars: May 2025 dollars via CPI-U, the same figures the trends page shows', () => {
		const p = buildPayOverTime([wages['15-1242']!, wages['11-3021']!], 'constant');
		const run = p.lines[0]!.runs[0]!;
		// 15-1242 May 2021: 96,710 × 321.465 / 269.195 = 115,488.33 (tests/integration/trends.test.ts).
		expect(run[0]).toMatchObject({ year: 2021, value: 115488.33 });
		expect(p.lines[1]!.runs[0]![0]!.value).toBe(172474.96);
		expect(p.cpiBase).toBe(321.465);
		expect(p.lines.map((l) => l.color)).toEqual([compareColors[0], compareColors[1]]);
	});
});

test('a top-coded median (29-1211 Anesthesiologists) is an "at or above" mark, never a point or zero, and keeps its flag in the CSV', () => {
	const p = buildPayOverTime([wages['29-1211']!, wages['11-3021']!], 'current');
	const topcoded = p.rows.filter((r) => r.soc_code === '29-1211' && r.a_median_flag === 'topcoded');
	expect(topcoded.length).toBeGreaterThan(0);
	const line = p.lines[0]!;
	const drawnYears = line.runs.flat().map((x) => x.year);
	for (const r of topcoded.filter((x) => x.drawn)) {
		expect(drawnYears).not.toContain(r.year);
		expect(line.atLeast.map((x) => x.year)).toContain(r.year);
	}
	for (const x of [...line.runs.flat(), ...line.atLeast]) expect(x.value).toBeGreaterThan(0);
	const cols = csvColumns(payOverTimeColumns(p.baseYear));
	expect(cols.map((c) => c.key)).toEqual([
		'year',
		'soc_code',
		'title',
		'a_median',
		'a_median_flag',
		'a_median_constant',
		'published_code',
		'published_title',
		'soc_version',
		'relation',
		'drawn'
	]);
	const flag = cols.find((c) => c.key === 'a_median_flag')!;
	expect(flag.value(topcoded[0]!)).toBe('topcoded');
});
