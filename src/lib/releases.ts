/** Which releases the pages show: the newest of each program in the tables. */
import { z } from 'zod';
import type { Connector } from './db/types';
import { defineQuery, runOne } from './db/query';

export const releasesRow = z.object({
	oews_year: z.number().int(),
	state_year: z.number().int().nullable(),
	ep_start: z.number().int(),
	ep_end: z.number().int(),
	ep_wage_year: z.number().int(),
	oews_first_year: z.number().int(),
	ladder_as_of: z.string().nullable()
});
export type Releases = z.infer<typeof releasesRow>;

export const releasesSql = () => `
SELECT
	(SELECT max(year) FROM wages WHERE area_type = 'national')::INTEGER AS oews_year,
	(SELECT max(year) FROM wages WHERE area_type <> 'national')::INTEGER AS state_year,
	(SELECT max(period_start) FROM projections)::INTEGER AS ep_start,
	(SELECT max(period_end) FROM projections WHERE period_start = (SELECT max(period_start) FROM projections))::INTEGER AS ep_end,
	(SELECT any_value(median_wage_year) FROM projections WHERE period_start = (SELECT max(period_start) FROM projections))::INTEGER AS ep_wage_year,
	(SELECT min(year) FROM wages WHERE area_type = 'national')::INTEGER AS oews_first_year,
	(SELECT any_value(as_of) FROM roles) AS ladder_as_of`;

export const releasesQuery = defineQuery({ name: 'releases', tables: ['wages', 'projections', 'roles'], sql: releasesSql, row: releasesRow });

export const loadReleases = (db: Connector) => runOne(db, releasesQuery);
