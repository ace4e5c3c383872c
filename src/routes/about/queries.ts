/**
 * What the about page reads from the tables: the ladder with its SOC titles, and per release
 * its SOC vintage, size, top-code caps and flagged cells, so the definitions it cites are the
 * data's own.
 */
import { z } from 'zod';
import { defineQuery } from '$lib/db/query';
import { num } from '$lib/sql';
import { claimRow, occupationRow, projectionRow, roleRow, socCrosswalkRow, wageRow, wageValueColumns } from '$lib/schema/tables';

const count = z.number().int();

export const ladderWithTitlesQuery = defineQuery({
	name: 'ladder roles with their SOC titles',
	tables: ['roles', 'occupations'],
	row: roleRow.extend({ soc_title: occupationRow.shape.title.nullable() }),
	sql: () => `SELECT r.*, o.title AS soc_title FROM roles r LEFT JOIN occupations o USING (soc_code) ORDER BY r.track, r.level, r.role`
});

const aCols = wageValueColumns.filter((c) => c.startsWith('a_'));
const hCols = wageValueColumns.filter((c) => c.startsWith('h_'));
/** The largest stored top-coded value among `cols`: the release's cap, since a top-coded cell stores it. */
const capOf = (cols: readonly string[]) => `greatest(${cols.map((c) => `max(${c}) FILTER (${c}_flag = 'topcoded')`).join(', ')})`;
const countFlag = (flag: string) => wageValueColumns.map((c) => `count(*) FILTER (${c}_flag = '${flag}')`).join(' + ');

/** Per national OEWS release: SOC vintage, rows, top-code caps as stored, and cells carrying each symbol. */
export const oewsReleasesQuery = defineQuery({
	name: 'national OEWS releases',
	tables: ['wages'],
	row: wageRow.pick({ year: true, soc_version: true }).extend({
		rows: count,
		annual_cap: z.number().nullable(),
		hourly_cap: z.number().nullable(),
		topcoded_cells: count,
		suppressed_cells: count
	}),
	sql: () => `SELECT year::INTEGER AS year, any_value(soc_version) AS soc_version, count(*)::INTEGER AS rows,
					${capOf(aCols)} AS annual_cap, ${capOf(hCols)} AS hourly_cap,
					(${countFlag('topcoded')})::INTEGER AS topcoded_cells,
					(${countFlag('suppressed')})::INTEGER AS suppressed_cells
				FROM wages WHERE area_type = 'national' GROUP BY year ORDER BY year`
});

export const epReleasesQuery = defineQuery({
	name: 'EP releases',
	tables: ['projections'],
	row: projectionRow.pick({ period_start: true, period_end: true, soc_version: true }).extend({ wage_year: count, rows: count }),
	sql: () => `SELECT period_start::INTEGER AS period_start, period_end::INTEGER AS period_end, any_value(median_wage_year)::INTEGER AS wage_year,
					any_value(soc_version) AS soc_version, count(*)::INTEGER AS rows
				FROM projections GROUP BY ALL ORDER BY period_start`
});

export const stateReleasesQuery = defineQuery({
	name: 'OEWS state releases',
	tables: ['wages'],
	row: wageRow.pick({ year: true }).extend({ areas: count, rows: count }),
	sql: () => `SELECT year::INTEGER AS year, count(DISTINCT area_code)::INTEGER AS areas, count(*)::INTEGER AS rows
				FROM wages WHERE area_type <> 'national' GROUP BY year ORDER BY year`
});

/** The page's example of a SOC 2010 code that SOC 2018 split: 15-1141 and its 2018 codes. */
export const splitCodeQuery = defineQuery({
	name: 'a split SOC 2010 code',
	tables: ['soc_crosswalk'],
	row: socCrosswalkRow,
	sql: () => `SELECT * FROM soc_crosswalk WHERE soc_2010 = '15-1141' ORDER BY soc_2018`
});

/** 11-3021's published 90th percentile in a release without top-coding. */
export const topTailQuery = defineQuery({
	name: 'the top tail of 11-3021',
	tables: ['wages'],
	row: wageRow.pick({ year: true, a_pct90: true, title: true }),
	sql: ({ year }: { year: number }) => `SELECT year::INTEGER AS year, a_pct90, title FROM wages
						WHERE area_type = 'national' AND year = ${num(year)} AND soc_code = '11-3021' AND a_pct90_flag = 'published'`
});

/** The articles whose quoted BLS figures /trends checks, for naming them with their dates. */
export const quotedArticlesQuery = defineQuery({
	name: 'quoted articles',
	tables: ['claims'],
	row: claimRow.pick({ article_title: true, article_date: true }),
	sql: () => `SELECT article_title, max(article_date) AS article_date FROM claims GROUP BY article_title ORDER BY article_date NULLS LAST, article_title`
});
