/**
 * The explorer: every detailed occupation with its latest pay, jobs and projection, filtered by
 * search text, track, level, occupation group and entry education, in a chosen order.
 *
 * With a state chosen (`state=TX`), the rows are the occupations the OEWS state file lists for
 * that state, with its median pay as `a_median_state` / `a_median_state_flag` (May of the state
 * year), sortable as `statepay`.
 */
import { z } from 'zod';
import type { TableName } from '../schema/tables';
import { reportUnknownParams, type ParamProblem } from '$lib/link-params';
import { levelPercentile, levels, type Level, type PayColumn } from '$lib/vocabulary';
import { releasesSql } from '$lib/releases';
import { num, str, wordStartPattern } from '$lib/sql';
import { stateCodeFromParam, stateMeasureSql } from './states';

export const tracks = ['all', 'IT', 'IS'] as const;
export const sortKeys = ['relevance', 'title', 'jobs', 'pay', 'statepay', 'growth', 'openings'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface ExplorerFilters {
	q: string;
	track: (typeof tracks)[number];
	level: Level | null;
	group: string | null;
	education: string | null;
	/** Two-letter code of a state or territory in the OEWS state file. */
	state: string | null;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

export const defaultFilters: ExplorerFilters = { q: '', track: 'all', level: null, group: null, education: null, state: null, sort: 'jobs', dir: 'desc' };

export const MAX_QUERY_LENGTH = 100;

export type { ParamProblem };

const sortColumn: Record<Exclude<SortKey, 'relevance'>, string> = {
	title: 'title',
	jobs: 'tot_emp',
	pay: 'pay',
	statepay: 'a_median_state',
	growth: 'pct_change',
	openings: 'openings_annual'
};

/**
 * Reads filters from URL parameters. Anything invalid is dropped with a message saying why,
 * and the valid rest of the link still applies. `knownStates` (code → name), when given, is the
 * list a `state` must be in.
 */
export function filtersFromParams(params: URLSearchParams, knownStates?: ReadonlyMap<string, string>): { filters: ExplorerFilters; problems: ParamProblem[] } {
	const f: ExplorerFilters = { ...defaultFilters };
	const problems: ParamProblem[] = [];
	const one = (name: string) => {
		const all = params.getAll(name);
		if (all.length > 1) problems.push({ param: name, message: `"${name}" was given ${all.length} times; using the first` });
		return all[0];
	};
	const q = one('q');
	if (q !== undefined) {
		const trimmed = q.trim();
		if (trimmed.length > MAX_QUERY_LENGTH) problems.push({ param: 'q', message: `The search text is ${trimmed.length} characters long; searches are limited to ${MAX_QUERY_LENGTH}.` });
		else f.q = trimmed;
	}
	const track = one('track');
	if (track !== undefined) {
		const t = tracks.find((x) => x.toLowerCase() === track.toLowerCase());
		if (t) f.track = t;
		else problems.push({ param: 'track', message: `There is no track "${track}". Tracks are IT, IS or all.` });
	}
	const level = one('level');
	if (level !== undefined) {
		const l = levels.find((x) => x === level.toLowerCase());
		if (l) f.level = l;
		else problems.push({ param: 'level', message: `There is no level "${level}". Levels are entry, mid and senior.` });
	}
	const group = one('group');
	if (group !== undefined) {
		if (/^\d{2}-0000$/.test(group)) f.group = group;
		else problems.push({ param: 'group', message: `"${group}" is not an occupation group code (like 15-0000).` });
	}
	const edu = one('education');
	if (edu !== undefined) {
		if (edu.length <= 80 && /^[\w ,'’.-]+$/.test(edu)) f.education = edu;
		else problems.push({ param: 'education', message: 'That education level is not one BLS uses.' });
	}
	const state = one('state');
	if (state !== undefined) {
		const code = stateCodeFromParam(state);
		if (code && (!knownStates || knownStates.has(code))) f.state = code;
		else problems.push({ param: 'state', message: `There is no state "${state.slice(0, 40)}" in the BLS state file. Use a two-letter code such as TX.` });
	}
	const sort = one('sort');
	if (sort !== undefined) {
		const s = sortKeys.find((x) => x === sort);
		if (s) f.sort = s;
		else problems.push({ param: 'sort', message: `Cannot sort by "${sort}". Sort by ${sortKeys.join(', ')}.` });
	}
	const dir = one('dir');
	if (dir !== undefined) {
		if (dir === 'asc' || dir === 'desc') f.dir = dir;
		else problems.push({ param: 'dir', message: `"${dir}" is not a sort direction (asc or desc).` });
	}
	if (!f.q && f.sort === 'relevance') f.sort = 'jobs';
	if (f.sort === 'statepay' && !f.state) {
		problems.push({ param: 'sort', message: 'Sorting by state pay needs a state; sorted by jobs instead.' });
		f.sort = f.q ? 'relevance' : 'jobs';
	}
	if (f.q && sort === undefined) f.sort = 'relevance';
	reportUnknownParams(params, ['q', 'track', 'level', 'group', 'education', 'state', 'sort', 'dir'], problems);
	return { filters: f, problems };
}

/** The URL query string for filters, leaving out defaults, so links stay short. */
export function filtersToParams(f: ExplorerFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.q) p.set('q', f.q);
	if (f.track !== 'all') p.set('track', f.track);
	if (f.level) p.set('level', f.level);
	if (f.group) p.set('group', f.group);
	if (f.education) p.set('education', f.education);
	if (f.state) p.set('state', f.state);
	const defaultSort = f.q ? 'relevance' : 'jobs';
	if (f.sort !== defaultSort || f.dir !== 'desc') {
		p.set('sort', f.sort);
		p.set('dir', f.dir);
	}
	return p;
}

export const payColumnFor = (f: Pick<ExplorerFilters, 'level'>): PayColumn => levelPercentile[f.level ?? 'mid'];

export const explorerRow = z.object({
	soc_code: z.string(),
	title: z.string(),
	major_code: z.string(),
	major_title: z.string(),
	education: z.string().nullable(),
	tot_emp: z.number().nullable(),
	tot_emp_flag: z.string().nullable(),
	pay: z.number().nullable(),
	pay_flag: z.string().nullable(),
	/** Median pay in the chosen state (May of the state year); null without a state. */
	a_median_state: z.number().nullable(),
	a_median_state_flag: z.string().nullable(),
	pct_change: z.number().nullable(),
	openings_annual: z.number().nullable(),
	tracks: z.array(z.string()),
	ladder_roles: z.array(z.string()),
	matched: z.string().nullable()
});
export type ExplorerRow = z.infer<typeof explorerRow>;

/**
 * The explorer_occupations table (written by the ingest): one row per detailed occupation with
 * everything a filter can need, from the latest releases: pay at every level, jobs, projection,
 * tracks, and the ladder roles, aliases and example titles a search looks in. The explorer page
 * loads only this table, and every filter reads it instead of joining five tables again.
 * Ladder roles are three lists in the same order (role, track, level): Parquet in the browser
 * carries lists of plain values.
 */
export function explorerOccupationsSql(): string {
	const payColumns = [...new Set(Object.values(levelPercentile))].flatMap((c) => [`w.${c}`, `w.${c}_flag`]).join(', ');
	return `
WITH
latest AS (SELECT oews_year, ep_start FROM (${releasesSql()})),
ladder AS (
	SELECT soc_code,
		list(role ORDER BY level_order, role) AS ladder_roles,
		list(track ORDER BY level_order, role) AS ladder_role_tracks,
		list(level ORDER BY level_order, role) AS ladder_role_levels,
		list(DISTINCT track) AS ladder_tracks
	FROM (SELECT *, CASE level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END AS level_order FROM roles)
	GROUP BY soc_code
),
alias_tracks AS (
	SELECT soc_code, flatten(list(CASE track WHEN 'both' THEN ['IT', 'IS'] ELSE [track] END)) AS alias_tracks
	FROM role_aliases WHERE track IS NOT NULL GROUP BY soc_code
),
aliases AS (SELECT soc_code, list(alias ORDER BY alias) AS aliases FROM role_aliases GROUP BY soc_code)
SELECT
	o.soc_code, o.title, o.major_code, o.major_title, o.education, coalesce(o.example_titles, []) AS example_titles,
	latest.oews_year, w.tot_emp, w.tot_emp_flag, ${payColumns},
	latest.ep_start, p.pct_change, p.openings_annual,
	list_sort(list_distinct(coalesce(l.ladder_tracks, []) || coalesce(a.alias_tracks, []))) AS tracks,
	coalesce(l.ladder_roles, []) AS ladder_roles,
	coalesce(l.ladder_role_tracks, []) AS ladder_role_tracks,
	coalesce(l.ladder_role_levels, []) AS ladder_role_levels,
	coalesce(al.aliases, []) AS aliases
FROM occupations o
CROSS JOIN latest
LEFT JOIN wages w ON w.soc_code = o.soc_code AND w.year = latest.oews_year AND w.area_type = 'national'
LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.period_start = latest.ep_start
LEFT JOIN ladder l ON l.soc_code = o.soc_code
LEFT JOIN alias_tracks a ON a.soc_code = o.soc_code
LEFT JOIN aliases al ON al.soc_code = o.soc_code
WHERE o.soc_level = 'detailed' AND (w.soc_code IS NOT NULL OR p.soc_code IS NOT NULL)
ORDER BY o.soc_code`;
}

/** The tables explorerSql reads for these filters: wages only for a state's pay. */
export const explorerTables = (f: Pick<ExplorerFilters, 'state'>): TableName[] => (f.state ? ['explorer_occupations', 'wages'] : ['explorer_occupations']);

/**
 * The explorer's rows for the filters, from explorer_occupations (plus wages for a state's pay).
 * The releases are those of explorer_occupations: the latest, like every page's.
 */
export function explorerSql(f: ExplorerFilters, r: { state_year?: number | null }): string {
	const pay = payColumnFor(f);
	const state = f.state && r.state_year ? { code: f.state, year: r.state_year } : null;
	const pattern = f.q ? str(wordStartPattern(f.q)) : null;
	const where: string[] = [];
	if (f.track !== 'all') where.push(`list_contains(tracks, ${str(f.track)})`);
	if (f.group) where.push(`major_code = ${str(f.group)}`);
	if (f.education) where.push(`education = ${str(f.education)}`);
	// A state limits the rows to the occupations its state file lists.
	if (state) where.push('a_median_state_flag IS NOT NULL');
	const sortKey = f.sort === 'statepay' && !state ? 'jobs' : f.sort;
	// Ladder roles shown for an occupation: those of the chosen track and level, else all.
	const ladderFilter = [f.track !== 'all' ? `b.ladder_role_tracks[i] = ${str(f.track)}` : '', f.level ? `b.ladder_role_levels[i] = ${str(f.level)}` : ''].filter(Boolean).join(' AND ');
	const ladderRoles = ladderFilter ? `list_filter(b.ladder_roles, lambda x, i: ${ladderFilter})` : 'b.ladder_roles';
	if (f.track !== 'all' && f.level) where.push(`len(${ladderRoles}) > 0`);
	const firstMatch = (list: string) => `list_min(list_filter(${list}, lambda t: regexp_matches(t, ${pattern})))`;
	const order =
		sortKey === 'relevance'
			? `CASE WHEN matched = 'title' THEN 0 WHEN starts_with(matched, 'ladder') THEN 1 WHEN starts_with(matched, 'also') THEN 2 ELSE 3 END, tot_emp DESC NULLS LAST, soc_code`
			: `${sortColumn[sortKey]} ${f.dir.toUpperCase()} NULLS LAST, soc_code`;
	// One flat SELECT: in the browser a CTE around the same work took 7 ms a query against 3 ms,
	// mostly in planning. A search wraps it once, so that the regular expressions of "matched"
	// run once per row, not again for WHERE and ORDER BY (DuckDB copies an alias's expression).
	const rows = `
SELECT
	b.soc_code, b.title, b.major_code, b.major_title, b.education,
	b.tot_emp, b.tot_emp_flag, b.${pay} AS pay, b.${pay}_flag AS pay_flag,
	${state ? 's.value AS a_median_state, s.flag AS a_median_state_flag' : 'NULL::DOUBLE AS a_median_state, NULL::VARCHAR AS a_median_state_flag'},
	b.pct_change, b.openings_annual, b.tracks,
	${ladderRoles} AS ladder_roles,
	${
		pattern
			? `CASE WHEN regexp_matches(b.title, ${pattern}) THEN 'title' ELSE coalesce(
		'ladder role: ' || ${firstMatch('b.ladder_roles')},
		'also known as: ' || ${firstMatch('b.aliases')},
		'example title: ' || ${firstMatch('b.example_titles')}
	) END`
			: 'NULL::VARCHAR'
	} AS matched
FROM explorer_occupations b
${state ? `LEFT JOIN (${stateMeasureSql(state.code, 'a_median', state.year)}) s USING (soc_code)` : ''}
${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
	return pattern ? `SELECT * FROM (${rows}) WHERE matched IS NOT NULL ORDER BY ${order}` : `${rows}\nORDER BY ${order}`;
}

/**
 * Queries like the ones people run in the explorer, for the engine's warm-up (see warmUp): every
 * sort key both ways over all rows, searches, tracks, levels and a group, so the DuckDB code
 * those need is optimized before the first change. The search words are not the benchmark's.
 */
export function explorerWarmUpSql(r: { state_year?: number | null }): string[] {
	const sorts = sortKeys.filter((k) => k !== 'relevance' && k !== 'statepay');
	const variants: Partial<ExplorerFilters>[] = [
		...sorts.flatMap((sort) => [{ sort, dir: 'asc' as const }, { sort, dir: 'desc' as const }]),
		...['developer', 'security', 'engineer', 'director', 'web dev', 'it'].map((q) => ({ q, sort: 'relevance' as const })),
		{ track: 'IT', level: 'entry' },
		{ track: 'IS', level: 'senior' },
		{ level: 'mid', sort: 'pay' },
		{ group: '15-0000', sort: 'growth' },
		{ track: 'IT', q: 'systems', sort: 'relevance' }
	];
	return variants.map((v) => explorerSql({ ...defaultFilters, ...v }, r));
}

/** Distinct groups and education levels, for the filter menus. */
export const explorerOptionsSql = () => `
SELECT 'group' AS kind, major_code AS value, any_value(major_title) AS label FROM occupations WHERE soc_level = 'detailed' GROUP BY major_code
UNION ALL
SELECT 'education', education, education FROM occupations WHERE education IS NOT NULL GROUP BY education
ORDER BY kind, value`;

export const explorerOption = z.object({ kind: z.enum(['group', 'education']), value: z.string(), label: z.string() });
