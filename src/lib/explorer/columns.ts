/** What the explorer table shows, and so what its CSV holds. */
import { resolve } from '$app/paths';
import { count, dollars, percentChange } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { epLabel, explorerSorts, levelPayLabel, levelPercentile, type SortKey } from '$lib/vocabulary';
import type { ExplorerFilters } from './params';
import { payColumnFor, type ExplorerRow } from './queries';

/**
 * With a state chosen, a column `a_median_state` (with `a_median_state_flag` in the CSV) gives
 * the median pay in that state, May of the state year: "Median pay in Texas (May 2024)".
 */
export function explorerColumns(
	f: ExplorerFilters,
	r: { oews_year: number; ep_start: number; ep_end: number; state_year?: number | null },
	stateName?: string | null
): Column<ExplorerRow>[] {
	const pay = payColumnFor(f);
	const stateColumn: Column<ExplorerRow>[] =
		f.state && r.state_year
			? [
					{
						key: 'a_median_state',
						label: `Median pay in ${stateName ?? f.state} (May ${r.state_year})`,
						value: (x) => x.a_median_state,
						format: (x) => dollars(x.a_median_state, x.a_median_state_flag),
						flag: (x) => x.a_median_state_flag,
						numeric: true
					}
				]
			: [];
	return [
		{ key: 'title', label: 'Occupation', value: (x) => x.title, href: (x) => resolve('/roles/[soc=soc]', { soc: x.soc_code }) },
		{ key: 'soc_code', label: 'Code', value: (x) => x.soc_code },
		{ key: 'major_title', label: 'Group', value: (x) => x.major_title },
		{ key: 'tot_emp', label: `Jobs, May ${r.oews_year}`, value: (x) => x.tot_emp, format: (x) => count(x.tot_emp, x.tot_emp_flag), flag: (x) => x.tot_emp_flag, numeric: true },
		{
			key: pay,
			label: `${f.level ? levelPayLabel(f.level) : 'Median pay'}${stateColumn.length ? ', U.S.' : ''}`,
			value: (x) => x.pay,
			format: (x) => dollars(x.pay, x.pay_flag),
			flag: (x) => x.pay_flag,
			numeric: true
		},
		...stateColumn,
		{ key: 'pct_change', label: `Growth ${epLabel(r)}`, value: (x) => x.pct_change, format: (x) => percentChange(x.pct_change), numeric: true },
		{ key: 'openings_annual', label: 'Openings a year', value: (x) => x.openings_annual, format: (x) => count(x.openings_annual), numeric: true },
		{ key: 'education', label: 'Typical entry education', value: (x) => x.education, format: (x) => x.education ?? '—' },
		{ key: 'ladder_roles', label: 'Ladder roles', value: (x) => x.ladder_roles.join('; '), format: (x) => x.ladder_roles.join(', ') }
	];
}

/** Which table column sorts by which sort key: each key's SQL column, and every level's pay column for `pay`. */
export const explorerSortKeys: Record<string, SortKey> = Object.fromEntries(
	(Object.entries(explorerSorts) as [SortKey, string | null][]).flatMap(([key, column]) =>
		column === 'pay' ? Object.values(levelPercentile).map((c) => [c, key]) : column ? [[column, key]] : []
	)
);
