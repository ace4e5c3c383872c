/**
 * The explorer_occupations table, derived by the ingest from the tables it has just written
 * (schema/derived-tables.ts runs this SQL with DuckDB in Node). Relative imports: the ingest runs
 * under tsx, outside Vite, where `$lib` does not resolve on a fresh clone.
 */
import { releasesSql } from '../releases';
import { careerLevelSql } from '../levels/level';
import { levelOrderSql, percentiles } from '../vocabulary';

/**
 * One row per detailed occupation with everything a filter can need, from the latest releases: pay at every level, jobs, projection,
 * tracks, and the ladder roles, aliases and example titles a search looks in. Tracks come from the
 * tracks table alone (a `both` member is on IT and IS): aliases find occupations, they do not put
 * them on a track. The explorer page
 * loads only this table, and every filter reads it instead of joining five tables again.
 * Ladder roles are three lists in the same order (role, track, level): Parquet in the browser
 * carries lists of plain values.
 */
export function explorerOccupationsSql(): string {
	const payColumns = percentiles.flatMap((c) => [`w.${c}`, `w.${c}_flag`]).join(', ');
	return `
WITH
latest AS (SELECT oews_year, ep_start FROM (${releasesSql()})),
ladder AS (
	SELECT soc_code,
		list(role ORDER BY level_order, role) AS ladder_roles,
		list(track ORDER BY level_order, role) AS ladder_role_tracks,
		list(level ORDER BY level_order, role) AS ladder_role_levels
	FROM (SELECT *, ${levelOrderSql('level')} AS level_order FROM roles)
	GROUP BY soc_code
),
aliases AS (SELECT soc_code, list(alias ORDER BY alias) AS aliases FROM role_aliases GROUP BY soc_code),
zones AS (SELECT soc_code, list(DISTINCT job_zone::VARCHAR ORDER BY job_zone::VARCHAR) AS job_zones FROM onet_occupations WHERE job_zone IS NOT NULL GROUP BY soc_code)
SELECT
	o.soc_code, o.title, o.major_code, o.major_title, o.education, coalesce(o.example_titles, []) AS example_titles,
	latest.oews_year, w.tot_emp, w.tot_emp_flag, ${payColumns},
	o.experience, ${careerLevelSql('o.experience')} AS career_level, coalesce(z.job_zones, [])::VARCHAR[] AS job_zones,
	latest.ep_start, p.pct_change, p.openings_annual,
	CASE t.track WHEN 'both' THEN ['IS', 'IT'] WHEN 'IT' THEN ['IT'] WHEN 'IS' THEN ['IS'] ELSE [] END::VARCHAR[] AS tracks,
	coalesce(l.ladder_roles, []) AS ladder_roles,
	coalesce(l.ladder_role_tracks, []) AS ladder_role_tracks,
	coalesce(l.ladder_role_levels, []) AS ladder_role_levels,
	coalesce(al.aliases, []) AS aliases
FROM occupations o
CROSS JOIN latest
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = latest.oews_year AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = latest.ep_start
LEFT JOIN ladder l ON l.soc_code = o.soc_code
LEFT JOIN tracks t ON t.soc_code = o.soc_code
LEFT JOIN aliases al ON al.soc_code = o.soc_code
LEFT JOIN zones z ON z.soc_code = o.soc_code
WHERE o.soc_level = 'detailed' AND (w.soc_code IS NOT NULL OR p.soc_code IS NOT NULL)
ORDER BY o.soc_code`;
}

/**
 * explorer_titles: every job title O*NET lists for the occupation (alternate titles, their short
 * forms such as CTO, and titles incumbents reported), per SOC code of explorer_occupations, so that
 * "Penetration Tester" or "Site Reliability Engineer" find their occupation. About 60,000 titles
 * (about 390 KB): the explorer fetches them when someone goes to search, never for the default view.
 */
export function explorerTitlesSql(): string {
	return `
SELECT t.soc_code, list(DISTINCT t.title ORDER BY t.title) AS onet_titles
FROM titles t
WHERE t.soc_code IN (SELECT soc_code FROM explorer_occupations)
GROUP BY t.soc_code
ORDER BY t.soc_code`;
}
