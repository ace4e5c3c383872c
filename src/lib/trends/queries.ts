/**
 * Every SQL statement the trends feature runs, each with the tables it reads and the row schema
 * its answer is checked against. The same definitions run at build time and in the browser.
 */
import { defineQuery } from '$lib/db/query';
import { claimRow } from '$lib/schema/tables';
import { num, strList } from '$lib/sql';
import { claimOccupationRow, coverRow, cpiMayRow, oewsYearRow, projectionValueRow, releaseRow, titleRow, wageValueRow } from './rows';
import { aggregates, type Program } from './soc-continuity';

const aggregateValues = () => aggregates.flatMap((a) => a.parts.map((p) => `(${strList([a.soc, a.code, p])})`)).join(',\n\t');

/**
 * For every published code of every OEWS year (national, detailed) or EP release: the SOC 2018
 * codes it covers. A CTE named `soc_cover(period, soc_code, is_aggregate, covers)`; `period` is
 * the OEWS year or the EP base year.
 */
export function socCoverCte(program: Program): string {
	const published =
		program === 'oews'
			? `SELECT year AS period, soc_code, CASE WHEN soc_version = '2010' THEN '2010' ELSE '2018' END AS soc FROM wages WHERE area_type = 'national' AND soc_level = 'detailed'`
			: `SELECT period_start AS period, soc_code, CASE WHEN soc_version = '2010' THEN '2010' ELSE '2018' END AS soc FROM projections`;
	return `
agg(soc, code, part) AS (VALUES
	${aggregateValues()}
),
pub AS (${published}),
parts AS (
	SELECT p.period, p.soc_code, p.soc, p.soc_code AS part, FALSE AS is_aggregate FROM pub p
	WHERE NOT EXISTS (SELECT 1 FROM agg a WHERE a.soc = p.soc AND a.code = p.soc_code)
	UNION ALL
	-- An aggregate stands for its parts that the same year does not publish on their own.
	SELECT p.period, p.soc_code, p.soc, a.part, TRUE FROM pub p JOIN agg a ON a.soc = p.soc AND a.code = p.soc_code
	WHERE NOT EXISTS (SELECT 1 FROM pub q WHERE q.period = p.period AND q.soc_code = a.part)
),
soc_cover AS (
	SELECT period, soc_code, bool_or(is_aggregate) AS is_aggregate, list(DISTINCT target ORDER BY target) AS covers
	FROM (
		SELECT parts.period, parts.soc_code, parts.is_aggregate, x.soc_2018 AS target
		FROM parts JOIN soc_crosswalk x ON parts.soc = '2010' AND x.soc_2010 = parts.part
		UNION ALL
		SELECT period, soc_code, is_aggregate, part FROM parts WHERE soc = '2018'
	)
	GROUP BY period, soc_code
)`;
}

/** Every published code of a program with the SOC 2018 codes it covers. */
export const socCoverQuery = defineQuery({
	name: 'SOC cover',
	tables: (program: Program) => [program === 'oews' ? 'wages' : 'projections', 'soc_crosswalk'],
	row: coverRow,
	sql: (program: Program) => `WITH ${socCoverCte(program)}
SELECT period, soc_code, is_aggregate, covers FROM soc_cover ORDER BY period, soc_code`
});

/** OEWS national rows (detailed level, every year) of the given codes. */
export const wageValuesQuery = defineQuery({
	name: 'wages by year',
	tables: ['wages'],
	row: wageValueRow,
	sql: (codes: readonly string[]) => `
SELECT ${Object.keys(wageValueRow.shape).join(', ')}
FROM wages WHERE area_type = 'national' AND soc_level = 'detailed' AND soc_code IN (${strList(codes)})
ORDER BY year, soc_code`
});

/** EP rows (every release) of the given codes. */
export const projectionValuesQuery = defineQuery({
	name: 'projections by release',
	tables: ['projections'],
	row: projectionValueRow,
	sql: (codes: readonly string[]) => `
SELECT ${Object.keys(projectionValueRow.shape).join(', ')}
FROM projections WHERE soc_code IN (${strList(codes)})
ORDER BY period_start, soc_code`
});

/** The OEWS years in the tables, oldest first. */
export const oewsYearsQuery = defineQuery({
	name: 'OEWS years',
	tables: ['wages'],
	row: oewsYearRow,
	sql: () => `SELECT DISTINCT year AS period FROM wages WHERE area_type = 'national' ORDER BY 1`
});

/** The EP releases in the tables, oldest first. */
export const epReleasesQuery = defineQuery({
	name: 'EP releases',
	tables: ['projections'],
	row: releaseRow,
	sql: () => `SELECT DISTINCT period_start AS period, period_end FROM projections ORDER BY 1`
});

/** The CPI-U May values (CUUR0000SA0, NSA) from `fromYear` on. */
export const cpiMayQuery = defineQuery({
	name: 'CPI-U in May',
	tables: ['cpi'],
	row: cpiMayRow,
	sql: (fromYear: number) => `SELECT year, may_value FROM cpi WHERE year >= ${num(fromYear)} AND may_value IS NOT NULL ORDER BY year`
});

/** SOC 2018 titles of the given codes, for the notes. */
export const titlesQuery = defineQuery({
	name: 'SOC titles',
	tables: ['occupations'],
	row: titleRow,
	sql: (codes: readonly string[]) => `SELECT soc_code, title FROM occupations WHERE soc_code IN (${strList(codes)})`
});

/** The figures quoted in the seed articles. */
export const claimsQuery = defineQuery({
	name: 'article claims',
	tables: ['claims'],
	row: claimRow,
	sql: () => `SELECT * FROM claims ORDER BY claim_id`
});

/** Every SOC code at every level, to expand a claim's group codes to detailed occupations. */
export const claimOccupationsQuery = defineQuery({
	name: 'occupations for claims',
	tables: ['occupations'],
	row: claimOccupationRow,
	sql: () => `SELECT soc_code, title, soc_level FROM occupations ORDER BY soc_code`
});
