/** Pay in U.S.-average prices: the one formula, the link's choice, and the state map's rows. */
import { describe, expect, test } from 'vitest';
import { inUsPrices, pricesFromParam } from '$lib/prices/prices';
import { parityMap, stateParitiesQuery } from '$lib/prices/queries';
import { areaColumnsInUsPrices, areasInUsPrices } from '$lib/prices/state-rows';
import { sqlOf } from '$lib/db/query';
import type { StateAreaRow } from '$lib/states/rows';

describe('the formula: pay ÷ (RPP ÷ 100), to the whole dollar', () => {
	test('a state above and below the U.S. average', () => {
		expect(inUsPrices(211_340, 110.72)).toBe(190_878); // 190,877.9…
		expect(inUsPrices(167_320, 97.057)).toBe(172_394); // 172,393.5…
		expect(inUsPrices(100_000, 100)).toBe(100_000);
	});
	test('a parity that is not positive is refused, never divided by', () => {
		expect(() => inUsPrices(100_000, 0)).toThrow();
		expect(() => inUsPrices(100_000, Number.NaN)).toThrow();
	});
});

describe('?prices=', () => {
	test('local (default) or us; anything else is named and shows pay as published', () => {
		expect(pricesFromParam(null)).toEqual({ prices: 'local', problem: null });
		expect(pricesFromParam('US')).toEqual({ prices: 'us', problem: null });
		expect(pricesFromParam('euro').prices).toBe('local');
		expect(pricesFromParam('euro').problem).toContain('“euro”');
	});
});

const base = {
	area_code: '06',
	in_state_file: true,
	tot_emp: 100,
	tot_emp_flag: 'published',
	jobs_per_1000: 1,
	jobs_per_1000_flag: 'published',
	loc_quotient: 1,
	loc_quotient_flag: 'published',
	a_pct10: 100_000,
	a_pct10_flag: 'published',
	a_pct25: 150_000,
	a_pct25_flag: 'published',
	a_median: 211_340,
	a_median_flag: 'published',
	a_pct75: 239_200,
	a_pct75_flag: 'topcoded',
	a_pct90: null,
	a_pct90_flag: 'suppressed',
	a_mean: 200_000,
	a_mean_flag: 'published'
} as const;
const ca: StateAreaRow = { ...base, state: 'CA', area_title: 'California', area_type: 'state' };
const pr: StateAreaRow = { ...base, state: 'PR', area_code: '72', area_title: 'Puerto Rico', area_type: 'territory' };
const us: StateAreaRow = { ...base, state: null, area_code: '99', area_title: 'U.S.', area_type: 'national' };

describe('state rows in U.S.-average prices', () => {
	const [u, c, p] = areasInUsPrices([us, ca, pr], { CA: 110.72 });
	test('a state: pay divided, flags kept (a top-code stays “at or above”), counts unchanged', () => {
		expect(c!.a_median).toBe(190_878);
		expect(c!.a_pct75).toBe(216_040);
		expect(c!.a_pct75_flag).toBe('topcoded');
		expect(c!.a_pct90).toBeNull();
		expect(c!.tot_emp).toBe(100);
		expect(c!.rpp).toBe(110.72);
	});
	test('the U.S. is its own average; a territory is not adjusted and says why', () => {
		expect(u!.a_median).toBe(211_340);
		expect(p!.a_median).toBe(211_340);
		expect(p!.rpp).toBeNull();
		const rpp = areaColumnsInUsPrices.find((x) => x.key === 'rpp')!;
		expect(rpp.format!(p!)).toContain('not adjusted');
	});
	test('the CSV columns say which prices they hold', () => {
		const keys = areaColumnsInUsPrices.map((x) => x.key);
		expect(keys).toContain('a_median_us_prices');
		expect(keys).not.toContain('a_median');
		expect(keys).toContain('tot_emp');
	});
});

describe('parities SQL, as text', () => {
	test('all-items line of one year, states only; the year is a number', () => {
		const { sql, tables } = sqlOf(stateParitiesQuery, { year: 2024 });
		expect(tables).toEqual(['price_parities']);
		expect(sql).toContain("year = 2024 AND line = 'all_items' AND state IS NOT NULL");
		expect(() => stateParitiesQuery.sql({ year: Number.NaN })).toThrow();
		expect(parityMap([{ state: 'CA', year: 2024, rpp: 110.72 }])).toEqual({ CA: 110.72 });
	});
});
