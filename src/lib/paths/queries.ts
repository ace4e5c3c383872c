/**
 * Career paths through O*NET related occupations. The search is one recursive query: a walk
 * backwards from the goal gives every occupation's distance to it, and the walk forwards from the
 * start only takes links that can still reach the goal in the moves left, so it enumerates few
 * routes. The same SQL runs at build time (DuckDB in Node) and in the browser (DuckDB-WASM).
 */
import { defineQuery } from '$lib/db/query';
import type { ShownReleases } from '$lib/occupation/queries';
import { num, str, strList } from '$lib/sql';
import { ofCode } from '$lib/occupation/of-code';
import { likelyStopRow, neighbourRow, pathChoiceRow, routeRow, stopRow } from './rows';

/** Routes are at most this many moves (links) long: five occupations. */
export const MAX_MOVES = 4;
/** How many routes a search shows. */
export const ROUTES_SHOWN = 5;

/** primary: O*NET's primary-short and primary-long links only; all: supplemental links too. */
export type TierSet = 'primary' | 'all';

export interface PathSearch {
	from: string;
	to: string;
	tiers: TierSet;
	epStart: number;
	maxMoves?: number;
	limit?: number;
}

/**
 * The ranking rule, in SQL: fewest moves, then fewest supplemental links, then most openings a
 * year summed over the occupations after the first (carried along the walk); the codes
 * themselves break ties. Only routes at most one move longer than the shortest are walked.
 * `back` goes one move less than the longest route: the start's distance is one more than its
 * nearest related occupation's.
 */
export function pathSearchSql({ from, to, tiers, epStart, maxMoves = MAX_MOVES, limit = ROUTES_SHOWN }: PathSearch): string {
	const supplemental = `len(list_filter(tiers, t -> t = 'supplemental'))`;
	return `
WITH RECURSIVE
edge AS MATERIALIZED (
	SELECT r.onet_code AS a, r.related_onet_code AS b, r.related_soc_code AS b_soc, r.tier, coalesce(p.openings_annual, 0) AS b_open
	FROM related_occupations r LEFT JOIN projections p ON p.soc_code = r.related_soc_code AND p.period_start = ${num(epStart)}${tiers === 'primary' ? ` WHERE r.tier <> 'supplemental'` : ''}
),
back(node, dist) AS (
	SELECT onet_code, 0 FROM onet_occupations WHERE soc_code = ${str(to)}
	UNION
	SELECT e.a, back.dist + 1 FROM back JOIN edge e ON e.b = back.node WHERE back.dist < ${num(maxMoves - 1)}
),
need AS (SELECT node, min(dist) AS dist FROM back GROUP BY node),
start AS (
	SELECT o.onet_code, o.soc_code, 1 + min(n.dist) AS dist
	FROM onet_occupations o JOIN edge e ON e.a = o.onet_code JOIN need n ON n.node = e.b
	WHERE o.soc_code = ${str(from)} GROUP BY ALL
),
bound AS (SELECT least(${num(maxMoves)}, min(dist) + 1) AS maxd FROM start),
walk(node, soc, path, socs, tiers, depth, openings) AS (
	SELECT onet_code, soc_code, [onet_code], [soc_code], []::VARCHAR[], 0, 0 FROM start, bound WHERE dist <= maxd
	UNION ALL
	SELECT e.b, e.b_soc, list_append(w.path, e.b), list_append(w.socs, e.b_soc), list_append(w.tiers, e.tier), w.depth + 1, w.openings + e.b_open
	FROM walk w JOIN edge e ON e.a = w.node JOIN need n ON n.node = e.b, bound
	WHERE n.dist <= bound.maxd - 1 - w.depth AND w.soc <> ${str(to)} AND NOT list_contains(w.socs, e.b_soc)
)
SELECT (row_number() OVER (ORDER BY depth, ${supplemental}, openings DESC, list_string_agg(path)))::INTEGER AS route,
	path AS onet_codes, socs AS soc_codes, tiers, depth::INTEGER AS moves, ${supplemental}::INTEGER AS supplemental, openings::INTEGER AS openings_along
FROM walk WHERE soc = ${str(to)} AND depth > 0
ORDER BY route
LIMIT ${num(limit)}`;
}

export const pathSearchQuery = defineQuery({
	name: 'career path search',
	tables: ['related_occupations', 'onet_occupations', 'projections'],
	row: routeRow,
	sql: pathSearchSql
});

