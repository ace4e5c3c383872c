/** The columns of any pay-distribution table: the contract's wage names with their flags. */
import { dollars, hourly } from '$lib/format';
import type { OccupationSummary } from '$lib/query/occupation';
import type { Column } from '$lib/table-columns';

type Pay = Pick<OccupationSummary, 'soc_code' | 'title' | 'a_pct10' | 'a_pct10_flag' | 'a_pct25' | 'a_pct25_flag' | 'a_median' | 'a_median_flag' | 'a_pct75' | 'a_pct75_flag' | 'a_pct90' | 'a_pct90_flag' | 'a_mean' | 'a_mean_flag' | 'h_median' | 'h_median_flag'>;

const money = (key: keyof Pay & `a_${string}`, label: string): Column<Pay> => ({
	key,
	label,
	value: (r) => r[key] as number | null,
	format: (r) => dollars(r[key] as number | null, r[`${key}_flag` as keyof Pay] as string | null),
	flag: (r) => r[`${key}_flag` as keyof Pay] as string | null,
	numeric: true
});

export const payColumns: Column<Pay>[] = [
	{ key: 'title', label: 'Occupation', value: (r) => r.title },
	{ key: 'soc_code', label: 'Code', value: (r) => r.soc_code },
	money('a_pct10', '10th percentile'),
	money('a_pct25', '25th percentile'),
	money('a_median', 'Median'),
	money('a_pct75', '75th percentile'),
	money('a_pct90', '90th percentile'),
	money('a_mean', 'Mean'),
	{ key: 'h_median', label: 'Median hourly', value: (r) => r.h_median, format: (r) => hourly(r.h_median, r.h_median_flag), flag: (r) => r.h_median_flag, numeric: true }
];

export type { Pay };
