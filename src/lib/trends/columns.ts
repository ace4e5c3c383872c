/**
 * Table and CSV columns of the trend views, and their source lines. One definition drives the
 * "Show data" table and the CSV (contract column names where the value is a contract column).
 */
import { count, dollars, NOT_PUBLISHED, percentChange, percent, signedCount } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { percentileName, percentiles, releaseLabel, type Percentile } from '$lib/vocabulary';
import type { ClaimCheck } from './claims';
import type { Relation } from './soc-continuity';
import { PACE_TOLERANCE_PCT, type TrackRow, type VintageRow } from './vintages';
import type { TrendRow } from './wage-trend';

export const relationLabel: Record<Relation, string> = {
	same: 'this occupation’s code',
	recoded: 'recoded 1:1',
	split: 'split later (covers more)',
	aggregate: 'aggregate (covers more)',
	merged: 'one of several codes'
};

const yearSpan = (years: number[]) => (years.length ? `May ${years[0]}–May ${years.at(-1)}` : '');

export const oewsSeriesSource = (years: number[]) =>
	`BLS Occupational Employment and Wage Statistics (OEWS), ${yearSpan(years)}, national cross-industry estimates (national_M${years[0]}_dl.xlsx … national_M${years.at(-1)}_dl.xlsx); SOC 2010 → 2018 crosswalk (soc_2010_to_2018_crosswalk.xlsx)`;

export const cpiSource = (base: number) =>
	`BLS Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not seasonally adjusted, series CUUR0000SA0 (cu.data.1.AllItems): May of each year, base May ${base}`;

export const epSeriesSource = (releases: { start: number; end: number }[]) =>
	`BLS Employment Projections, ${releases.length} releases ${releases.map((r) => releaseLabel(r.start, r.end)).join(', ')}, occupational projections (data.bls.gov/projections/occupationProj)`;

const moneyCol = (p: Percentile): Column<TrendRow> => ({
	key: p,
	label: percentileName[p],
	value: (r) => r[p],
	format: (r) => dollars(r[p], r[`${p}_flag`]),
	flag: (r) => r[`${p}_flag`],
	numeric: true,
	phone: 'key'
});
const constantCol = (p: Percentile, base: number): Column<TrendRow> => ({
	key: `${p}_constant`,
	label: `${percentileName[p]}, May ${base} dollars`,
	value: (r) => r.constant[p],
	format: (r) => (r.constant[p] === null ? NOT_PUBLISHED : dollars(Math.round(r.constant[p]!), r[`${p}_flag`])),
	numeric: true
});

/** Every OEWS row behind a wage trend: as published, then in constant dollars with the CPI used. */
export function wageTrendColumns(base: number, cpiBase: number | null): Column<TrendRow>[] {
	return [
		{ key: 'year', label: 'Year (May)', value: (r) => r.year },
		{ key: 'soc_code', label: 'Code published', value: (r) => r.soc_code },
		{ key: 'title', label: 'Title published', value: (r) => r.title },
		{ key: 'soc_version', label: 'SOC version', value: (r) => r.soc_version },
		{ key: 'relation', label: 'Code vs. this occupation', value: (r) => r.relation, format: (r) => relationLabel[r.relation] },
		{ key: 'on_line', label: 'Drawn as', value: (r) => r.line, format: (r) => (r.line === 'main' ? 'the line' : r.line ? `dashed ${r.line}` : 'not drawn') },
		...percentiles.map(moneyCol),
		{ key: 'cpi_may', label: 'CPI-U, May', value: (r) => r.cpi_may, format: (r) => (r.cpi_may === null ? NOT_PUBLISHED : r.cpi_may.toFixed(3)), numeric: true },
		{
			key: 'cpi_base',
			label: `CPI-U, May ${base}`,
			value: () => cpiBase,
			format: () => (cpiBase === null ? NOT_PUBLISHED : cpiBase.toFixed(3)),
			numeric: true
		},
		...percentiles.map((p) => constantCol(p, base))
	];
}

export const employmentColumns: Column<TrendRow>[] = [
	{ key: 'year', label: 'Year (May)', value: (r) => r.year },
	{ key: 'soc_code', label: 'Code published', value: (r) => r.soc_code },
	{ key: 'title', label: 'Title published', value: (r) => r.title },
	{ key: 'soc_version', label: 'SOC version', value: (r) => r.soc_version },
	{ key: 'relation', label: 'Code vs. this occupation', value: (r) => r.relation, format: (r) => relationLabel[r.relation] },
	{
		key: 'tot_emp',
		label: 'Employment',
		value: (r) => r.tot_emp,
		format: (r) => count(r.tot_emp, r.tot_emp_flag),
		flag: (r) => r.tot_emp_flag,
		numeric: true,
		phone: 'key'
	}
];

