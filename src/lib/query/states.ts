/**
 * State and territory estimates (OEWS state file, May of the state year): one occupation in every
 * area with the national row of the same year beside it, which occupations the state file covers,
 * and one state's value of a measure for every occupation (the explorer's state column).
 *
 * Areas come from the state file itself, so an area with no row for the occupation (Guam has no
 * 11-3021 row) is still listed: its values are null, its flags `not_applicable` and
 * `in_state_file` is false.
 */
import { z } from 'zod';
import { num, str } from '$lib/sql';

/** The measures a state map can show, in the order of its selector. */
export const stateMeasures = ['a_median', 'a_pct10', 'a_pct90', 'tot_emp', 'jobs_per_1000', 'loc_quotient'] as const;
export type StateMeasure = (typeof stateMeasures)[number];

/** Value columns of a state row, each with its `<col>_flag`. */
export const stateValueColumns = ['tot_emp', 'jobs_per_1000', 'loc_quotient', 'a_pct10', 'a_median', 'a_pct90', 'a_mean'] as const;
export type StateValueColumn = (typeof stateValueColumns)[number];

const flag = z.enum(['published', 'suppressed', 'topcoded', 'not_applicable']);

export const stateAreaRow = z.object({
	/** Two-letter postal code; null for the national row. */
	state: z.string().length(2).nullable(),
	area_code: z.string(),
	area_title: z.string(),
	area_type: z.enum(['national', 'state', 'territory']),
	/** False when the state file has no row for the occupation in this area. */
	in_state_file: z.boolean(),
	tot_emp: z.number().nullable(),
	tot_emp_flag: flag,
	jobs_per_1000: z.number().nullable(),
	jobs_per_1000_flag: flag,
	loc_quotient: z.number().nullable(),
	loc_quotient_flag: flag,
	a_pct10: z.number().nullable(),
	a_pct10_flag: flag,
	a_median: z.number().nullable(),
	a_median_flag: flag,
	a_pct90: z.number().nullable(),
	a_pct90_flag: flag,
	a_mean: z.number().nullable(),
	a_mean_flag: flag
});
export type StateAreaRow = z.infer<typeof stateAreaRow>;

const valueSelect = (alias: string) =>
	stateValueColumns.map((c) => `${alias}.${c}, coalesce(${alias}.${c}_flag, 'not_applicable') AS ${c}_flag`).join(', ');

/**
 * (a) Every area of the state file (50 states, DC, territories) for one occupation, plus the
 * national row of the same year first. States and DC are ordered by name, then territories.
 */
export function stateAreasSql(code: string, year: number): string {
	return `
WITH areas AS (
	SELECT area_code, any_value(area_title) AS area_title, any_value(area_type) AS area_type, any_value(state) AS state
	FROM wages WHERE year = ${num(year)} AND area_type <> 'national'
	GROUP BY area_code
),
occ AS (
	SELECT * FROM wages WHERE year = ${num(year)} AND area_type <> 'national' AND soc_code = ${str(code)}
)
SELECT state, area_code, area_title, area_type, in_state_file, ${stateValueColumns.flatMap((c) => [c, `${c}_flag`]).join(', ')}
FROM (
	SELECT 0 AS part, w.state, w.area_code, w.area_title, w.area_type, TRUE AS in_state_file, ${valueSelect('w')}
	FROM wages w WHERE w.year = ${num(year)} AND w.area_type = 'national' AND w.soc_code = ${str(code)}
	UNION ALL
	SELECT CASE a.area_type WHEN 'state' THEN 1 ELSE 2 END, a.state, a.area_code, a.area_title, a.area_type, o.soc_code IS NOT NULL, ${valueSelect('o')}
	FROM areas a LEFT JOIN occ o ON o.area_code = a.area_code
)
ORDER BY part, area_title`;
}

export const stateOccupationRow = z.object({ soc_code: z.string(), title: z.string(), areas: z.number() });
export type StateOccupationRow = z.infer<typeof stateOccupationRow>;

/** (b) The detailed occupations the state file covers, with the number of areas that list each. */
export const stateOccupationsSql = (year: number) => `
SELECT soc_code, any_value(title) AS title, count(DISTINCT area_code)::INTEGER AS areas
FROM wages
WHERE year = ${num(year)} AND area_type <> 'national' AND soc_level = 'detailed'
GROUP BY soc_code
ORDER BY soc_code`;

export const stateMeasureRow = z.object({ soc_code: z.string(), value: z.number().nullable(), flag });
export type StateMeasureRow = z.infer<typeof stateMeasureRow>;

/**
 * (c) One area's value of a measure for every detailed occupation it has a row for. Only the
 * whitelisted measure names reach the SQL; the state is a quoted literal.
 */
export function stateMeasureSql(state: string, measure: StateMeasure, year: number): string {
	if (!stateMeasures.includes(measure)) throw new Error(`not a state measure: ${measure}`);
	return `
SELECT soc_code, ${measure} AS value, ${measure}_flag AS flag
FROM wages
WHERE year = ${num(year)} AND area_type <> 'national' AND state = ${str(state)} AND soc_level = 'detailed'`;
}

export const stateListRow = z.object({ state: z.string().length(2), area_title: z.string(), area_type: z.enum(['state', 'territory']) });
export type StateListRow = z.infer<typeof stateListRow>;

/** The areas of the state file, for menus: states and DC by name, then territories. */
export const stateListSql = (year: number) => `
SELECT state, any_value(area_title) AS area_title, any_value(area_type) AS area_type
FROM wages WHERE year = ${num(year)} AND area_type <> 'national'
GROUP BY state
ORDER BY CASE any_value(area_type) WHEN 'state' THEN 0 ELSE 1 END, area_title`;

/** A two-letter code from a link, upper-cased, or null when it does not look like one. */
export function stateCodeFromParam(v: string | null | undefined): string | null {
	if (!v) return null;
	const s = v.trim().toUpperCase();
	return /^[A-Z]{2}$/.test(s) ? s : null;
}
