/**
 * The IT-vs-IS comparison's queries: the ladder with its occupations' pay (one OEWS national
 * release) and the track members with their projections (one EP release).
 */
import { defineQuery } from '$lib/db/query';
import { num } from '$lib/sql';
import { levelOrderSql } from '$lib/vocabulary';
import { ladderPayRow, trackMemberFiguresRow } from './rows';

/** Every ladder role with the OEWS national pay of its occupation in May `oewsYear`, entry to senior, IT then IS. */
export const ladderPayQuery = defineQuery({
	name: 'ladder roles with BLS pay',
	tables: ['roles', 'occupations', 'wages'],
	row: ladderPayRow,
	sql: ({ oewsYear }: { oewsYear: number }) => `
SELECT r.role, r.track, r.level, r.median_salary, r.soc_code, r.as_of, o.title,
	w.a_pct25, w.a_pct25_flag, w.a_median, w.a_median_flag, w.a_pct75, w.a_pct75_flag
FROM roles r
JOIN occupations o ON o.soc_code = r.soc_code
LEFT JOIN wages w ON w.soc_code = r.soc_code AND w.year = ${num(oewsYear)} AND w.area_type = 'national'
ORDER BY ${levelOrderSql('r.level')}, r.track = 'IS', r.median_salary, r.role`
});

/** The occupations of the tracks table with their projection in the EP release starting `epStart`. */
export const trackMembersQuery = defineQuery({
	name: 'track members with projections',
	tables: ['tracks', 'occupations', 'projections'],
	row: trackMemberFiguresRow,
	sql: ({ epStart }: { epStart: number }) => `
SELECT t.soc_code, t.track, t.reason, o.title, p.emp_start, p.emp_end, p.pct_change, p.openings_annual
FROM tracks t
JOIN occupations o ON o.soc_code = t.soc_code
LEFT JOIN projections p ON p.soc_code = t.soc_code AND p.period_start = ${num(epStart)}
ORDER BY t.soc_code`
});
