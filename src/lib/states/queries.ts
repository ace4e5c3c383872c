/**
 * State and territory estimates (OEWS state file, May of the state year): one occupation in every
 * area with the national row of the same year beside it, which occupations the state file covers,
 * and one area's pay for every occupation (the explorer's state and U.S. pay columns).
 *
 * Areas come from the state file itself, so an area with no row for the occupation (Guam has no
 * 11-3021 row) is still listed: its values are null, its flags `not_applicable` and
 * `in_state_file` is false.
 */
import { defineQuery } from '$lib/db/query';
import { askedSql, ofCode } from '$lib/occupation/of-code';
import { num, str, strList } from '$lib/sql';
import { statePayColumns, stateValueColumns } from './params';
import { areaPayRow, stateAreaRow, stateListRow, stateOccupationRow } from './rows';

const valueSelect = (alias: string) => stateValueColumns.map((c) => `${alias}.${c}, coalesce(${alias}.${c}_flag, 'not_applicable') AS ${c}_flag`).join(', ');

/**
 * (a) Every area of the state file (50 states, DC, territories) for each occupation asked, plus
 * the national row of the same year first. States and DC are ordered by name, then territories.
 */
export const stateAreasQuery = defineQuery({
	name: 'occupations in every state',
	tables: ['wages'],
	row: stateAreaRow.extend(ofCode),
	sql: ({ codes, year }: { codes: readonly string[]; year: number }) => `
WITH areas AS (
	SELECT area_code, any_value(area_title) AS area_title, any_value(area_type) AS area_type, any_value(state) AS state
	FROM wages WHERE year = ${num(year)} AND area_type <> 'national'
	GROUP BY area_code
),
occ AS (
	SELECT * FROM wages WHERE year = ${num(year)} AND area_type <> 'national' AND soc_code IN (${strList(codes)})
)
SELECT of_code, state, area_code, area_title, area_type, in_state_file, ${stateValueColumns.flatMap((c) => [c, `${c}_flag`]).join(', ')}
FROM (
	SELECT w.soc_code AS of_code, 0 AS part, w.state, w.area_code, w.area_title, w.area_type, TRUE AS in_state_file, ${valueSelect('w')}
	FROM wages w WHERE w.year = ${num(year)} AND w.area_type = 'national' AND w.soc_code IN (${strList(codes)})
	UNION ALL
	SELECT q.of_code, CASE a.area_type WHEN 'state' THEN 1 ELSE 2 END, a.state, a.area_code, a.area_title, a.area_type, o.soc_code IS NOT NULL, ${valueSelect('o')}
	FROM ${askedSql(codes)} q CROSS JOIN areas a LEFT JOIN occ o ON o.area_code = a.area_code AND o.soc_code = q.of_code
)
ORDER BY of_code, part, area_title`
});

/** (b) The detailed occupations the state file covers, with the number of areas that list each. */
export const stateOccupationsQuery = defineQuery({
	name: 'occupations in the state file',
	tables: ['wages'],
	row: stateOccupationRow,
	sql: ({ year }: { year: number }) => `
SELECT soc_code, any_value(title) AS title, count(DISTINCT area_code)::INTEGER AS areas
FROM wages
WHERE year = ${num(year)} AND area_type <> 'national' AND soc_level = 'detailed'
GROUP BY soc_code
ORDER BY soc_code`
});

/**
 * (c) One area's pay (25th percentile, median, 75th percentile, each with its flag) for every
 * detailed occupation it has a row for: a state's, or with `state` null the nation's, in May of
 * `year`. The explorer joins both as subqueries, hence the builder of its own: a state beside the
 * U.S. of the same release.
 */
export function areaPaySql(state: string | null, year: number): string {
	const area = state === null ? `area_type = 'national'` : `area_type <> 'national' AND state = ${str(state)}`;
	return `
SELECT soc_code, ${statePayColumns.flatMap((c) => [c, `${c}_flag`]).join(', ')}
FROM wages
WHERE year = ${num(year)} AND ${area} AND soc_level = 'detailed'`;
}

export const areaPayQuery = defineQuery({
	name: "an area's pay per occupation",
	tables: ['wages'],
	row: areaPayRow,
	sql: ({ state, year }: { state: string | null; year: number }) => areaPaySql(state, year)
});

/** The areas of the state file, for menus: states and DC by name, then territories. */
export const stateListQuery = defineQuery({
	name: 'areas of the state file',
	tables: ['wages'],
	row: stateListRow,
	sql: ({ year }: { year: number }) => `
SELECT state, any_value(area_title) AS area_title, any_value(area_type) AS area_type
FROM wages WHERE year = ${num(year)} AND area_type <> 'national'
GROUP BY state
ORDER BY CASE any_value(area_type) WHEN 'state' THEN 0 ELSE 1 END, area_title`
});
