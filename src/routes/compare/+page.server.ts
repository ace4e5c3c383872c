import { buildConnector } from '$lib/server/duckdb';
import { run, runOne } from '$lib/db/query';
import { defaultCompare } from '$lib/compare/params';
import { allOccupationsGrowthQuery, detailedOccupationsQuery, occupationSummaryQuery } from '$lib/occupation/queries';
import { loadReleases } from '$lib/releases';

export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const [occs, all, choices] = await Promise.all([
		run(db, occupationSummaryQuery, { codes: defaultCompare, releases }),
		runOne(db, allOccupationsGrowthQuery, { epStart: releases.ep_start }),
		run(db, detailedOccupationsQuery)
	]);
	return { releases, occs, all, choices };
}
