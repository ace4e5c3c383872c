/**
 * The explorer's queries: its rows for a set of filters, the options of its menus, and the
 * warm-up list. Rows come from explorer_occupations (occupations-table.ts), one table with
 * everything a filter needs. A state's pay joins the state's `wages` rows, and then the U.S. pay
 * beside it comes from the national `wages` rows of the same release (the state file's May year),
 * not from the latest national release, so that the two are compared like with like.
 */
import { z } from 'zod';
import { defineQuery } from '$lib/db/query';
import { explorerOccupationRow, valueFlag, wageRow, type TableName } from '$lib/schema/tables';
import { num, str, wordStartPattern } from '$lib/sql';
import { statePayColumns } from '$lib/states/params';
import { areaPaySql } from '$lib/states/queries';
import { sectorPaySql } from '$lib/industries/queries';
import { explorerSorts, isTrack, payShownChoices, type Percentile } from '$lib/vocabulary';
import { defaultFilters, type ExplorerFilters } from './params';

/** The pay column the table shows: the "Pay shown" choice, the median unless chosen (not tied to the level filter). */
export const payColumnFor = (f: Pick<ExplorerFilters, 'pay'>): Percentile => payShownChoices[f.pay];

/** The columns of explorer_occupations no filter changes: the page reads them once (explorerFactsQuery). */
const factColumns = {
	soc_code: true,
	title: true,
	major_code: true,
	major_title: true,
	education: true,
	tot_emp: true,
	tot_emp_flag: true,
	pct_change: true,
	openings_annual: true,
	tracks: true,
	career_level: true,
	job_zones: true
} as const;

export const explorerRow = explorerOccupationRow.pick({ ...factColumns, ladder_roles: true }).extend({
	/** The chosen pay percentile (payColumnFor), U.S.: the latest release, or with a state the state file's. */
	pay: z.number().nullable(),
	pay_flag: valueFlag.nullable(),
	/** Pay in the chosen state (May of the state year); null without a state. */
	a_pct25_state: wageRow.shape.a_pct25.nullable(),
	a_pct25_state_flag: valueFlag.nullable(),
	a_median_state: wageRow.shape.a_median.nullable(),
	a_median_state_flag: valueFlag.nullable(),
	a_pct75_state: wageRow.shape.a_pct75.nullable(),
	a_pct75_state_flag: valueFlag.nullable(),
	/** Jobs and median in the chosen industry sector (OEWS sector file); null without one. */
	sector_emp: wageRow.shape.tot_emp.nullable(),
	sector_emp_flag: valueFlag.nullable(),
	sector_median: wageRow.shape.a_median.nullable(),
	sector_median_flag: valueFlag.nullable(),
	/** Where a search matched: 'title', 'ladder role: …', 'also known as: …', 'example title: …', 'O*NET title: …'. */
	matched: z.string().nullable()
});
export type ExplorerRow = z.infer<typeof explorerRow>;

export interface ExplorerParams {
	filters: ExplorerFilters;
	/** May year of the state file, when there is one. */
	stateYear: number | null;
	/** A search also looks in O*NET's titles (explorer_titles); the warm-up's searches do not, so it loads no more than the default view. */
	onetTitles?: boolean;
}

/** The tables the explorer's rows read for these filters: wages only for a state's pay, the sector file for an industry, O*NET's titles only for a search. */
export const explorerTables = (f: Pick<ExplorerFilters, 'state' | 'industry' | 'q'>, onetTitles = true): TableName[] => [
	'explorer_occupations',
	...(f.state ? (['wages'] as const) : []),
	...(f.industry ? (['industry_wages'] as const) : []),
	...(f.q && onetTitles ? (['explorer_titles'] as const) : [])
];

/**
 * What a query answers: whole rows (`rows`, the build's prerender and every test), or only what
 * the filters decide (`answers`: which occupations, in which order, with the figures that depend
 * on the choices), which the page joins to facts it read once (explorerFactsQuery). The browser
 * asks for answers: a third of the columns, so DuckDB-WASM sorts, serializes and hands over less
 * on every change.
 */
