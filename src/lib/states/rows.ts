/** The rows the state queries answer, picked from the contract's `wages` columns. */
import { z } from 'zod';
import { wageRow } from '$lib/schema/tables';

const area = wageRow.pick({ state: true, area_code: true, area_title: true, area_type: true });
const values = wageRow.pick({
	tot_emp: true,
	tot_emp_flag: true,
	jobs_per_1000: true,
	jobs_per_1000_flag: true,
	loc_quotient: true,
	loc_quotient_flag: true,
	a_pct10: true,
	a_pct10_flag: true,
	a_pct25: true,
	a_pct25_flag: true,
	a_median: true,
	a_median_flag: true,
	a_pct75: true,
	a_pct75_flag: true,
	a_pct90: true,
	a_pct90_flag: true,
	a_mean: true,
	a_mean_flag: true
});

/**
 * One area's figures for an occupation (the national row has `state` null). An area with no row
 * for the occupation has null values, `not_applicable` flags and `in_state_file` false.
 */
export const stateAreaRow = area
	.extend({ in_state_file: z.boolean().describe('False when the state file has no row for the occupation in this area') })
	.extend(values.shape);
export type StateAreaRow = z.infer<typeof stateAreaRow>;

export const stateOccupationRow = wageRow.pick({ soc_code: true, title: true }).extend({ areas: z.number().int() });
export type StateOccupationRow = z.infer<typeof stateOccupationRow>;

/** One area's pay percentiles for an occupation (areaPaySql). */
export const areaPayRow = wageRow.pick({
	soc_code: true,
	a_pct25: true,
	a_pct25_flag: true,
	a_median: true,
	a_median_flag: true,
	a_pct75: true,
	a_pct75_flag: true
});
export type AreaPayRow = z.infer<typeof areaPayRow>;

export const stateListRow = z.object({
	state: wageRow.shape.state.unwrap(),
	area_title: wageRow.shape.area_title,
	area_type: wageRow.shape.area_type.exclude(['national'])
});
export type StateListRow = z.infer<typeof stateListRow>;
