/** The rows the path queries answer, picked from the table contract. */
import { z } from 'zod';
import { orNull } from '$lib/schema/rows';
import { onetOccupationRow, projectionRow, relatedOccupationRow, socCode, wageRow } from '$lib/schema/tables';

/** One route found by the search: O*NET occupations from start to goal and the O*NET tier of each link. */
export const routeRow = z.object({
	route: z.number().int().positive().describe('Rank of the route, 1 = first by the stated rule'),
	onet_codes: z.array(z.string()),
	soc_codes: z.array(socCode),
	tiers: z.array(relatedOccupationRow.shape.tier),
	moves: z.number().int().nonnegative(),
	supplemental: z.number().int().nonnegative(),
	openings_along: z.number().int().nonnegative().describe('Openings a year summed over the occupations after the first (EP)')
});
export type RouteRow = z.infer<typeof routeRow>;

/** One O*NET occupation as a stop on a route: O*NET descriptors, and its SOC's BLS figures. */
export const stopRow = onetOccupationRow
	.pick({ onet_code: true, soc_code: true, title: true, job_zone: true, job_zone_label: true })
	.extend({ soc_title: z.string().nullable() })
	.extend(orNull(wageRow.pick({ a_pct10: true, a_pct10_flag: true, a_median: true, a_median_flag: true, a_pct90: true, a_pct90_flag: true }).shape))
	.extend(orNull(projectionRow.pick({ pct_change: true, openings_annual: true, education: true, experience: true }).shape))
	.extend({
		hot_technologies: z.array(z.string()).describe('O*NET Hot Technologies of the occupation, by name'),
		core_tasks: z.array(z.string()).describe('The first two core tasks in O*NET task ID order')
	});
export type StopRow = z.infer<typeof stopRow>;

/** Related occupations of one occupation, out ("where this leads") or in ("who moves here"), at SOC level. */
export const neighbourRow = z.object({
	direction: z.enum(['out', 'in']),
	soc_code: socCode,
	title: z.string(),
	onet_titles: z.array(z.string()).describe('The O*NET occupations of that SOC code linked, by title'),
	tier: relatedOccupationRow.shape.tier.describe('Closest O*NET tier among the links'),
	best_rank: z.number().int(),
	...orNull(wageRow.pick({ a_median: true, a_median_flag: true }).shape),
	...orNull(projectionRow.pick({ pct_change: true }).shape)
});
export type NeighbourRow = z.infer<typeof neighbourRow>;

/** An occupation that can start or end a path: a SOC detailed code with O*NET occupations. */
export const pathChoiceRow = z.object({ soc_code: socCode, title: z.string() });
/** An O*NET occupation a route between track occupations is likely to stop at. */
export const likelyStopRow = onetOccupationRow.pick({ onet_code: true });
export type PathChoice = z.infer<typeof pathChoiceRow>;
