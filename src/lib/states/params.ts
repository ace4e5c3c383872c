/** What a link or a menu can say about states: a two-letter code, and the measures a map shows. */
import type { WageValueColumn } from '$lib/schema/tables';

/** The measures a state map can show, in the order of its selector. */
export const stateMeasures = [
	'a_median',
	'a_pct10',
	'a_pct25',
	'a_pct75',
	'a_pct90',
	'tot_emp',
	'jobs_per_1000',
	'loc_quotient'
] as const satisfies readonly WageValueColumn[];
export type StateMeasure = (typeof stateMeasures)[number];

/** Value columns of a state row, each with its `<col>_flag`. */
export const stateValueColumns = [
	'tot_emp',
	'jobs_per_1000',
	'loc_quotient',
	'a_pct10',
	'a_pct25',
	'a_median',
	'a_pct75',
	'a_pct90',
	'a_mean'
] as const satisfies readonly WageValueColumn[];
export type StateValueColumn = (typeof stateValueColumns)[number];

/** The pay percentiles a state view sets beside the U.S. ones: 25th, median, 75th. */
export const statePayColumns = ['a_pct25', 'a_median', 'a_pct75'] as const satisfies readonly StateValueColumn[];

/** A two-letter code from a link, upper-cased, or null when it does not look like one. */
export function stateCodeFromParam(v: string | null | undefined): string | null {
	if (!v) return null;
	const s = v.trim().toUpperCase();
	return /^[A-Z]{2}$/.test(s) ? s : null;
}
