/**
 * One or more occupations with everything the role, compare and overview pages show: the
 * latest national OEWS estimates, the latest projection, and the SOC and EP descriptors.
 */
import { z } from 'zod';
import type { Releases } from '$lib/releases';
import { num, str, strList } from '$lib/sql';

const flag = z.string();
const money = z.number().nullable();

export const occupationSummary = z.object({
	soc_code: z.string(),
	title: z.string(),
	major_code: z.string(),
	major_title: z.string(),
	definition: z.string().nullable(),
	example_titles: z.array(z.string()),
	education: z.string().nullable(),
	experience: z.string().nullable(),
	training: z.string().nullable(),
	tot_emp: z.number().nullable(),
	tot_emp_flag: flag.nullable(),
	a_mean: money,
	a_mean_flag: flag.nullable(),
	a_pct10: money,
	a_pct10_flag: flag.nullable(),
	a_pct25: money,
	a_pct25_flag: flag.nullable(),
	a_median: money,
	a_median_flag: flag.nullable(),
	a_pct75: money,
	a_pct75_flag: flag.nullable(),
	a_pct90: money,
	a_pct90_flag: flag.nullable(),
	h_median: money,
	h_median_flag: flag.nullable(),
	emp_start: z.number().nullable(),
	emp_end: z.number().nullable(),
	emp_change: z.number().nullable(),
	pct_change: z.number().nullable(),
	openings_annual: z.number().nullable()
});
export type OccupationSummary = z.infer<typeof occupationSummary>;

export function occupationSummarySql(codes: readonly string[], r: Pick<Releases, 'oews_year' | 'ep_start'>): string {
	return `
SELECT
	o.soc_code, o.title, o.major_code, o.major_title, o.definition, o.example_titles, o.education, o.experience, o.training,
	w.tot_emp, w.tot_emp_flag, w.a_mean, w.a_mean_flag,
	w.a_pct10, w.a_pct10_flag, w.a_pct25, w.a_pct25_flag, w.a_median, w.a_median_flag,
	w.a_pct75, w.a_pct75_flag, w.a_pct90, w.a_pct90_flag, w.h_median, w.h_median_flag,
	p.emp_start, p.emp_end, p.emp_change, p.pct_change, p.openings_annual
FROM occupations o
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = ${num(r.oews_year)} AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = ${num(r.ep_start)}
WHERE o.soc_code IN (${strList(codes)})
ORDER BY list_position([${strList(codes)}], o.soc_code)`;
}

/**
 * Growth of all occupations in a release, from its rows that do not double count: a broad
 * code (ending in 0) is left out when the release also lists its detailed occupations.
 */
export const allOccupationsGrowthSql = (epStart: number) => `
WITH rel AS (SELECT * FROM projections WHERE period_start = ${num(epStart)}),
leaf AS (
	SELECT * FROM rel r
	WHERE NOT (right(r.soc_code, 1) = '0' AND EXISTS (
		SELECT 1 FROM rel c WHERE c.soc_code <> r.soc_code AND left(c.soc_code, 6) = left(r.soc_code, 6)))
)
SELECT sum(emp_start)::BIGINT AS emp_start, sum(emp_end)::BIGINT AS emp_end,
	round(100.0 * (sum(emp_end) - sum(emp_start)) / sum(emp_start), 1)::DOUBLE AS pct_change,
	sum(openings_annual)::BIGINT AS openings_annual
FROM leaf`;

export const allOccupationsGrowth = z.object({ emp_start: z.number(), emp_end: z.number(), pct_change: z.number(), openings_annual: z.number() });
export type AllOccupationsGrowth = z.infer<typeof allOccupationsGrowth>;

/** The published ladder roles (and seed roles with a track) that map to the given occupations. */
export const ladderForSql = (codes: readonly string[]) => `
SELECT role, track, level, median_salary, soc_code, mapping_note, source, as_of
FROM roles WHERE soc_code IN (${strList(codes)})
ORDER BY CASE level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END, track, role`;

export const ladderRole = z.object({
	role: z.string(),
	track: z.enum(['IT', 'IS']),
	level: z.enum(['entry', 'mid', 'senior']),
	median_salary: z.number(),
	soc_code: z.string(),
	mapping_note: z.string(),
	source: z.string(),
	as_of: z.string()
});
export type LadderRole = z.infer<typeof ladderRole>;

export const aliasesForSql = (code: string) =>
	`SELECT alias, kind, track, reason FROM role_aliases WHERE soc_code = ${str(code)} AND kind <> 'ladder' ORDER BY kind, alias`;
export const aliasRow = z.object({ alias: z.string(), kind: z.string(), track: z.string().nullable(), reason: z.string() });

/** Other detailed occupations in the same minor group (e.g. 15-12xx), largest first. */
export const similarSql = (code: string, r: Pick<Releases, 'oews_year' | 'ep_start'>) => `
SELECT o.soc_code, o.title, w.tot_emp, w.tot_emp_flag, w.a_median, w.a_median_flag, p.pct_change
FROM occupations o
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = ${num(r.oews_year)} AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = ${num(r.ep_start)}
WHERE o.soc_level = 'detailed' AND left(o.soc_code, 4) = left(${str(code)}, 4) AND o.soc_code <> ${str(code)}
	AND (w.soc_code IS NOT NULL OR p.soc_code IS NOT NULL)
ORDER BY w.tot_emp DESC NULLS LAST, o.soc_code`;
export const similarRow = z.object({
	soc_code: z.string(),
	title: z.string(),
	tot_emp: z.number().nullable(),
	tot_emp_flag: z.string().nullable(),
	a_median: z.number().nullable(),
	a_median_flag: z.string().nullable(),
	pct_change: z.number().nullable()
});
export type SimilarRow = z.infer<typeof similarRow>;

/** Detailed occupations that have a page: every SOC 2018 detailed code. */
export const detailedCodesSql = () => `SELECT soc_code FROM occupations WHERE soc_level = 'detailed' ORDER BY soc_code`;
