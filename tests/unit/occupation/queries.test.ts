/** The occupation queries as SQL text and their row schemas, without any data. */
import { describe, expect, test } from 'vitest';
import { sqlOf } from '$lib/db/query';
import { figureColumns, payColumns } from '$lib/occupation/columns';
import {
	aliasesQuery,
	allOccupationsGrowthQuery,
	detailedCodesQuery,
	detailedOccupationsQuery,
	ladderForQuery,
	ladderQuery,
	occupationSummaryQuery,
	similarQuery
} from '$lib/occupation/queries';
import { occupationSummaryRow, similarRow } from '$lib/occupation/rows';
import { cellText } from '$lib/table-columns';

const releases = { oews_year: 2025, ep_start: 2024 };

describe('occupation SQL, as text', () => {
	test('each query declares the tables it reads', () => {
		expect(sqlOf(occupationSummaryQuery, { codes: ['11-3021'], releases }).tables).toEqual(['occupations', 'wages', 'projections']);
		expect(sqlOf(similarQuery, { codes: ['15-1242'], releases }).tables).toEqual(['occupations', 'wages', 'projections', 'explorer_occupations']);
		expect(sqlOf(allOccupationsGrowthQuery, { epStart: 2024 }).tables).toEqual(['projections']);
		expect(sqlOf(ladderQuery, undefined).tables).toEqual(['roles']);
		expect(sqlOf(ladderForQuery, { codes: ['11-3021'] }).tables).toEqual(['roles']);
		expect(sqlOf(aliasesQuery, { codes: ['11-3021'] }).tables).toEqual(['role_aliases']);
		expect(sqlOf(detailedCodesQuery, undefined).tables).toEqual(['occupations']);
		expect(sqlOf(detailedOccupationsQuery, undefined).tables).toEqual(['occupations']);
	});
	test('the summary: the releases asked for, the codes in the order asked for', () => {
		const sql = occupationSummaryQuery.sql({ codes: ['15-1242', '11-3021'], releases });
		expect(sql).toContain('w.year = 2025');
		expect(sql).toContain('p.period_start = 2024');
		expect(sql).toContain("ORDER BY list_position(['15-1242', '11-3021'], o.soc_code)");
		// No codes: a list that matches nothing, not broken SQL.
		expect(occupationSummaryQuery.sql({ codes: [], releases })).toContain('IN (NULL)');
	});
	test('codes are literals', () => {
		expect(similarQuery.sql({ codes: ["15-1242' --"], releases })).toContain("'15-1242'' --'");
		expect(aliasesQuery.sql({ codes: ["x'y"] })).toContain("soc_code IN ('x''y')");
		expect(ladderForQuery.sql({ codes: ["a'b"] })).toContain("IN ('a''b')");
	});
	test('the ladder, entry to senior', () => {
		expect(ladderQuery.sql(undefined)).toContain("ORDER BY track, CASE level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END, median_salary");
		expect(ladderForQuery.sql({ codes: ['11-3021'] })).toContain("ORDER BY CASE level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END, track, role");
	});
	test('the menus list detailed occupations, by title', () => {
		expect(detailedOccupationsQuery.sql(undefined)).toBe("SELECT soc_code, title FROM occupations WHERE soc_level = 'detailed' ORDER BY title");
	});
});

describe('row schemas from the contract', () => {
	const base = {
		soc_code: '11-3021',
		title: 'Computer and Information Systems Managers',
		major_code: '11-0000',
		major_title: 'Management Occupations',
		definition: null,
		example_titles: [],
		education: null,
		experience: null,
		training: null
	};
	const wageNulls = Object.fromEntries(
		Object.keys(occupationSummaryRow.shape)
			.filter((k) => !(k in base))
			.map((k) => [k, null])
	);
	test('an occupation BLS lists nowhere: every wage and projection column null', () => {
		expect(occupationSummaryRow.safeParse({ ...base, ...wageNulls }).success).toBe(true);
	});
	test('flags are the contract’s values, nothing else', () => {
		expect(occupationSummaryRow.safeParse({ ...base, ...wageNulls, a_median: 1, a_median_flag: 'topcoded' }).success).toBe(true);
		expect(occupationSummaryRow.safeParse({ ...base, ...wageNulls, a_median: 1, a_median_flag: '#' }).success).toBe(false);
		expect(
			similarRow.safeParse({ soc_code: '15-1243', title: 'x', tot_emp: 1, tot_emp_flag: 'huh', a_median: null, a_median_flag: null, pct_change: null }).success
		).toBe(false);
	});
	test('a code is a SOC code', () => {
		expect(occupationSummaryRow.safeParse({ ...base, ...wageNulls, soc_code: '113021' }).success).toBe(false);
	});
});

describe('columns', () => {
	const occ = {
		soc_code: '11-3021',
		title: 'Managers',
		a_pct10: 1,
		a_pct10_flag: 'published',
		a_pct25: 2,
		a_pct25_flag: 'published',
		a_median: 171200,
		a_median_flag: 'published',
		a_pct75: 3,
		a_pct75_flag: 'published',
		a_pct90: 239200,
		a_pct90_flag: 'topcoded',
		a_mean: null,
		a_mean_flag: 'suppressed',
		h_median: 82.31,
		h_median_flag: 'published'
	} as const;
	test('the pay distribution: percentiles by the vocabulary’s names, then the mean and hourly median', () => {
		expect(payColumns.map((c) => c.label)).toEqual([
			'Occupation',
			'Code',
			'10th percentile',
			'25th percentile',
			'Median',
			'75th percentile',
			'90th percentile',
			'Mean',
			'Median hourly'
		]);
		const text = Object.fromEntries(payColumns.map((c) => [c.key, cellText(c, occ)]));
		expect(text).toMatchObject({ a_median: '$171,200', a_pct90: '≥ $239,200', a_mean: 'not published', h_median: '$82.31' });
	});
	test('key figures: the page names the period; flags read as words', () => {
		const jobs = figureColumns.jobs('Jobs, May 2025');
		expect(jobs.label).toBe('Jobs, May 2025');
		expect(cellText(jobs, { tot_emp: null, tot_emp_flag: 'suppressed' })).toBe('not published');
		expect(cellText(figureColumns.growth('Growth 2024–34'), { pct_change: -0.7 })).toBe('−0.7%');
		expect(cellText(figureColumns.education(), { education: null })).toBe('—');
		expect(figureColumns.occupation().href!({ soc_code: '15-1252', title: 'x' })).toMatch(/\/roles\/15-1252$/);
	});
});
