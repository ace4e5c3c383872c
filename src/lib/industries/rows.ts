/** The rows the industry queries answer, picked from the contract's `industry_wages` columns. */
import { z } from 'zod';
import { industryWageRow } from '$lib/schema/tables';

/** One sector's estimates for an occupation, with its share of the occupation's jobs (May of `year`). */
export const sectorPayRow = industryWageRow
	.pick({
		soc_code: true,
		year: true,
		naics: true,
		naics_title: true,
		tot_emp: true,
		tot_emp_flag: true,
		a_pct25: true,
		a_pct25_flag: true,
		a_median: true,
		a_median_flag: true,
		a_pct75: true,
		a_pct75_flag: true
	})
	.extend({
		occupation_emp: z.number().int().nullable().describe('The occupation’s national cross-industry employment, same May'),
		share_pct: z.number().nullable().describe('Sector jobs as a percentage of occupation_emp; null when either is not published')
	});
export type SectorPayRow = z.infer<typeof sectorPayRow>;

/** A sector of the file, for menus. */
export const sectorRow = industryWageRow.pick({ naics: true, naics_title: true, year: true });
export type SectorRow = z.infer<typeof sectorRow>;
