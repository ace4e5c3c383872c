/**
 * The rows the occupation queries answer, picked from the table contract so that a column and
 * its flag are declared once. Wages and projections come through a LEFT JOIN: an occupation
 * BLS does not list there gets nulls, hence `orNull`.
 */
import { z } from 'zod';
import { orNull } from '$lib/schema/rows';
import { explorerOccupationRow, occupationRow, projectionRow, roleAliasRow, roleRow, wageRow } from '$lib/schema/tables';

/** The national OEWS columns the pages show, each with its flag. */
const nationalWages = wageRow.pick({
	tot_emp: true,
	tot_emp_flag: true,
	a_mean: true,
	a_mean_flag: true,
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
	h_median: true,
	h_median_flag: true
});
const projection = projectionRow.pick({ emp_start: true, emp_end: true, emp_change: true, pct_change: true, openings_annual: true });

/** One occupation with its latest national wages and projection, and its SOC and EP descriptors. */
export const occupationSummaryRow = occupationRow
	.pick({
		soc_code: true,
		title: true,
		major_code: true,
		major_title: true,
		definition: true,
		example_titles: true,
		education: true,
		experience: true,
		training: true
	})
	.extend(orNull(nationalWages.shape))
	.extend(orNull(projection.shape));
export type OccupationSummary = z.infer<typeof occupationSummaryRow>;

/** Growth of all occupations together in one release. */
export const allOccupationsGrowthRow = projectionRow.pick({ emp_start: true, emp_end: true, pct_change: true, openings_annual: true });
export type AllOccupationsGrowth = z.infer<typeof allOccupationsGrowthRow>;

/** A published ladder role: the roles table as it is. */
export const ladderRoleRow = roleRow;
export type LadderRole = z.infer<typeof ladderRoleRow>;

export const aliasRow = roleAliasRow.pick({ alias: true, kind: true, track: true, reason: true });
export type AliasRow = z.infer<typeof aliasRow>;

/** A similar occupation: same SOC minor group (named on each row), with its tracks and those it shares with the page's occupation. */
export const similarRow = occupationRow
	.pick({ soc_code: true, title: true })
	.extend(orNull(nationalWages.pick({ tot_emp: true, tot_emp_flag: true, a_median: true, a_median_flag: true }).shape))
	.extend(orNull(projection.pick({ pct_change: true }).shape))
	.extend({
		tracks: explorerOccupationRow.shape.tracks,
		shared_tracks: explorerOccupationRow.shape.tracks,
		minor_code: occupationRow.shape.soc_code,
		minor_title: occupationRow.shape.title
	});
export type SimilarRow = z.infer<typeof similarRow>;

export const detailedCodeRow = occupationRow.pick({ soc_code: true });
export const detailedOccupationRow = occupationRow.pick({ soc_code: true, title: true });
export type DetailedOccupation = z.infer<typeof detailedOccupationRow>;