export const vintageColumns: Column<VintageRow>[] = [
	{ key: 'ep_release', label: 'Release', value: (r) => r.release },
	{ key: 'soc_code', label: 'Code published', value: (r) => r.soc_code },
	{ key: 'title', label: 'Title published', value: (r) => r.title },
	{ key: 'soc_version', label: 'SOC version', value: (r) => r.soc_version },
	{ key: 'relation', label: 'Code vs. this occupation', value: (r) => r.relation, format: (r) => relationLabel[r.relation] },
	{ key: 'period_start', label: 'Base year', value: (r) => r.period_start },
	{ key: 'emp_start', label: 'Employment, base year', value: (r) => r.emp_start, format: (r) => count(r.emp_start), numeric: true, phone: 'key' },
	{ key: 'period_end', label: 'Target year', value: (r) => r.period_end },
	{ key: 'emp_end', label: 'Projected employment', value: (r) => r.emp_end, format: (r) => count(r.emp_end), numeric: true, phone: 'key' },
	{ key: 'pct_change', label: 'Change', value: (r) => r.pct_change, format: (r) => percentChange(r.pct_change), numeric: true, phone: 'key' },
	{ key: 'openings_annual', label: 'Openings a year', value: (r) => r.openings_annual, format: (r) => count(r.openings_annual), numeric: true, phone: 'key' },
	{ key: 'all_pct', label: 'All occupations', value: (r) => r.all_pct, format: (r) => percentChange(r.all_pct), numeric: true },
	{ key: 'descriptor', label: 'Growth vs. average', value: (r) => r.descriptor }
];

export const trackColumns: Column<TrackRow>[] = [
	{ key: 'ep_release', label: 'Release', value: (r) => r.release },
	{ key: 'projected_codes', label: 'Codes', value: (r) => r.projected_codes.join(';'), format: (r) => r.projected_codes.join(' + ') },
	{ key: 'covers', label: 'SOC 2018 occupations covered', value: (r) => r.covers.join(';'), format: (r) => r.covers.join(' + ') },
	{ key: 'period_start', label: 'Base year', value: (r) => r.period_start },
	{ key: 'emp_start', label: 'Employment, base year', value: (r) => r.emp_start, format: (r) => count(r.emp_start), numeric: true },
	{ key: 'period_end', label: 'Target year', value: (r) => r.period_end },
	{ key: 'emp_end', label: 'Projected, target year', value: (r) => r.emp_end, format: (r) => count(r.emp_end), numeric: true },
	{ key: 'measured_year', label: 'Year compared', value: (r) => r.measured_year },
	{ key: 'path', label: 'Projected for that year, straight path', value: (r) => r.path, format: (r) => count(r.path), numeric: true, phone: 'key' },
	{ key: 'measured_release', label: 'Measured by', value: (r) => r.measured_release },
	{ key: 'measured', label: 'Measured that year', value: (r) => r.measured, format: (r) => count(r.measured), numeric: true, phone: 'key' },
	{ key: 'gap', label: 'Gap, jobs', value: (r) => r.gap, format: (r) => signedCount(r.gap), numeric: true },
	{ key: 'gap_pct', label: 'Gap, % of path', value: (r) => r.gap_pct, format: (r) => percentChange(r.gap_pct), numeric: true, phone: 'key' },
	{ key: 'pace', label: `Pace (±${PACE_TOLERANCE_PCT}% = on pace)`, value: (r) => r.pace, format: (r) => r.pace ?? 'not comparable', phone: 'key' },
	{ key: 'comparison', label: 'Comparison', value: (r) => r.comparison },
	{ key: 'note', label: 'Note', value: (r) => r.note }
];

export const periodStatusLabel: Record<ClaimCheck['period_status'], string> = {
	as_named: 'as the article says',
	differs: 'differs from the article',
	not_stated: 'not stated',
	not_in_data: 'not in the data'
};

const claimValue = (c: Pick<ClaimCheck, 'metric'>, v: number | null | undefined) =>
	v === null || v === undefined ? NOT_PUBLISHED : c.metric === 'pct_change' ? percentChange(v) : c.metric === 'median_wage' ? dollars(v) : count(v);
export const formatClaimValue = claimValue;

export const claimColumns: Column<ClaimCheck>[] = [
	{ key: 'claim_id', label: 'Claim', value: (c) => c.claim_id },
	{ key: 'article_title', label: 'Article', value: (c) => c.article_title },
	{ key: 'article_date', label: 'Article date', value: (c) => c.article_date, format: (c) => c.article_date ?? 'undated' },
	{ key: 'quote', label: 'Quote', value: (c) => c.quote, phone: 'heading' },
	{ key: 'metric', label: 'Measure', value: (c) => c.metric },
	{
		key: 'value',
		label: 'Quoted',
		value: (c) => c.value,
		format: (c) => (c.metric === 'pct_change' ? percent(c.value) : claimValue(c, c.value)),
		numeric: true,
		phone: 'key'
	},
	{ key: 'period', label: 'Period in article', value: (c) => c.period, format: (c) => c.period ?? 'none' },
	{ key: 'soc_codes', label: 'Occupations', value: (c) => c.soc_codes.join(';'), format: (c) => c.targets_label },
	{ key: 'current_release', label: 'Current BLS release', value: (c) => c.current?.label ?? null, format: (c) => c.current?.label ?? '—' },
	{
		key: 'current_value',
		label: 'Current BLS figure',
		value: (c) => c.current?.value ?? null,
		format: (c) => claimValue(c, c.current?.value),
		numeric: true,
		phone: 'key'
	},
	{ key: 'verdict', label: 'Verdict', value: (c) => c.verdict, phone: 'key' },
	{ key: 'period_status', label: 'Period named', value: (c) => c.period_status, format: (c) => periodStatusLabel[c.period_status] },
	{ key: 'verdict_text', label: 'Why', value: (c) => [c.verdict_text, c.period_note].filter(Boolean).join(' ') }
];
