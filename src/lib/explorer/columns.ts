/** What the explorer table shows, and so what its CSV holds. */
import { resolve } from '$app/paths';
import { count, dollars, percentChange } from '$lib/format';
import { statePayColumns } from '$lib/states/params';
import type { Column } from '$lib/table-columns';
import { epLabel, explorerSorts, levelLabel, payShownLabel, percentileName, percentiles, type SortKey } from '$lib/vocabulary';
import type { ExplorerFilters } from './params';
import { payColumnFor, type ExplorerRow } from './queries';

/**
 * With a state chosen, the state's 25th percentile, median and 75th percentile (`a_pct25_state`,
 * `a_median_state`, `a_pct75_state`, each with its `_flag` in the CSV), May of the state year,
 * and the U.S. pay column is the national figure of that same May: "Median pay, U.S. (May 2024)"
 * beside "Median pay in Texas (May 2024)". The national-only columns say "U.S.".
 */
export function explorerColumns(
	f: ExplorerFilters,
	r: { oews_year: number; ep_start: number; ep_end: number; state_year?: number | null },
	stateName?: string | null
): Column<ExplorerRow>[] {
	const pay = payColumnFor(f);
	const stateYear = f.state && r.state_year ? r.state_year : null;
	const inState = (c: (typeof statePayColumns)[number]) => (c === 'a_median' ? 'Median pay' : percentileName[c]);
	const stateColumns: Column<ExplorerRow>[] = stateYear
		? statePayColumns.map((c) => ({
				key: `${c}_state`,
				label: `${inState(c)} in ${stateName ?? f.state} (May ${stateYear})`,
				value: (x) => x[`${c}_state`],
				format: (x) => dollars(x[`${c}_state`], x[`${c}_state_flag`]),
				flag: (x) => x[`${c}_state_flag`],
				numeric: true,
				phone: 'key'
			}))
		: [];
	// Beside a state, each national column says so, and the pay column its release.
	const us = stateYear ? ', U.S.' : '';
	return [
		{ key: 'title', label: 'Occupation', value: (x) => x.title, href: (x) => resolve('/roles/[soc=soc]', { soc: x.soc_code }) },
		{ key: 'soc_code', label: 'Code', value: (x) => x.soc_code },
		{ key: 'major_title', label: 'Group', value: (x) => x.major_title },
		{
			key: 'tot_emp',
			label: stateYear ? `Jobs, U.S. (May ${r.oews_year})` : `Jobs, May ${r.oews_year}`,
			value: (x) => x.tot_emp,
			format: (x) => count(x.tot_emp, x.tot_emp_flag),
			flag: (x) => x.tot_emp_flag,
			numeric: true
		},
		{
			key: pay,
			label: `${f.pay === 'median' ? 'Median pay' : `Pay, ${payShownLabel[f.pay]}`}${stateYear ? `, U.S. (May ${stateYear})` : ''}`,
			value: (x) => x.pay,
			format: (x) => dollars(x.pay, x.pay_flag),
			flag: (x) => x.pay_flag,
			numeric: true,
			phone: 'key'
		},
		...stateColumns,
		{
			key: 'pct_change',
			label: `Growth ${epLabel(r)}${us}`,
			value: (x) => x.pct_change,
			format: (x) => percentChange(x.pct_change),
			numeric: true,
			phone: 'key'
		},
		{
			key: 'openings_annual',
			label: `Openings a year${us}`,
			value: (x) => x.openings_annual,
			format: (x) => count(x.openings_annual),
			numeric: true,
			phone: 'key'
		},
		{ key: 'education', label: 'Typical entry education', value: (x) => x.education, format: (x) => x.education ?? '—' },
		{
			key: 'career_level',
			label: 'Career level (EP experience)',
			value: (x) => x.career_level,
			format: (x) => (x.career_level ? levelLabel[x.career_level] : '—')
		},
		{ key: 'job_zones', label: 'O*NET Job Zone', value: (x) => x.job_zones.join('; '), format: (x) => x.job_zones.join(', ') || '—' },
		{ key: 'ladder_roles', label: 'Ladder roles', value: (x) => x.ladder_roles.join('; '), format: (x) => x.ladder_roles.join(', ') }
	];
}

/** Which table column sorts by which sort key: each key's SQL column, and every pay percentile's column for `pay`. */
export const explorerSortKeys: Record<string, SortKey> = Object.fromEntries(
	(Object.entries(explorerSorts) as [SortKey, string | null][]).flatMap(([key, column]) =>
		column === 'pay' ? percentiles.map((c) => [c, key]) : column ? [[column, key]] : []
	)
);
