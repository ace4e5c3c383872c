/**
 * The columns of a route's steps, defined once for the step cards' CSV: one row per step of each
 * route shown, with the figures the cards show.
 */
import { count, dollars, MINUS, percentChange } from '$lib/format';
import type { Column } from '$lib/table-columns';
import type { Route, Step } from './load';

export type StepRow = Step & { route: number; step: number };

export const stepRows = (routes: Route[]): StepRow[] => routes.flatMap((r) => r.steps.map((s, i) => ({ ...s, route: r.route, step: i + 1 })));

/** O*NET's relatedness tiers, as the page names them. */
export const tierLabel = { primary_short: 'primary (closest)', primary_long: 'primary', supplemental: 'supplemental' } as const;

/** +$44,000 / −$3,120 / "not comparable" when either median is not published. */
export const payChange = (v: number | null) => (v === null ? 'not comparable' : v === 0 ? '$0' : `${v > 0 ? '+' : MINUS}${dollars(Math.abs(v))}`);

const money = (key: 'a_pct10' | 'a_median' | 'a_pct90', label: string): Column<StepRow> => ({
	key,
	label,
	value: (r) => r[key],
	format: (r) => dollars(r[key], r[`${key}_flag`]),
	flag: (r) => r[`${key}_flag`],
	numeric: true
});

export const stepColumns = (epLabel: string): Column<StepRow>[] => [
	{ key: 'route', label: 'Route', value: (r) => r.route, numeric: true },
	{ key: 'step', label: 'Step', value: (r) => r.step, numeric: true },
	{ key: 'onet_code', label: 'O*NET code', value: (r) => r.onet_code },
	{ key: 'title', label: 'O*NET occupation', value: (r) => r.title },
	{ key: 'soc_code', label: 'SOC code (BLS figures)', value: (r) => r.soc_code },
	{ key: 'link_tier', label: 'Link from previous (O*NET tier)', value: (r) => r.tier ?? '', format: (r) => (r.tier ? tierLabel[r.tier] : '') },
	money('a_median', 'Median pay'),
	money('a_pct10', '10th percentile'),
	money('a_pct90', '90th percentile'),
	{
		key: 'pay_change',
		label: 'Median pay change from previous step',
		value: (r) => r.pay_change,
		format: (r) => (r.step === 1 ? '' : payChange(r.pay_change)),
		numeric: true
	},
	{ key: 'pct_change', label: `Projected growth ${epLabel}`, value: (r) => r.pct_change, format: (r) => percentChange(r.pct_change), numeric: true },
	{ key: 'openings_annual', label: 'Openings a year', value: (r) => r.openings_annual, format: (r) => count(r.openings_annual), numeric: true },
	{ key: 'job_zone', label: 'O*NET Job Zone', value: (r) => r.job_zone },
	{ key: 'education', label: 'Typical entry education', value: (r) => r.education },
	{ key: 'experience', label: 'Work experience in a related occupation', value: (r) => r.experience },
	{ key: 'new_hot_technologies', label: 'Hot technologies new at this step', value: (r) => r.new_hot.join('; ') },
	{ key: 'core_tasks', label: 'Core tasks (first two)', value: (r) => r.core_tasks.join(' | ') }
];