/** The stops of routes: each O*NET occupation with its SOC's latest national OEWS pay and EP projection. */
export const stopsQuery = defineQuery({
	name: 'career path stops',
	tables: ['onet_occupations', 'occupations', 'wages', 'projections', 'technologies', 'tasks'],
	row: stopRow,
	sql: ({ codes, releases: r }: { codes: readonly string[]; releases: ShownReleases }) => `
SELECT o.onet_code, o.soc_code, o.title, o.job_zone, o.job_zone_label, s.title AS soc_title,
	w.a_pct10, w.a_pct10_flag, w.a_median, w.a_median_flag, w.a_pct90, w.a_pct90_flag,
	p.pct_change, p.openings_annual, p.education, p.experience,
	coalesce((SELECT list(t.example ORDER BY t.in_demand DESC, t.example) FROM technologies t WHERE t.onet_code = o.onet_code AND t.hot), []) AS hot_technologies,
	coalesce((SELECT list(k.task ORDER BY k.task_id)[1:2] FROM tasks k WHERE k.onet_code = o.onet_code AND k.task_type = 'core'), []) AS core_tasks
FROM onet_occupations o
LEFT JOIN occupations s ON s.soc_code = o.soc_code
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = ${num(r.oews_year)} AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = ${num(r.ep_start)}
WHERE o.onet_code IN (${strList(codes)})
ORDER BY o.onet_code`
});

/**
 * The O*NET occupations of the IT and IS tracks and those one primary link from them: the stops
 * most routes people look for pass through, fetched ahead so a route's figures wait for nothing.
 */
export const likelyStopsQuery = defineQuery({
	name: 'likely career path stops',
	tables: ['tracks', 'onet_occupations', 'related_occupations'],
	row: likelyStopRow,
	sql: () => `
SELECT o.onet_code FROM onet_occupations o JOIN tracks t ON t.soc_code = o.soc_code
UNION
SELECT r.related_onet_code FROM related_occupations r JOIN tracks t ON t.soc_code = r.soc_code WHERE r.tier <> 'supplemental'
ORDER BY 1`
});

/** Occupations a path can start or end at: SOC detailed codes that O*NET describes. */
export const pathChoicesQuery = defineQuery({
	name: 'career path choices',
	tables: ['onet_occupations', 'occupations'],
	row: pathChoiceRow,
	sql: () => `
SELECT s.soc_code, s.title FROM occupations s
WHERE s.soc_level = 'detailed' AND EXISTS (SELECT 1 FROM onet_occupations o WHERE o.soc_code = s.soc_code)
ORDER BY s.title`
});

/**
 * Each occupation's related occupations out (O*NET lists them under it) and in (it is listed under
 * them), one row per other SOC code: its closest tier, best rank, and the O*NET titles linked.
 */
export const neighboursQuery = defineQuery({
	name: 'related occupations out and in',
	tables: ['related_occupations', 'onet_occupations', 'occupations', 'wages', 'projections'],
	row: neighbourRow.extend(ofCode),
	sql: ({ codes, releases: r }: { codes: readonly string[]; releases: ShownReleases }) => `
WITH links AS (
	SELECT soc_code AS of_code, 'out' AS direction, related_soc_code AS other, related_onet_code AS other_onet, tier, rank FROM related_occupations
	WHERE soc_code IN (${strList(codes)}) AND related_soc_code <> soc_code
	UNION ALL
	SELECT related_soc_code, 'in', soc_code, onet_code, tier, rank FROM related_occupations
	WHERE related_soc_code IN (${strList(codes)}) AND soc_code <> related_soc_code
),
tiered AS (
	SELECT of_code, direction, other, min(CASE tier WHEN 'primary_short' THEN 0 WHEN 'primary_long' THEN 1 ELSE 2 END) AS t, min(rank)::INTEGER AS best_rank,
		list(DISTINCT o.title ORDER BY o.title) AS onet_titles
	FROM links l JOIN onet_occupations o ON o.onet_code = l.other_onet
	GROUP BY of_code, direction, other
)
SELECT t.of_code, direction, t.other AS soc_code, coalesce(s.title, t.other) AS title, onet_titles,
	CASE t.t WHEN 0 THEN 'primary_short' WHEN 1 THEN 'primary_long' ELSE 'supplemental' END AS tier, best_rank,
	w.a_median, w.a_median_flag, p.pct_change
FROM tiered t
LEFT JOIN occupations s ON s.soc_code = t.other
LEFT JOIN wages w ON w.soc_code = t.other AND w.year = ${num(r.oews_year)} AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = t.other AND p.period_start = ${num(r.ep_start)}
ORDER BY t.of_code, direction DESC, t.t, best_rank, soc_code`
});
