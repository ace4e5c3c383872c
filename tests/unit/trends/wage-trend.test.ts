/** Wage and jobs lines through SOC changes, constant dollars and top-coding, on hand-written rows. */
import { describe, expect, test } from 'vitest';
import { buildWageTrend, constantDollars, trendSpans } from '$lib/trends/wage-trend';
import { titles, wage } from './rows';

describe('constant dollars', () => {
	test('value × CPI(base) / CPI(year), to the cent', () => {
		// 11-3021 May 2014 median in May 2025 dollars (the figure the integration test finds in the data).
		expect(constantDollars(127640, 237.9, 321.465)).toBe(172474.96);
		expect(constantDollars(100, 200, 200)).toBe(100);
		expect(constantDollars(60000, 200, 250)).toBe(75000);
	});
});

describe('a split, an aggregate, a gap, then the own code (like 15-1242)', () => {
	const years = [2017, 2018, 2019, 2020, 2021, 2022];
	const split = { covers: ['15-1242', '15-1243'] };
	const rows = [
		wage(2017, '15-1141', split),
		wage(2018, '15-1141', split),
		wage(2019, '15-1245', { ...split, is_aggregate: true }),
		wage(2021, '15-1242', { a_pct90: 208000, a_pct90_flag: 'topcoded', a_pct10_flag: 'suppressed' }),
		wage(2022, '15-1242', { a_pct90: 239000 }),
		// A neighbour that is not a source of 15-1242: never read.
		wage(2022, '15-1243')
	];
	const cpi = [
		{ year: 2021, may_value: 200 },
		{ year: 2022, may_value: 250 }
	];
	const t = buildWageTrend('15-1242', 'Database Administrators', years, rows, cpi, titles);

	test('each year is read through the code that stood for the occupation, and drawn on its own line', () => {
		expect(t.rows.map((r) => [r.year, r.soc_code, r.relation, r.line])).toEqual([
			[2017, '15-1141', 'split', '15-1141'],
			[2018, '15-1141', 'split', '15-1141'],
			[2019, '15-1245', 'aggregate', '15-1245'],
			[2021, '15-1242', 'same', 'main'],
			[2022, '15-1242', 'same', 'main']
		]);
		expect(t.segments.map((s) => [s.line, s.soc_code, s.from, s.to])).toEqual([
			['15-1141', '15-1141', 2017, 2018],
			['15-1245', '15-1245', 2019, 2019],
			['main', '15-1242', 2021, 2022]
		]);
		expect(t.breaks).toEqual([
			[2018, 2019],
			[2019, 2020],
			[2020, 2021]
		]);
	});
	test('every run of years not published as the own code gets a note', () => {
		expect(t.notes.map((n) => [n.kind, n.from, n.to])).toEqual([
			['split', 2017, 2018],
			['aggregate', 2019, 2019],
			['none', 2020, 2020]
		]);
		expect(t.notes[0]!.text).toBe(
			'May 2017–2018: BLS published SOC 2010 15-1141 Title of 15-1141, which SOC 2018 split into 15-1242 Database Administrators; 15-1243 Database Architects. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.'
		);
		expect(t.notes[1]!.text).toMatch(/^May 2019: BLS published only hybrid 15-1245 /);
		expect(t.notes[2]!.text).toBe('May 2020: BLS published no estimate that includes this occupation.');
	});
	test('constant dollars of May of the newest year; none without a CPI value or for a suppressed value', () => {
		expect(t.baseYear).toBe(2022);
		expect(t.cpiBase).toBe(250);
		const r2021 = t.rows.find((r) => r.year === 2021)!;
		expect(r2021.cpi_may).toBe(200);
		expect(r2021.constant).toEqual({ a_pct10: null, a_pct25: 62500, a_median: 75000, a_pct75: 87500, a_pct90: 260000 });
		expect(t.rows.find((r) => r.year === 2017)!.constant.a_median).toBeNull();
	});
	test('top-coding: the caps drawn, and the newest year publishing above the last one', () => {
		expect(t.topcoded).toEqual([{ year: 2021, cap: 208000 }]);
		expect(t.aboveOldCap).toEqual({ year: 2022, value: 239000, column: 'a_pct90', cap: 208000 });
	});
	test('the chart shades the years another code, or nothing, stood for the occupation', () => {
		expect(trendSpans(t)).toEqual([
			{ key: '2017', from: 2016.55, to: 2018.45, label: 'SOC 2010 15-1141' },
			{ key: '2019', from: 2018.55, to: 2019.45, label: 'hybrid 15-1245' },
			{ key: '2020', from: 2019.55, to: 2020.45, label: 'not published' }
		]);
	});
});

test('a 1:1 recode stays on the line, with a note', () => {
	const t = buildWageTrend(
		'15-1211',
		'Computer Systems Analysts',
		[2018, 2019],
		[wage(2018, '15-1121', { covers: ['15-1211'] }), wage(2019, '15-1211')],
		[],
		titles
	);
	expect(t.rows.map((r) => [r.relation, r.line])).toEqual([
		['recoded', 'main'],
		['same', 'main']
	]);
	expect(t.segments).toHaveLength(1);
	expect(t.breaks).toEqual([]);
	expect(t.notes.map((n) => n.text)).toEqual(['May 2018: published as SOC 2010 15-1121 Title of 15-1121, which maps to 15-1211 alone; the line continues.']);
	expect(trendSpans(t)).toEqual([]);
	expect(t.cpiBase).toBeNull();
});

test('several codes feeding one occupation are kept in the table, not drawn', () => {
	const t = buildWageTrend(
		'15-1299',
		'Computer Occupations, All Other',
		[2018, 2019],
		[
			wage(2018, '15-1199', { covers: ['15-1243', '15-1299'], a_pct90: 208000, a_pct90_flag: 'topcoded' }),
			wage(2018, '43-9011', { covers: ['15-1299'] }),
			wage(2019, '15-1299')
		],
		[],
		titles
	);
	expect(t.rows.filter((r) => r.year === 2018).map((r) => [r.soc_code, r.relation, r.line])).toEqual([
		['15-1199', 'merged', null],
		['43-9011', 'merged', null]
	]);
	expect(t.segments.map((s) => [s.line, s.from, s.to])).toEqual([['main', 2019, 2019]]);
	expect(t.notes).toEqual([
		{
			from: 2018,
			to: 2018,
			kind: 'merged',
			text: 'May 2018: this occupation was formed from parts of several SOC 2010 codes (15-1199 Title of 15-1199; 43-9011 Title of 43-9011). No published figure stands for it alone; those codes are in the data table, not on the chart.'
		}
	]);
	expect(trendSpans(t)).toEqual([{ key: '2018', from: 2017.55, to: 2018.45, label: 'several codes' }]);
	// A merged year's caps are not drawn, so they are not a cap of the line.
	expect(t.topcoded).toEqual([]);
});
