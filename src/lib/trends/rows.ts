/**
 * Row schemas of the trend queries' answers, picked from the table contract so that each column
 * (and its flag) is declared once; the few derived columns are declared here.
 */
import { z } from 'zod';
import { cpiRow, occupationRow, projectionRow, wageRow } from '$lib/schema/tables';
import type { Coverage } from './soc-continuity';

/** A published code of one OEWS year (national, detailed) or EP release, and the SOC 2018 codes it covers. */
export const coverRow = z.object({
	/** The OEWS year or the EP base year. */
	period: z.number().int(),
	soc_code: wageRow.shape.soc_code,
	is_aggregate: z.boolean(),
	covers: z.array(occupationRow.shape.soc_code)
});
export type CoverRow = z.infer<typeof coverRow>;

/** An OEWS national row with the percentiles and jobs the trend charts draw. */
export const wageValueRow = wageRow.pick({
	year: true,
	soc_code: true,
	title: true,
	soc_version: true,
	tot_emp: true,
	tot_emp_flag: true,
	a_pct10: true,
	a_pct10_flag: true,
	a_pct25: true,
	a_pct25_flag: true,
	a_median: true,
	a_median_flag: true,
	a_pct75: true,
	a_pct75_flag: true,
	a_pct90: true,
	a_pct90_flag: true
});
export type WageCoverageRow = z.infer<typeof wageValueRow> & Coverage;

/** An EP row with what the vintage charts and the track record use. */
export const projectionValueRow = projectionRow.pick({
	period_start: true,
	period_end: true,
	soc_code: true,
	title: true,
	soc_version: true,
	emp_start: true,
	emp_end: true,
	emp_change: true,
	pct_change: true,
	openings_annual: true
});
export type ProjectionCoverageRow = z.infer<typeof projectionValueRow> & Coverage;

/** An OEWS year present in the tables. */
export const oewsYearRow = z.object({ period: wageRow.shape.year });
/** An EP release present in the tables: its base and target years. */
export const releaseRow = z.object({ period: projectionRow.shape.period_start, period_end: projectionRow.shape.period_end });

/** The CPI-U May value of a year (the query keeps only years that have one). */
export const cpiMayRow = cpiRow.pick({ year: true }).extend({ may_value: cpiRow.shape.may_value.unwrap() });
export type CpiMay = z.infer<typeof cpiMayRow>;

export const titleRow = occupationRow.pick({ soc_code: true, title: true });
export const claimOccupationRow = occupationRow.pick({ soc_code: true, title: true, soc_level: true });
