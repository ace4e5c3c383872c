/** Example queries that answer questions people ask of the data; each names its releases in the SQL. */
export interface Example {
	id: string;
	question: string;
	sql: string;
}

export const examples: Example[] = [
	{
		id: 'growth',
		question: 'Which IT and IS occupations are projected to grow fastest?',
		sql: `-- IT and IS track occupations by projected employment change, latest EP release
SELECT p.soc_code, p.title, t.track, p.period_start, p.period_end,
       p.emp_start, p.emp_end, p.pct_change, p.openings_annual
FROM projections p
JOIN tracks t USING (soc_code)
WHERE p.period_start = (SELECT max(period_start) FROM projections)
ORDER BY p.pct_change DESC`
	},
	{
		id: 'constant-dollars',
		question: 'How has the median pay of computer and information systems managers (11-3021) moved, after inflation?',
		sql: `-- 11-3021 national median by OEWS May year, in current dollars and in dollars of the
-- latest OEWS year (CPI-U U.S. city average, May values, not seasonally adjusted).
-- A top-coded median (flag 'topcoded') is the cap, not the median.
WITH latest AS (SELECT may_value FROM cpi WHERE year = (SELECT max(year) FROM wages))
SELECT w.year, w.a_median, w.a_median_flag, c.may_value AS cpi_may,
       round(w.a_median * latest.may_value / c.may_value) AS a_median_latest_dollars
FROM wages w
JOIN cpi c USING (year), latest
WHERE w.soc_code = '11-3021' AND w.area_type = 'national'
ORDER BY w.year`
	},
	{
		id: 'security-states',
		question: 'In which states do information security analysts (15-1212) earn most?',
		sql: `-- 15-1212 annual median wage by state, latest OEWS state release; unpublished values left out
SELECT area_title, state, year, a_median, tot_emp
FROM wages
WHERE soc_code = '15-1212' AND area_type = 'state' AND a_median_flag = 'published'
  AND year = (SELECT max(year) FROM wages WHERE area_type = 'state')
ORDER BY a_median DESC
LIMIT 15`
	},
	{
		id: 'percentiles',
		question: 'All wage percentiles for one occupation in every release',
		sql: `-- Software developers (15-1252), national: every OEWS release on file
SELECT year, a_pct10, a_pct25, a_median, a_pct75, a_pct90, a_median_flag, tot_emp
FROM wages
WHERE soc_code = '15-1252' AND area_type = 'national'
ORDER BY year`
	}
];

export const defaultSql = examples[0]!.sql;
