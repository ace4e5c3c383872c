/** Small hand-written rows for the trends unit tests: no database, no ingest. */
import type { ProjectionCoverageRow, WageCoverageRow } from '$lib/trends/rows';

type Cover = { covers?: string[]; is_aggregate?: boolean; direct?: boolean };

/** An OEWS national row of `code` in May `year`, published as the occupation's own code unless `covers` says otherwise. */
export function wage(year: number, code: string, v: Partial<WageCoverageRow> & Cover = {}): WageCoverageRow {
	return {
		year,
		soc_code: code,
		title: `Title of ${code}`,
		soc_version: year <= 2018 ? '2010' : year <= 2020 ? '2018-hybrid' : '2018',
		tot_emp: 1000,
		tot_emp_flag: 'published',
		a_pct10: 40000,
		a_pct10_flag: 'published',
		a_pct25: 50000,
		a_pct25_flag: 'published',
		a_median: 60000,
		a_median_flag: 'published',
		a_pct75: 70000,
		a_pct75_flag: 'published',
		a_pct90: 80000,
		a_pct90_flag: 'published',
		is_aggregate: false,
		covers: [code],
		direct: true,
		...v
	};
}

/** An EP row of `code` in the release starting `start` (ten years). */
export function proj(start: number, code: string, v: Partial<ProjectionCoverageRow> & Cover = {}): ProjectionCoverageRow {
	const emp_start = v.emp_start ?? 1000;
	const emp_end = v.emp_end ?? 1100;
	return {
		period_start: start,
		period_end: start + 10,
		soc_code: code,
		title: `Title of ${code}`,
		soc_version: start <= 2018 ? '2010' : start <= 2020 ? '2018-hybrid' : '2018',
		emp_start,
		emp_end,
		emp_change: emp_end - emp_start,
		pct_change: Math.round((1000 * (emp_end - emp_start)) / emp_start) / 10,
		openings_annual: 100,
		is_aggregate: false,
		covers: [code],
		direct: true,
		...v
	};
}

export const titles = new Map([
	['15-1242', 'Database Administrators'],
	['15-1243', 'Database Architects'],
	['15-1299', 'Computer Occupations, All Other']
]);