export type ExplorerShape = 'rows' | 'answers';

/** The facts a sort can name: an answer carries them only where it must (inside a search's wrapper). */
const factSorts = new Set(['title', 'tot_emp', 'pct_change', 'openings_annual']);

/** The explorer's rows for the filters, from explorer_occupations (plus wages for a state's pay). */
export function explorerSql({ filters: f, stateYear, onetTitles = true }: ExplorerParams, shape: ExplorerShape = 'rows'): string {
	const pay = payColumnFor(f);
	const state = f.state && stateYear ? { code: f.state, year: stateYear } : null;
	const pattern = f.q ? str(wordStartPattern(f.q)) : null;
	const answers = shape === 'answers';
	const where: string[] = [];
	// `any`: the occupations on either track; `all`: every occupation.
	if (f.track === 'any') where.push('len(tracks) > 0');
	else if (isTrack(f.track)) where.push(`list_contains(tracks, ${str(f.track)})`);
	if (f.group) where.push(`major_code = ${str(f.group)}`);
	if (f.education) where.push(`education = ${str(f.education)}`);
	if (f.career) where.push(`career_level = ${str(f.career)}`);
	if (f.zone) where.push(`list_contains(job_zones, ${str(String(f.zone))})`);
	// A state limits the rows to the occupations its state file lists.
	if (state) where.push('s.soc_code IS NOT NULL');
	// An industry limits them to the occupations the sector file publishes jobs or pay for in it.
	if (f.industry) where.push(`(ind.s_emp_flag = 'published' OR ind.s_median_flag IN ('published', 'topcoded'))`);
	const sortKey = (f.sort === 'statepay' && !state) || ((f.sort === 'sectorjobs' || f.sort === 'sectorpay') && !f.industry) ? 'jobs' : f.sort;
	// Beside a state, the U.S. pay of the state file's release (n), not the latest national one (b).
	const usPay = state ? 'n' : 'b';
	// Ladder roles shown for an occupation: those of the chosen track, else all.
	const ladderRoles = isTrack(f.track) ? `list_filter(b.ladder_roles, lambda x, i: b.ladder_role_tracks[i] = ${str(f.track)})` : 'b.ladder_roles';
	const firstMatch = (list: string) => `list_min(list_filter(${list}, lambda t: regexp_matches(t, ${pattern})))`;
	const sortColumn = explorerSorts[sortKey];
	// Answers leave the facts out of their SELECT: a flat one sorts by the table's own column.
	const sortBy = (c: string) => (answers && !pattern && factSorts.has(c) ? `b.${c}` : c);
	// Relevance ranks a search's matches; with nothing searched it is the largest first (links
	// normally say jobs then, see params.ts), without naming `matched`, which an answer lacks.
	const order =
		sortColumn !== null
			? `${sortBy(sortColumn)} ${f.dir.toUpperCase()} NULLS LAST, soc_code`
			: pattern
				? `CASE WHEN matched = 'title' THEN 0 WHEN starts_with(matched, 'ladder') THEN 1 WHEN starts_with(matched, 'also') THEN 2 WHEN starts_with(matched, 'example') THEN 3 ELSE 4 END, tot_emp DESC NULLS LAST, soc_code`
				: `${sortBy('tot_emp')} DESC NULLS LAST, soc_code`;
	const stateColumns = statePayColumns.map((c) =>
		state ? `s.${c} AS ${c}_state, s.${c}_flag AS ${c}_state_flag` : `NULL::DOUBLE AS ${c}_state, NULL::VARCHAR AS ${c}_state_flag`
	);
	const sectorColumns = f.industry
		? 'ind.s_emp AS sector_emp, ind.s_emp_flag AS sector_emp_flag, ind.s_median AS sector_median, ind.s_median_flag AS sector_median_flag'
		: 'NULL::INTEGER AS sector_emp, NULL::VARCHAR AS sector_emp_flag, NULL::DOUBLE AS sector_median, NULL::VARCHAR AS sector_median_flag';
	const matched = pattern
		? `CASE WHEN regexp_matches(b.title, ${pattern}) THEN 'title' ELSE coalesce(
		'ladder role: ' || ${firstMatch('b.ladder_roles')},
		'also known as: ' || ${firstMatch('b.aliases')},
		'example title: ' || ${firstMatch('b.example_titles')}${onetTitles ? `,\n\t\t'O*NET title: ' || ${firstMatch('ot.onet_titles')}` : ''}
	) END`
		: 'NULL::VARCHAR';
	const select = answers
		? [
				`b.soc_code, ${usPay}.${pay} AS pay, ${usPay}.${pay}_flag AS pay_flag`,
				// Only the columns these choices fill: the page sets the others to null.
				...(state ? stateColumns : []),
				...(f.industry ? [sectorColumns] : []),
				`${ladderRoles} AS ladder_roles`,
				...(pattern ? [`${matched} AS matched`, ...[...factSorts].map((c) => `b.${c}`)] : [])
			]
		: [
				`b.soc_code, b.title, b.major_code, b.major_title, b.education`,
				`b.tot_emp, b.tot_emp_flag, ${usPay}.${pay} AS pay, ${usPay}.${pay}_flag AS pay_flag`,
				...stateColumns,
				sectorColumns,
				`b.pct_change, b.openings_annual, b.tracks, b.career_level, b.job_zones`,
				`${ladderRoles} AS ladder_roles`,
				`${matched} AS matched`
			];
	// One flat SELECT: in the browser a CTE around the same work took 7 ms a query against 3 ms,
	// mostly in planning. A search wraps it once, so that the regular expressions of "matched"
	// run once per row, not again for WHERE and ORDER BY (DuckDB copies an alias's expression).
	const rows = `
SELECT
	${select.join(',\n\t')}
FROM explorer_occupations b
${state ? `LEFT JOIN (${areaPaySql(state.code, state.year)}) s USING (soc_code)\nLEFT JOIN (${nationalPaySql(pay, state.year)}) n USING (soc_code)` : ''}
${f.industry ? `LEFT JOIN (${sectorPaySql(f.industry)}) ind USING (soc_code)` : ''}
${pattern && onetTitles ? 'LEFT JOIN explorer_titles ot ON ot.soc_code = b.soc_code' : ''}
${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
	if (!pattern) return `${rows}\nORDER BY ${order}`;
	// An answer drops the facts it sorted by once sorted.
	const outer = answers ? `* EXCLUDE (${[...factSorts].join(', ')})` : '*';
	return `SELECT ${outer} FROM (${rows}) WHERE matched IS NOT NULL ORDER BY ${order}`;
}

/** The U.S. pay of one percentile in the state file's May year: any of the five, where the state join carries three. */
const nationalPaySql = (pay: Percentile, year: number) =>
	`SELECT soc_code, ${pay}, ${pay}_flag FROM wages WHERE year = ${num(year)} AND area_type = 'national' AND soc_level = 'detailed'`;

export const explorerQuery = defineQuery({
	name: 'explorer rows',
	tables: (p: ExplorerParams) => explorerTables(p.filters, p.onetTitles),
	sql: (p: ExplorerParams) => explorerSql(p, 'rows'),
	row: explorerRow
});

/** What no filter changes about an occupation: read once, then joined to every answer by code. */
export const explorerFact = explorerRow.pick(factColumns);
export type ExplorerFact = z.infer<typeof explorerFact>;

export const explorerFactsQuery = defineQuery({
	name: 'explorer facts',
	tables: ['explorer_occupations'],
	sql: () => `SELECT ${Object.keys(factColumns).join(', ')} FROM explorer_occupations`,
	row: explorerFact
});

/** The rest of a row, which the filters decide; the state, sector and search columns only when chosen. */
export const explorerAnswer = explorerRow
	.omit(factColumns)
	.partial()
	.required({ pay: true, pay_flag: true, ladder_roles: true })
	.extend({ soc_code: explorerRow.shape.soc_code });
export type ExplorerAnswer = z.infer<typeof explorerAnswer>;

export const explorerAnswersQuery = defineQuery({
	name: 'explorer answers',
	tables: (p: ExplorerParams) => explorerTables(p.filters, p.onetTitles),
	sql: (p: ExplorerParams) => explorerSql(p, 'answers'),
	row: explorerAnswer
});

/** Whole rows again: each answer with its occupation's facts, in the answer's order; what was not chosen is null. */
export function joinFacts(answers: readonly ExplorerAnswer[], facts: ReadonlyMap<string, ExplorerFact>): ExplorerRow[] {
	return answers.map((a) => {
		const fact = facts.get(a.soc_code);
		if (!fact) throw new Error(`The explorer's answer names ${a.soc_code}, which its facts do not have`);
		return {
			...fact,
			pay: a.pay,
			pay_flag: a.pay_flag,
			a_pct25_state: a.a_pct25_state ?? null,
			a_pct25_state_flag: a.a_pct25_state_flag ?? null,
			a_median_state: a.a_median_state ?? null,
			a_median_state_flag: a.a_median_state_flag ?? null,
			a_pct75_state: a.a_pct75_state ?? null,
			a_pct75_state_flag: a.a_pct75_state_flag ?? null,
			sector_emp: a.sector_emp ?? null,
			sector_emp_flag: a.sector_emp_flag ?? null,
			sector_median: a.sector_median ?? null,
			sector_median_flag: a.sector_median_flag ?? null,
			ladder_roles: a.ladder_roles,
			matched: a.matched ?? null
		};
	});
}

