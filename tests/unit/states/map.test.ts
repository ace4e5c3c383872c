/** The state map's arithmetic on made-up rows: bins, legend, table order, the U.S. comparison. */
import { describe, expect, test } from 'vitest';
import { areaColumns, binColours, binLabels, binOf, mapValue, medianGap, nationalText, quantileBreaks, sortAreas, stateShareOfNation } from '$lib/states/map';
import type { StateAreaRow } from '$lib/states/rows';

function row(over: Partial<StateAreaRow>): StateAreaRow {
	return {
		state: 'TX',
		area_code: '48',
		area_title: 'Texas',
		area_type: 'state',
		in_state_file: true,
		tot_emp: 1000,
		tot_emp_flag: 'published',
		jobs_per_1000: 1.5,
		jobs_per_1000_flag: 'published',
		loc_quotient: 1.1,
		loc_quotient_flag: 'published',
		a_pct10: 80_000,
		a_pct10_flag: 'published',
		a_pct25: 120_000,
		a_pct25_flag: 'published',
		a_median: 150_000,
		a_median_flag: 'published',
		a_pct75: 190_000,
		a_pct75_flag: 'published',
		a_pct90: 239_200,
		a_pct90_flag: 'topcoded',
		a_mean: 160_000,
		a_mean_flag: 'published',
		...over
	};
}
const us = row({ state: null, area_code: '99', area_title: 'U.S.', area_type: 'national', a_median: 120_000, tot_emp: 10_000 });

describe('what colours the map', () => {
	test('published and top-coded values; suppressed and missing ones are hatched', () => {
		expect(mapValue(row({}), 'a_median')).toBe(150_000);
		expect(mapValue(row({}), 'a_pct90')).toBe(239_200);
		expect(mapValue(row({ a_median: null, a_median_flag: 'suppressed' }), 'a_median')).toBeNull();
		expect(mapValue(row({ a_median: null, a_median_flag: 'not_applicable' }), 'a_median')).toBeNull();
	});
	test('five quantile bins, breaks rounded to $1,000 and rising', () => {
		const values = Array.from({ length: 51 }, (_, i) => 100_000 + i * 1_234);
		const breaks = quantileBreaks(values, 'a_median');
		expect(breaks).toHaveLength(4);
		expect(breaks.every((b) => b % 1000 === 0)).toBe(true);
		expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
		// About a fifth of the states in each bin.
		const counts = [0, 0, 0, 0, 0];
		for (const v of values) counts[binOf(v, breaks)]!++;
		for (const c of counts) expect(c).toBeGreaterThanOrEqual(9);
	});
	test('rounding by measure: employment to two figures, jobs per 1,000 to tenths, quotients to hundredths', () => {
		expect(quantileBreaks([1_000, 12_345, 23_456, 40_000], 'tot_emp', 2)).toEqual([18_000]);
		expect(quantileBreaks([0.5, 1.234, 1.26, 3], 'jobs_per_1000', 2)).toEqual([1.2]);
		expect(quantileBreaks([0.5, 1.234, 1.26, 3], 'loc_quotient', 2)).toEqual([1.25]);
	});
	test('few distinct values: fewer bins; fewer than two values: none', () => {
		expect(quantileBreaks([1, 1, 9, 9], 'loc_quotient')).toEqual([5]);
		// A break at the lowest value would leave its bin empty: dropped.
		expect(quantileBreaks([5, 5, 5, 9], 'loc_quotient')).toEqual([]);
		expect(quantileBreaks([5], 'loc_quotient')).toEqual([]);
		expect(quantileBreaks([], 'a_median')).toEqual([]);
	});
	test('a value falls in the bin of the last break at or below it', () => {
		expect([1, 2, 3, 4, 5].map((v) => binOf(v, [2, 4]))).toEqual([0, 1, 1, 2, 2]);
	});
	test('colours: light to dark blues, the middle one alone', () => {
		expect(binColours(1)).toEqual(['#6baed6']);
		expect(binColours(5)).toEqual(['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c']);
		expect(binColours(3)).toEqual(['#c6dbef', '#6baed6', '#08519c']);
	});
});

describe('the legend', () => {
	test('reads each bin in the measure’s own format', () => {
		expect(binLabels([100_000, 150_000], true, 'a_median')).toEqual(['under $100,000', '$100,000 – under $150,000', '$150,000 or more']);
		expect(binLabels([1.5], true, 'jobs_per_1000')).toEqual(['under 1.500', '1.500 or more']);
	});
	test('one bin, or nothing to show', () => {
		expect(binLabels([], true, 'a_median')).toEqual(['all areas with a value']);
		expect(binLabels([], false, 'a_median')).toEqual(['']);
	});
});

describe('the "Show data" table', () => {
	const rows = [
		row({ area_title: 'B', a_median: 2 }),
		row({ area_title: 'A', a_median: null, a_median_flag: 'suppressed' }),
		row({ area_title: 'C', a_median: 3 }),
		row({ area_title: 'D', a_median: 2 })
	];
	const median = areaColumns.find((c) => c.key === 'a_median');
	test('no column: the rows as they came', () => {
		expect(sortAreas(rows, undefined, 'asc')).toBe(rows);
	});
	test('numbers either way, ties by name, not published last in both directions', () => {
		expect(sortAreas(rows, median, 'asc').map((r) => r.area_title)).toEqual(['B', 'D', 'C', 'A']);
		expect(sortAreas(rows, median, 'desc').map((r) => r.area_title)).toEqual(['C', 'B', 'D', 'A']);
	});
	test('every value column with its flag, and the area type in words', () => {
		expect(areaColumns.map((c) => c.key)).toEqual([
			'state',
			'area_title',
			'area_type',
			'tot_emp',
			'jobs_per_1000',
			'loc_quotient',
			'a_pct10',
			'a_pct25',
			'a_median',
			'a_pct75',
			'a_pct90',
			'a_mean',
			'in_state_file'
		]);
		const type = areaColumns.find((c) => c.key === 'area_type')!;
		expect([row({}), row({ state: 'DC' }), row({ area_type: 'territory' })].map((r) => type.format!(r))).toEqual(['State', 'District', 'Territory']);
		expect(median!.format!(row({ a_median: null, a_median_flag: 'suppressed' }))).toBe('not published');
	});
});

describe('beside the U.S.', () => {
	test('the U.S. location quotient is 1 by definition; no U.S. row, a dash', () => {
		expect(nationalText(us, 'loc_quotient')).toBe('1.00');
		expect(nationalText(us, 'a_median')).toBe('$120,000');
		expect(nationalText(row({ jobs_per_1000: null }), 'jobs_per_1000')).toBe('—');
		expect(nationalText(null, 'a_median')).toBe('—');
	});
	test('the median gap, only when both are published', () => {
		expect(medianGap(row({}), us)).toEqual({ diff: 30_000, pct: 25 });
		expect(medianGap(row({ a_median_flag: 'suppressed' }), us)).toBeNull();
		expect(medianGap(null, us)).toBeNull();
	});
	test('the states’ share of U.S. employment counts published figures only', () => {
		expect(stateShareOfNation([row({ tot_emp: 6_000 }), row({ tot_emp: 3_000 }), row({ tot_emp: null, tot_emp_flag: 'suppressed' })], us)).toBe(90);
		expect(stateShareOfNation([row({})], row({ tot_emp_flag: 'suppressed' }))).toBeNull();
	});
});
