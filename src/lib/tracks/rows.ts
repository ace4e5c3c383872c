/**
 * Rows of the IT-vs-IS comparison, picked from the table contract: the ladder roles with the BLS
 * pay of the occupation each maps to, and the track members with their projection. Wages and
 * projections come through a LEFT JOIN, hence `orNull`.
 */
import { z } from 'zod';
import { orNull } from '$lib/schema/rows';
import { occupationRow, projectionRow, roleRow, trackMemberRow, wageRow } from '$lib/schema/tables';

const payBand = wageRow.pick({ a_pct25: true, a_pct25_flag: true, a_median: true, a_median_flag: true, a_pct75: true, a_pct75_flag: true });

/** A published ladder role beside the national OEWS pay of its occupation. */
export const ladderPayRow = roleRow
	.pick({ role: true, track: true, level: true, median_salary: true, soc_code: true, as_of: true })
	.extend({ title: occupationRow.shape.title })
	.extend(orNull(payBand.shape));
export type LadderPay = z.infer<typeof ladderPayRow>;

/** An occupation on a track, with its projection in the shown EP release. */
export const trackMemberFiguresRow = trackMemberRow
	.extend({ title: occupationRow.shape.title })
	.extend(orNull(projectionRow.pick({ emp_start: true, emp_end: true, pct_change: true, openings_annual: true }).shape));
export type TrackMemberFigures = z.infer<typeof trackMemberFiguresRow>;
