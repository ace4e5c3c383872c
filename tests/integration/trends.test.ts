/**
 * Over time, on the real Parquet through the build-time connector: SOC continuity across the
 * 2010, hybrid and 2018 codes, constant dollars to the cent, the projections' track record and
 * the article claims' verdicts. The same rules on small hand-written rows: tests/unit/trends/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimCheck } from '$lib/trends/claims';
import { loadClaimChecks, loadTrends, socCover, trendContext, type Trends } from '$lib/trends/load';
import { aggregates } from '$lib/trends/soc-continuity';
import { constantDollars } from '$lib/trends/wage-trend';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
const trends: Record<string, Trends> = {};
let claims: ClaimCheck[];

beforeAll(async () => {
	({ db } = await openIngested());
	for (const code of ['11-3021', '15-1242', '15-1252', '15-1211', '15-1299']) trends[code] = await loadTrends(db, code);
	claims = await loadClaimChecks(db);
});
afterAll(async () => {
	db?.close();
});

const wageRow = (code: string, year: number) => trends[code]!.wages.rows.filter((r) => r.year === year);

describe('SOC continuity', () => {
	test('every OEWS and EP code outside its SOC version is a listed aggregate whose parts that year does not publish', async () => {
		const soc2018 = new Set((await db.query<{ soc_code: string }>(`SELECT soc_code FROM occupations WHERE soc_level = 'detailed'`)).map((r) => r.soc_code));
		const soc2010 = new Set((await db.query<{ soc_2010: string }>(`SELECT DISTINCT soc_2010 FROM soc_crosswalk`)).map((r) => r.soc_2010));
		const published = await db.query<{ program: string; period: number; soc_code: string; v: string }>(`
			SELECT 'oews' AS program, year AS period, soc_code, CASE WHEN soc_version = '2010' THEN '2010' ELSE '2018' END AS v FROM wages WHERE area_type = 'national' AND soc_level = 'detailed'
			UNION ALL SELECT 'ep', period_start, soc_code, CASE WHEN soc_version = '2010' THEN '2010' ELSE '2018' END FROM projections`);
		const has = new Set(published.map((p) => `${p.program}|${p.period}|${p.soc_code}`));
		const unknown = new Set<string>();
		for (const p of published) {
			const known = p.v === '2010' ? soc2010 : soc2018;
			if (known.has(p.soc_code)) continue;
			const agg = aggregates.find((a) => a.soc === p.v && a.code === p.soc_code);
			if (!agg) {
				unknown.add(`${p.v} ${p.soc_code}`);
				continue;
			}
			for (const part of agg.parts) expect(known.has(part), `${agg.code} part ${part}`).toBe(true);
			expect(
				agg.parts.some((part) => !has.has(`${p.program}|${p.period}|${part}`)),
				`${p.program} ${p.soc_code} in ${p.period} stands for a part not published`
			).toBe(true);
		}
		expect([...unknown]).toEqual([]);
	});

	test('in the hybrid years every SOC 2018 occupation BLS publishes later is covered by one code', async () => {
		const cover = await socCover(db, 'oews');
		const later = new Set(
			(
				await db.query<{ soc_code: string }>(`SELECT DISTINCT soc_code FROM wages WHERE area_type = 'national' AND soc_level = 'detailed' AND year >= 2021`)
			).map((r) => r.soc_code)
		);
		for (const year of [2019, 2020]) {
			const rows = cover.filter((c) => c.period === year);
			for (const code of later) {
				if (aggregates.some((a) => a.soc === '2018' && a.code === code)) continue;
				expect(rows.filter((r) => r.covers.includes(code)).length, `${code} in ${year}`).toBe(1);
			}
		}
	});

	test('11-3021 maps 1:1 (11-3021 → 11-3021): one continuous line May 2014–2025', () => {
		const w = trends['11-3021']!.wages;
		expect(w.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(w.rows.map((r) => [r.year, r.soc_code, r.relation, r.line])).toEqual(w.years.map((y) => [y, '11-3021', 'same', 'main']));
		expect(w.segments).toEqual([
			{ line: 'main', soc_code: '11-3021', title: 'Computer and Information Systems Managers', relation: 'same', from: 2014, to: 2025 }
		]);
		expect(w.breaks).toEqual([]);
		expect(w.notes).toEqual([]);
	});

	test('15-1242: SOC 2010 15-1141 (split), hybrid 15-1245 (aggregate), then 15-1242: three lines, two marked breaks', () => {
		const w = trends['15-1242']!.wages;
		expect(wageRow('15-1242', 2014)).toMatchObject([
			{ soc_code: '15-1141', relation: 'split', line: '15-1141', covers: ['15-1242', '15-1243'], soc_version: '2010', a_median: 80280, tot_emp: 112170 }
		]);
		expect(wageRow('15-1242', 2020)).toMatchObject([
			{
				soc_code: '15-1245',
				relation: 'aggregate',
				line: '15-1245',
				covers: ['15-1242', '15-1243'],
				soc_version: '2018-hybrid',
				a_median: 98860,
				tot_emp: 133630
			}
		]);
		expect(wageRow('15-1242', 2021)).toMatchObject([{ soc_code: '15-1242', relation: 'same', line: 'main', a_median: 96710, tot_emp: 85870 }]);
		expect(w.segments.map((s) => [s.line, s.from, s.to])).toEqual([
			['15-1141', 2014, 2018],
			['15-1245', 2019, 2020],
			['main', 2021, 2025]
		]);
		expect(w.breaks).toEqual([
			[2018, 2019],
			[2020, 2021]
		]);
		expect(w.notes.map((n) => n.kind)).toEqual(['split', 'aggregate']);
		expect(w.notes[0]!.text).toContain('15-1141 Database Administrators');
		expect(w.notes[0]!.text).toContain('15-1243 Database Architects');
		expect(w.notes[1]!.text).toContain('15-1245 Database Administrators and Architects');
	});

	test('15-1252: several SOC 2010 codes fed it (merged, not drawn), then hybrid 15-1256', () => {
		const w = trends['15-1252']!.wages;
		expect(wageRow('15-1252', 2016).map((r) => [r.soc_code, r.relation, r.line])).toEqual([
			['15-1132', 'merged', null],
			['15-1133', 'merged', null]
		]);
		expect(wageRow('15-1252', 2019)).toMatchObject([{ soc_code: '15-1256', relation: 'aggregate', covers: ['15-1252', '15-1253'] }]);
		expect(w.segments.map((s) => [s.line, s.from, s.to])).toEqual([
			['15-1256', 2019, 2020],
			['main', 2021, 2025]
		]);
		expect(w.notes[0]).toMatchObject({ kind: 'merged', from: 2014, to: 2018 });
	});

	test('a 1:1 recode (SOC 2010 15-1121 → 15-1211) stays on the line', () => {
		const w = trends['15-1211']!.wages;
		expect(wageRow('15-1211', 2014)).toMatchObject([{ soc_code: '15-1121', relation: 'recoded', line: 'main' }]);
		expect(w.segments).toHaveLength(1);
		expect(w.breaks).toEqual([]);
	});

	test('15-1299 in SOC 2010 years came from 15-1199 (split five ways) and 43-9011 Computer operators: merged, not drawn', () => {
		expect(wageRow('15-1299', 2018).map((r) => [r.soc_code, r.relation, r.line, r.covers])).toEqual([
			['15-1199', 'merged', null, ['13-1082', '15-1243', '15-1253', '15-1255', '15-1299']],
			['43-9011', 'merged', null, ['15-1299']]
		]);
		expect(wageRow('15-1299', 2019)).toMatchObject([{ soc_code: '15-1299', relation: 'same' }]);
	});
});

describe('constant dollars (CPI-U CUUR0000SA0, May values, base May 2025)', () => {
	test('the CPI-U May values are the BLS ones', async () => {
		const { cpi } = await trendContext(db);
		const may = new Map(cpi.map((c) => [c.year, c.may_value]));
		expect(may.get(2014)).toBe(237.9);
		expect(may.get(2024)).toBe(314.069);
		expect(may.get(2025)).toBe(321.465);
		expect(trends['11-3021']!.wages.cpiBase).toBe(321.465);
	});
	test('11-3021 May 2014 median: 127,640 × 321.465 / 237.9 = $172,474.96', () => {
		const [r] = wageRow('11-3021', 2014);
		expect(r!.a_median).toBe(127640);
		expect(r!.cpi_may).toBe(237.9);
		expect(r!.constant.a_median).toBe(172474.96);
		expect(constantDollars(127640, 237.9, 321.465)).toBe(172474.96);
	});
	test('to the cent for other years and occupations', () => {
		// 15-1242 May 2021: 96,710 × 321.465 / 269.195 = 115,488.33; May 2024: 104,620 × 321.465 / 314.069 = 107,083.69.
		expect(wageRow('15-1242', 2021)[0]!.constant.a_median).toBe(115488.33);
		expect(wageRow('15-1242', 2024)[0]!.constant.a_median).toBe(107083.69);
		// The base year is its own value; a top-coded cap converts like any value (11-3021 May 2014 90th: ≥ 187,200).
		expect(wageRow('11-3021', 2025)[0]!.constant.a_median).toBe(175140);
		expect(wageRow('11-3021', 2014)[0]!).toMatchObject({ a_pct90: 187200, a_pct90_flag: 'topcoded' });
		expect(wageRow('11-3021', 2014)[0]!.constant.a_pct90).toBe(252956.07);
	});
	test('top-coding and the May 2025 change are recorded for the note', () => {
		const w = trends['11-3021']!.wages;
		expect(w.topcoded.map((t) => [t.year, t.cap])).toEqual([
			[2014, 187200],
			[2015, 187200],
			[2016, 208000],
			[2017, 208000],
			[2018, 208000],
			[2019, 208000],
			[2020, 208000],
			[2021, 208000],
			[2022, 239200],
			[2023, 239200],
			[2024, 239200]
		]);
		expect(w.aboveOldCap).toEqual({ year: 2025, value: 297510, column: 'a_pct90', cap: 239200 });
		expect(trends['15-1242']!.wages.aboveOldCap).toBeNull();
	});
});

describe('projection vintages', () => {
	test('all eight releases, with the all-occupations growth computed from each', async () => {
		const { releases } = await trendContext(db);
		expect(releases.map((r) => [r.period, r.period_end])).toEqual([
			[2016, 2026],
			[2018, 2028],
			[2019, 2029],
			[2020, 2030],
			[2021, 2031],
			[2022, 2032],
			[2023, 2033],
			[2024, 2034]
		]);
		expect(releases.at(-1)!.all_pct).toBe(3.1);
		const v = trends['11-3021']!.vintages.rows;
		expect(v.map((r) => [r.release, r.emp_start, r.emp_end, r.pct_change, r.openings_annual])).toEqual([
			['2016–26', 367600, 411800, 12, 32500],
			['2018–28', 414400, 461100, 11.3, 38800],
			['2019–29', 461000, 509200, 10.4, 36800],
			['2020–30', 482000, 534600, 10.9, 42400],
			['2021–31', 509100, 591500, 16.2, 48500],
			['2022–32', 557400, 643300, 15.4, 46900],
			['2023–33', 613500, 720400, 17.4, 54700],
			['2024–34', 667100, 768700, 15.2, 55600]
		]);
		expect(v.at(-1)!.descriptor).toBe('much faster than average');
	});
	test('15-1242 vintages use 15-1141 and 15-1245 where the release did', () => {
		const v = trends['15-1242']!.vintages.rows;
		expect(v.map((r) => [r.release, r.soc_code, r.relation])).toEqual([
			['2016–26', '15-1141', 'split'],
			['2018–28', '15-1141', 'split'],
			['2019–29', '15-1245', 'aggregate'],
			['2020–30', '15-1245', 'aggregate'],
			['2021–31', '15-1242', 'same'],
			['2022–32', '15-1242', 'same'],
			['2023–33', '15-1242', 'same'],
			['2024–34', '15-1242', 'same']
		]);
		expect(v.at(-1)).toMatchObject({ pct_change: -0.7, descriptor: 'decline' });
	});
});

describe('track record', () => {
	test('11-3021: 2016–26 on a straight path to 2024, 402,960, against 667,100 measured in 2024 by 2024–34', () => {
		const t = trends['11-3021']!.vintages.track;
		expect(t).toHaveLength(7);
		// ep_2016_2026.csv: 367.6 thousand in 2016, 411.8 in 2026; 8 of 10 years on: 367,600 + 0.8 × 44,200.
		expect(t[0]).toMatchObject({
			release: '2016–26',
			emp_start: 367600,
			emp_end: 411800,
			measured_year: 2024,
			path: 402960,
			measured_release: '2024–34',
			measured: 667100,
			gap: 264140,
			gap_pct: 65.5,
			pace: 'ahead',
			comparison: 'same occupation'
		});
		// 509.1 → 591.5 (2021–31), 3 of 10 years: 533,820.
		expect(t.find((r) => r.release === '2021–31')).toMatchObject({ path: 533820, measured: 667100, gap: 133280, gap_pct: 25, pace: 'ahead' });
		// 613.5 → 720.4 (2023–33), 1 of 10 years: 624,190; 667,100 is 6.9% above.
		expect(t.find((r) => r.release === '2023–33')).toMatchObject({ path: 624190, gap: 42910, gap_pct: 6.9, pace: 'ahead' });
		// The latest release is the measure, not a row.
		expect(t.map((r) => r.release)).not.toContain('2024–34');
	});
	test('15-1242 and its predecessors, compared like for like', () => {
		const t = trends['15-1242']!.vintages.track;
		// 2016–26 projected SOC 2010 15-1141 (now 15-1242 + 15-1243, which also took part of 15-1199): approximate.
		// 119.5 → 133.2 thousand: 130,460 in 2024, against 78,000 + 66,900 measured.
		expect(t[0]).toMatchObject({
			release: '2016–26',
			projected_codes: ['15-1141'],
			covers: ['15-1242', '15-1243'],
			path: 130460,
			measured: 78000 + 66900,
			gap: 14440,
			gap_pct: 11.1,
			comparison: 'approximate'
		});
		expect(t[0]!.note).toContain('15-1199');
		// 2019–29 projected hybrid 15-1245 = 15-1242 + 15-1243 exactly: 132.5 → 145.3, half way in 2024.
		expect(t.find((r) => r.release === '2019–29')).toMatchObject({
			projected_codes: ['15-1245'],
			path: 138900,
			measured: 144900,
			gap: 6000,
			gap_pct: 4.3,
			pace: 'ahead',
			comparison: 'same set of occupations'
		});
		expect(t.find((r) => r.release === '2020–30')).toMatchObject({ path: 173280, gap: -28380, gap_pct: -16.4, pace: 'behind' });
		// 2021–31 onwards: 15-1242 itself.
		expect(t.find((r) => r.release === '2021–31')).toMatchObject({
			path: 94020,
			measured: 78000,
			gap: -16020,
			gap_pct: -17,
			pace: 'behind',
			comparison: 'same occupation'
		});
		expect(t.find((r) => r.release === '2023–33')).toMatchObject({ path: 81160, measured: 78000, gap: -3160, gap_pct: -3.9, pace: 'behind' });
	});
});

describe('article claims', () => {
	const claim = (id: string) => claims.find((c) => c.claim_id === id)!;
	test('all five claims are checked', () => {
		expect(claims.map((c) => c.claim_id)).toEqual(['s000_01', 's000_02', 's002_01', 's002_02', 's002_03']);
	});
	test('s000_01: 16% for 11-3021 2021–31 is 16.2% rounded, now outdated by 2024–34 (+15.2%)', () => {
		const c = claim('s000_01');
		expect(c.figures.find((f) => f.label === 'EP 2021–31')).toMatchObject({ value: 16.2, match: 'rounded' });
		expect(c.current).toMatchObject({ label: 'EP 2024–34', value: 15.2, match: null });
		expect(c.verdict).toBe('outdated');
		expect(c.verdict_text).toContain('+15.2%');
		expect(c.period_note).toContain('Matches the release the article names, EP 2021–31');
	});
	test('s000_02: 9% for database administrators and architects matches 2021–31 (8.9%) and 2023–33 (9.3%); outdated', () => {
		const c = claim('s000_02');
		expect(c.targets).toEqual(['15-1242', '15-1243']);
		expect(c.figures.filter((f) => f.match).map((f) => [f.label, f.value])).toEqual([
			['EP 2021–31', 8.9],
			['EP 2023–33', 9.3]
		]);
		expect(c.figures.find((f) => f.label === 'EP 2019–29')).toMatchObject({ codes: ['15-1245'], value: 9.7, match: null });
		expect(c.current).toMatchObject({ label: 'EP 2024–34', value: 3.7 });
		expect(c.verdict).toBe('outdated');
	});
	test('s002_01: 317,700 openings a year 2024–34 for computer occupations = the sum of the 15 detailed 15-12xx rows (317,600), rounded', () => {
		const c = claim('s002_01');
		expect(c.targets).toHaveLength(15);
		expect(c.targets.every((t) => t.startsWith('15-12'))).toBe(true);
		expect(c.current).toMatchObject({ label: 'EP 2024–34', value: 317600, match: 'rounded' });
		expect(c.convention).toContain('15-1200');
		expect(c.verdict).toBe('rounded');
	});
	test('s002_02: 15% “through 2033” is not the 2023–33 figure (+17.4%) but the current 2024–34 one (+15.2%), rounded', () => {
		const c = claim('s002_02');
		expect(c.figures.find((f) => f.label === 'EP 2023–33')).toMatchObject({ value: 17.4, match: null });
		expect(c.current).toMatchObject({ label: 'EP 2024–34', value: 15.2, match: 'rounded' });
		expect(c.verdict).toBe('rounded');
		expect(c.period_note).toContain('EP 2023–33 publishes +17.4%');
		expect(c.period_status).toBe('differs');
	});
	test('s002_03: $104,620 for 15-1242 is the OEWS median of May 2024 and May 2025: same', () => {
		const c = claim('s002_03');
		expect(c.figures.filter((f) => f.match === 'same').map((f) => f.label)).toEqual(['OEWS May 2024', 'OEWS May 2025']);
		expect(c.current).toMatchObject({ label: 'OEWS May 2025', value: 104620 });
		expect(c.verdict).toBe('same');
	});
});
