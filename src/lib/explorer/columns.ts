/** What the explorer table shows, and so what its CSV holds. */
import { resolve } from '$app/paths';
import { count, dollars, percentChange } from '$lib/format';
import { sectorShortTitle } from '$lib/industries/params';
import { inUsPrices, NO_RPP_REASON } from '$lib/prices/prices';
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
	stateName?: string | null,
	/** `rpp`: the state's all-items RPP when pay is asked in U.S.-average prices (null: a territory, not adjusted); `sector`: the chosen industry. */
	more: { rpp?: number | null; sector?: { naics: string; title: string; year: number } | null } = {}
): Column<ExplorerRow>[] {
	const pay = payColumnFor(f);
	const stateYear = f.state && r.state_year ? r.state_year : null;
	const inState = (c: (typeof statePayColumns)[number]) => (c === 'a_median' ? 'Median pay' : percentileName[c]);
	// In U.S.-average prices: each state figure ÷ (RPP ÷ 100), and the header and CSV key say so.
	const rpp = f.prices === 'us' ? (more.rpp ?? null) : null;
	const adj = (v: number | null) => (v === null || rpp === null ? v : inUsPrices(v, rpp));
	const priceLabel = f.prices !== 'us' ? '' : rpp === null ? ` (${NO_RPP_REASON})` : ', U.S.-average prices';
	const stateColumns: Column<ExplorerRow>[] = stateYear
		? statePayColumns.map((c) => ({
				key: `${c}_state${rpp === null ? '' : '_us_prices'}`,
				label: `${inState(c)} in ${stateName ?? f.state}${priceLabel} (May ${stateYear})`,
				value: (x) => adj(x[`${c}_state`]),
				format: (x) => dollars(adj(x[`${c}_state`]), x[`${c}_state_flag`]),
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
		// A search says which of the occupation's names it found: the title, a ladder role, an alias, a BLS or O*NET title.
		...(f.q
			? [{ key: 'matched', label: 'Search matched', value: (x: ExplorerRow) => (x.matched === 'title' ? 'the title' : x.matched), phone: 'key' as const }]
			: []),
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
		...(f.industry && more.sector ? sectorColumns(more.sector) : []),
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

/** With an industry chosen: the occupation's jobs and median in that sector (OEWS sector file, May of its year). */
function sectorColumns(s: { naics: string; title: string; year: number }): Column<ExplorerRow>[] {
	const name = sectorShortTitle(s.naics, s.title);
	return [
		{
			key: 'sector_emp',
			label: `Jobs in ${name} (May ${s.year})`,
			value: (x) => x.sector_emp,
			format: (x) => count(x.sector_emp, x.sector_emp_flag),
			flag: (x) => x.sector_emp_flag,
			numeric: true,
			phone: 'key'
		},
		{
			key: 'sector_median',
			label: `Median pay in ${name} (May ${s.year})`,
			value: (x) => x.sector_median,
			format: (x) => dollars(x.sector_median, x.sector_median_flag),
			flag: (x) => x.sector_median_flag,
			numeric: true,
			phone: 'key'
		}
	];
}

/** Which table column sorts by which sort key: each key's SQL column, and every pay percentile's column for `pay`. */
export const explorerSortKeys: Record<string, SortKey> = {
	...Object.fromEntries(
		(Object.entries(explorerSorts) as [SortKey, string | null][]).flatMap(([key, column]) =>
			column === 'pay' ? percentiles.map((c) => [c, key]) : column ? [[column, key]] : []
		)
	),
	// The state median in U.S.-average prices sorts as published: one state's RPP divides every row alike.
	a_median_state_us_prices: 'statepay'
};
