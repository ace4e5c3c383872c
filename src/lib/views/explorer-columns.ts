/** What the explorer table shows, and so what its CSV holds. */
import { resolve } from '$app/paths';
import { count, dollars, percentChange } from '$lib/format';
import { levelPayLabel } from '$lib/vocabulary';
import { payColumnFor, type ExplorerFilters, type ExplorerRow } from '$lib/query/explorer';
import type { Column } from '$lib/table-columns';

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
	const period = `${r.ep_start}–${String(r.ep_end).slice(2)}`;
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
		{ key: 'pct_change', label: `Growth ${period}`, value: (x) => x.pct_change, format: (x) => percentChange(x.pct_change), numeric: true },
		{ key: 'openings_annual', label: 'Openings a year', value: (x) => x.openings_annual, format: (x) => count(x.openings_annual), numeric: true },
		{ key: 'education', label: 'Typical entry education', value: (x) => x.education, format: (x) => x.education ?? '—' },
		{ key: 'ladder_roles', label: 'Ladder roles', value: (x) => x.ladder_roles.join('; '), format: (x) => x.ladder_roles.join(', ') }
	];
}

/** Which table column sorts by which explorer sort key. */
export const explorerSortKeys: Record<string, string> = {
	title: 'title',
	tot_emp: 'jobs',
	a_pct25: 'pay',
	a_median: 'pay',
	a_pct75: 'pay',
	a_median_state: 'statepay',
	pct_change: 'growth',
	openings_annual: 'openings'
};
