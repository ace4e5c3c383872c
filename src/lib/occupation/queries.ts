/**
 * One or more occupations with everything the role, compare and overview pages show: the
 * latest national OEWS estimates, the latest projection, and the SOC and EP descriptors; the
 * ladder roles and aliases that find them, and their neighbours in the SOC.
 */
import { defineQuery } from '$lib/db/query';
import type { Releases } from '$lib/releases';
import { num, strList } from '$lib/sql';
import { askedSql, ofCode } from './of-code';
import { levelOrderSql } from '$lib/vocabulary';
import { aliasRow, allOccupationsGrowthRow, detailedCodeRow, detailedOccupationRow, ladderRoleRow, occupationSummaryRow, similarRow } from './rows';

/** The releases a page shows: national OEWS of `oews_year`, EP starting `ep_start`. */
export type ShownReleases = Pick<Releases, 'oews_year' | 'ep_start'>;

/** The occupations `codes`, in that order. */
export const occupationSummaryQuery = defineQuery({
	name: 'occupation summary',
	tables: ['occupations', 'wages', 'projections'],
	row: occupationSummaryRow,
	sql: ({ codes, releases: r }: { codes: readonly string[]; releases: ShownReleases }) => `
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
ORDER BY list_position([${strList(codes)}], o.soc_code)`
});

/**
 * Growth of all occupations in a release, from its rows that do not double count: a broad
 * code (ending in 0) is left out when the release also lists its detailed occupations.
 */
export const allOccupationsGrowthQuery = defineQuery({
	name: 'all-occupations growth',
	tables: ['projections'],
	row: allOccupationsGrowthRow,
	sql: ({ epStart }: { epStart: number }) => `
WITH rel AS (SELECT * FROM projections WHERE period_start = ${num(epStart)}),
leaf AS (
	SELECT * FROM rel r
	WHERE NOT (right(r.soc_code, 1) = '0' AND EXISTS (
		SELECT 1 FROM rel c WHERE c.soc_code <> r.soc_code AND left(c.soc_code, 6) = left(r.soc_code, 6)))
)
SELECT sum(emp_start)::BIGINT AS emp_start, sum(emp_end)::BIGINT AS emp_end,
	round(100.0 * (sum(emp_end) - sum(emp_start)) / sum(emp_start), 1)::DOUBLE AS pct_change,
	sum(openings_annual)::BIGINT AS openings_annual
FROM leaf`
});

const roleColumns = 'role, track, level, median_salary, soc_code, mapping_note, source, as_of';

/** The whole published ladder, by track, then entry to senior, then pay (the overview page). */
export const ladderQuery = defineQuery({
	name: 'career ladder',
	tables: ['roles'],
	row: ladderRoleRow,
	sql: () => `SELECT ${roleColumns} FROM roles ORDER BY track, ${levelOrderSql('level')}, median_salary`
});

/** The published ladder roles (and seed roles with a track) that map to the given occupations. */
export const ladderForQuery = defineQuery({
	name: 'ladder roles of occupations',
	tables: ['roles'],
	row: ladderRoleRow,
	sql: ({ codes }: { codes: readonly string[] }) => `
SELECT ${roleColumns}
FROM roles WHERE soc_code IN (${strList(codes)})
ORDER BY ${levelOrderSql('level')}, track, role`
});

/** Other names that find the occupations (ladder roles are listed on their own). */
export const aliasesQuery = defineQuery({
	name: 'aliases of occupations',
	tables: ['role_aliases'],
	row: aliasRow.extend(ofCode),
	sql: ({ codes }: { codes: readonly string[] }) =>
		`SELECT soc_code AS of_code, alias, kind, track, reason FROM role_aliases WHERE soc_code IN (${strList(codes)}) AND kind <> 'ladder' ORDER BY of_code, kind, alias`
});

/**
 * "Similar" occupations: the other detailed occupations of the same SOC minor group (15-1200
 * Computer Occupations for 15-1212), those that share a track with this one first, then the rest
 * of the group, each part largest first. Tracks come from explorer_occupations.tracks. A minor
 * group's detailed codes start with its code less its trailing zeros (15-1200 → 15-12).
 */
export const similarQuery = defineQuery({
	name: 'similar occupations',
	tables: ['occupations', 'wages', 'projections', 'explorer_occupations'],
	row: similarRow.extend(ofCode),
	sql: ({ codes, releases: r }: { codes: readonly string[]; releases: ShownReleases }) => `
WITH target AS (
	SELECT a.of_code, m.soc_code AS minor_code, m.title AS minor_title, rtrim(m.soc_code, '0') AS prefix, coalesce(x.tracks, []) AS tracks
	FROM ${askedSql(codes)} a
	JOIN occupations m ON m.soc_level = 'minor' AND starts_with(a.of_code, rtrim(m.soc_code, '0'))
	LEFT JOIN explorer_occupations x ON x.soc_code = a.of_code
)
SELECT t.of_code, o.soc_code, o.title, w.tot_emp, w.tot_emp_flag, w.a_median, w.a_median_flag, p.pct_change,
	coalesce(e.tracks, []) AS tracks, list_sort(list_intersect(coalesce(e.tracks, []), t.tracks)) AS shared_tracks, t.minor_code, t.minor_title
FROM target t
JOIN occupations o ON o.soc_level = 'detailed' AND starts_with(o.soc_code, t.prefix) AND o.soc_code <> t.of_code
LEFT JOIN explorer_occupations e ON e.soc_code = o.soc_code
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = ${num(r.oews_year)} AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = ${num(r.ep_start)}
WHERE w.soc_code IS NOT NULL OR p.soc_code IS NOT NULL
ORDER BY t.of_code, len(shared_tracks) > 0 DESC, w.tot_emp DESC NULLS LAST, o.soc_code`
});

/** Detailed occupations that have a page: every SOC 2018 detailed code. */
export const detailedCodesQuery = defineQuery({
	name: 'detailed occupation codes',
	tables: ['occupations'],
	row: detailedCodeRow,
	sql: () => `SELECT soc_code FROM occupations WHERE soc_level = 'detailed' ORDER BY soc_code`
});

/** Every detailed occupation by title, for the menus that choose one. */
export const detailedOccupationsQuery = defineQuery({
	name: 'detailed occupations',
	tables: ['occupations'],
	row: detailedOccupationRow,
	sql: () => `SELECT soc_code, title FROM occupations WHERE soc_level = 'detailed' ORDER BY title`
});
