/**
 * Table columns of occupations, each defined once: the pay distribution (the contract's wage
 * names with their flags) and the key figures the overview, compare and role pages list. A page
 * picks the figures it shows and names their period, which differs from page to page.
 */
import { resolve } from '$app/paths';
import { count, dollars, hourly, percentChange } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { percentileName, percentiles } from '$lib/vocabulary';
import type { OccupationSummary } from './rows';

type Pay = Pick<
	OccupationSummary,
	| 'soc_code'
	| 'title'
	| 'a_pct10'
	| 'a_pct10_flag'
	| 'a_pct25'
	| 'a_pct25_flag'
	| 'a_median'
	| 'a_median_flag'
	| 'a_pct75'
	| 'a_pct75_flag'
	| 'a_pct90'
	| 'a_pct90_flag'
	| 'a_mean'
	| 'a_mean_flag'
	| 'h_median'
	| 'h_median_flag'
>;

const money = (key: (typeof percentiles)[number] | 'a_mean', label: string, phone?: Column<Pay>['phone']): Column<Pay> => ({
	key,
	label,
	value: (r) => r[key],
	format: (r) => dollars(r[key], r[`${key}_flag`]),
	flag: (r) => r[`${key}_flag`],
	numeric: true,
	phone
});

export const payColumns: Column<Pay>[] = [
	{ key: 'title', label: 'Occupation', value: (r) => r.title },
	{ key: 'soc_code', label: 'Code', value: (r) => r.soc_code },
	...percentiles.map((p) => money(p, percentileName[p], 'key')),
	money('a_mean', 'Mean'),
	{
		key: 'h_median',
		label: 'Median hourly',
		value: (r) => r.h_median,
		format: (r) => hourly(r.h_median, r.h_median_flag),
		flag: (r) => r.h_median_flag,
		numeric: true
	}
];

export type { Pay };

type Named = Pick<OccupationSummary, 'soc_code' | 'title'>;

/** The key figures of an occupation, as columns; the labels that name a period are the page's. */
export const figureColumns = {
	/** The title, linking to the occupation's page. */
	occupation: <R extends Named>(): Column<R> => ({
		key: 'title',
		label: 'Occupation',
		value: (o) => o.title,
		href: (o) => resolve('/roles/[soc=soc]', { soc: o.soc_code })
	}),
	code: <R extends Named>(): Column<R> => ({ key: 'soc_code', label: 'Code', value: (o) => o.soc_code }),
	jobs: <R extends Pick<OccupationSummary, 'tot_emp' | 'tot_emp_flag'>>(label: string): Column<R> => ({
		key: 'tot_emp',
		label,
		value: (o) => o.tot_emp,
		format: (o) => count(o.tot_emp, o.tot_emp_flag),
		flag: (o) => o.tot_emp_flag,
		numeric: true,
		phone: 'key'
	}),
	medianPay: <R extends Pick<OccupationSummary, 'a_median' | 'a_median_flag'>>(label: string): Column<R> => ({
		key: 'a_median',
		label,
		value: (o) => o.a_median,
		format: (o) => dollars(o.a_median, o.a_median_flag),
		flag: (o) => o.a_median_flag,
		numeric: true,
		phone: 'key'
	}),
	growth: <R extends Pick<OccupationSummary, 'pct_change'>>(label: string): Column<R> => ({
		key: 'pct_change',
		label,
		value: (o) => o.pct_change,
		format: (o) => percentChange(o.pct_change),
		numeric: true,
		phone: 'key'
	}),
	openings: <R extends Pick<OccupationSummary, 'openings_annual'>>(): Column<R> => ({
		key: 'openings_annual',
		label: 'Openings a year',
		value: (o) => o.openings_annual,
		format: (o) => count(o.openings_annual),
		numeric: true,
		phone: 'key'
	}),
	education: <R extends Pick<OccupationSummary, 'education'>>(): Column<R> => ({
		key: 'education',
		label: 'Typical entry education',
		value: (o) => o.education,
		format: (o) => o.education ?? '—'
	})
};
