/**
 * OEWS estimates by industry sector (the national sector file, May of its year): one occupation
 * in every sector that lists it, the sectors for menus, and one sector's pay for every detailed
 * occupation (the explorer's sector columns). The file's only year is the latest one there.
 */
import { defineQuery } from '$lib/db/query';
import { str, strList } from '$lib/sql';
import { sectorPayRow, sectorRow } from './rows';

const latest = `(SELECT max(year) FROM industry_wages)`;

/**
 * (a) Every sector with estimates for each occupation asked, most jobs first. The share is of the
 * occupation's national cross-industry employment in the same May (the `wages` table), so a
 * reader can see how the jobs spread; sectors need not add up to it (some are not published).
 */
export const occupationSectorsQuery = defineQuery({
	name: 'occupations in every industry sector',
	tables: ['industry_wages', 'wages'],
	row: sectorPayRow,
	sql: ({ codes }: { codes: readonly string[] }) => `
WITH nat AS (
	SELECT soc_code, tot_emp FROM wages WHERE area_type = 'national' AND year = ${latest} AND soc_code IN (${strList(codes)}) AND tot_emp_flag = 'published'
)
SELECT i.soc_code, i.year, i.naics, i.naics_title, i.tot_emp, i.tot_emp_flag,
	i.a_pct25, i.a_pct25_flag, i.a_median, i.a_median_flag, i.a_pct75, i.a_pct75_flag,
	n.tot_emp::INTEGER AS occupation_emp,
	CASE WHEN i.tot_emp_flag = 'published' THEN 100.0 * i.tot_emp / n.tot_emp END::DOUBLE AS share_pct
FROM industry_wages i LEFT JOIN nat n ON n.soc_code = i.soc_code
WHERE i.year = ${latest} AND i.soc_code IN (${strList(codes)})
ORDER BY i.soc_code, i.tot_emp DESC NULLS LAST, i.naics`
});

/** (b) The sectors of the file, by code. */
export const sectorsQuery = defineQuery({
	name: 'industry sectors',
	tables: ['industry_wages'],
	row: sectorRow,
	sql: () => `
SELECT naics, any_value(naics_title) AS naics_title, year
FROM industry_wages WHERE year = ${latest}
GROUP BY naics, year ORDER BY naics`
});

/**
 * (c) One sector's jobs and median for every detailed occupation it lists: the explorer joins it
 * as a subquery, hence a builder of its own. Its names are its own, so that the explorer's
 * ORDER BY tot_emp or a_median cannot be ambiguous.
 */
export function sectorPaySql(naics: string): string {
	return `
SELECT soc_code, tot_emp AS s_emp, tot_emp_flag AS s_emp_flag, a_median AS s_median, a_median_flag AS s_median_flag
FROM industry_wages
WHERE year = ${latest} AND naics = ${str(naics)} AND soc_level = 'detailed'`;
}