/**
 * Filters like the ones people choose, for the engine's warm-up (db/client warmUp): every sort
 * key both ways over all rows, searches, tracks, levels and a group, so the DuckDB code those
 * need is optimized before the first change. The search words are not the benchmark's.
 */
export function explorerWarmUp(stateYear: number | null): ExplorerParams[] {
	const sorts = (Object.keys(explorerSorts) as (keyof typeof explorerSorts)[]).filter(
		(k) => k !== 'relevance' && k !== 'statepay' && k !== 'sectorjobs' && k !== 'sectorpay'
	);
	const variants: Partial<ExplorerFilters>[] = [
		...sorts.flatMap((sort) => [
			{ sort, dir: 'asc' as const },
			{ sort, dir: 'desc' as const }
		]),
		...['developer', 'security', 'engineer', 'director', 'web dev', 'it'].map((q) => ({ q, sort: 'relevance' as const })),
		{ track: 'IT', career: 'entry' },
		{ track: 'IS', career: 'senior', pay: 'p75' },
		{ track: 'all', zone: 4 },
		{ career: 'mid', sort: 'pay', pay: 'p25' },
		{ group: '15-0000', sort: 'growth' },
		{ track: 'IT', q: 'systems', sort: 'relevance' }
	];
	return variants.map((v) => ({ filters: { ...defaultFilters, ...v }, stateYear, onetTitles: false }));
}

export const explorerOption = z.object({ kind: z.enum(['group', 'education']), value: z.string(), label: z.string() });
export type ExplorerOption = z.infer<typeof explorerOption>;

/**
 * Groups and education levels of the explorer's own rows, for the filter menus and for checking a
 * link: a value no row has (Military Specific Occupations, 55-0000, has no OEWS or EP figures)
 * could only ever filter to nothing.
 */
export const explorerOptionsQuery = defineQuery({
	name: 'explorer menus',
	tables: ['explorer_occupations'],
	sql: () => `
SELECT 'group' AS kind, major_code AS value, any_value(major_title) AS label FROM explorer_occupations GROUP BY major_code
UNION ALL
SELECT 'education', education, education FROM explorer_occupations WHERE education IS NOT NULL GROUP BY education
ORDER BY kind, value`,
	row: explorerOption
});
