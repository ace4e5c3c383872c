/**
 * SQL of the levels sections: O*NET 29.2 detail of the O*NET occupations under some SOC codes,
 * one row per O*NET occupation (never averaged over a SOC code's several O*NET occupations).
 * Plain functions of the codes, so unit tests read the SQL without a database.
 */
import { defineQuery } from '$lib/db/query';
import { num, strList } from '$lib/sql';
import { coreTaskRow, experienceCellRow, interestScoreRow, onetProfileRow, techCountRow, techHighlightRow } from './rows';

type Codes = { codes: readonly string[] };

/** The O*NET occupations of the SOC codes, with their Job Zone; the .00 occupation with no data is left out when others exist. */
export const onetProfilesQuery = defineQuery({
	name: 'O*NET occupations of SOC codes',
	tables: ['onet_occupations'],
	row: onetProfileRow,
	sql: ({ codes }: Codes) => `
SELECT onet_code, soc_code, title, job_zone
FROM onet_occupations o
WHERE soc_code IN (${strList(codes)})
	AND NOT (job_zone IS NULL AND EXISTS (SELECT 1 FROM onet_occupations x WHERE x.soc_code = o.soc_code AND x.onet_code <> o.onet_code))
ORDER BY list_position([${strList(codes)}], soc_code), onet_code`
});

/** Related work experience (RW) and required education (RL): every category, with its precision and O*NET's suppression advice. */
export const experienceQuery = defineQuery({
	name: 'O*NET experience and education distributions',
	tables: ['experience_requirements'],
	row: experienceCellRow,
	sql: ({ codes }: Codes) => `
SELECT onet_code, scale, category, category_label, pct, n, std_error, ci_low, ci_high, suppress, as_of
FROM experience_requirements
WHERE soc_code IN (${strList(codes)}) AND scale IN ('related_experience', 'education')
ORDER BY onet_code, scale DESC, category`
});

/** Hot or in-demand technologies, in-demand first, by kind (UNSPSC commodity title). */
export const techHighlightsQuery = defineQuery({
	name: 'hot and in-demand technologies',
	tables: ['technologies'],
	row: techHighlightRow,
	sql: ({ codes }: Codes) => `
SELECT onet_code, example, commodity_title, hot, in_demand
FROM technologies
WHERE soc_code IN (${strList(codes)}) AND (hot OR in_demand)
ORDER BY onet_code, commodity_title, in_demand DESC, example`
});

/** How many technologies O*NET lists per occupation, and the kinds of those that are neither hot nor in demand. */
export const techCountsQuery = defineQuery({
	name: 'technology counts',
	tables: ['technologies'],
	row: techCountRow,
	sql: ({ codes }: Codes) => `
SELECT onet_code, count(*)::INTEGER AS total, count(*) FILTER (WHERE hot OR in_demand)::INTEGER AS highlighted,
	count(DISTINCT commodity_title) FILTER (WHERE NOT (hot OR in_demand))::INTEGER AS other_kinds
FROM technologies
WHERE soc_code IN (${strList(codes)})
GROUP BY onet_code
ORDER BY onet_code`
});

/** The first `limit` core tasks of each occupation in O*NET's task-ID order (O*NET 29.2 has no ranking in the tables ingested), with the count of all. */
export const coreTasksQuery = defineQuery({
	name: 'core tasks',
	tables: ['tasks'],
	row: coreTaskRow,
	sql: ({ codes, limit }: Codes & { limit: number }) => `
SELECT onet_code, task_id, task, core_total FROM (
	SELECT onet_code, task_id, task, (count(*) OVER (PARTITION BY onet_code))::INTEGER AS core_total,
		row_number() OVER (PARTITION BY onet_code ORDER BY task_id) AS k
	FROM tasks
	WHERE soc_code IN (${strList(codes)}) AND task_type = 'core'
)
WHERE k <= ${num(limit)}
ORDER BY onet_code, task_id`
});

/** The six RIASEC interest scores of each occupation, in RIASEC order, with the high-point ranks. */
export const interestsQuery = defineQuery({
	name: 'interest profiles',
	tables: ['interests'],
	row: interestScoreRow,
	sql: ({ codes }: Codes) => `
SELECT onet_code, interest, score, high_point_rank
FROM interests
WHERE soc_code IN (${strList(codes)})
ORDER BY onet_code, list_position(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'], interest)`
});
