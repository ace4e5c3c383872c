import { buildConnector } from '$lib/server/duckdb';
import { run, runOne } from '$lib/db/query';
import { defaultCompare } from '$lib/compare/params';
import { allOccupationsGrowthQuery, detailedOccupationsQuery, occupationSummaryQuery } from '$lib/occupation/queries';
import { loadReleases } from '$lib/releases';
import { occupationSectorsQuery } from '$lib/industries/queries';
import { loadOnetLevels } from '$lib/levels/load';
import { rowsBy } from '$lib/occupation/of-code';
import { loadTrends } from '$lib/trends/load';

export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const [occs, all, choices] = await Promise.all([
		run(db, occupationSummaryQuery, { codes: defaultCompare, releases }),
		runOne(db, allOccupationsGrowthQuery, { epStart: releases.ep_start }),
		run(db, detailedOccupationsQuery)
	]);
	// The default comparison's industry sectors, prerendered like its figures.
	const sectorRows = rowsBy(await run(db, occupationSectorsQuery, { codes: defaultCompare }), (r) => r.soc_code);
	const sectors = Object.fromEntries(defaultCompare.map((code) => [code, sectorRows.get(code) ?? []]));
	// O*NET detail of the default comparison, prerendered with it (issue 18).
	const onet = Object.fromEntries(await Promise.all(defaultCompare.map(async (c) => [c, await loadOnetLevels(db, [c])] as const)));
	// The default comparison's pay by year (OEWS May 2014 … latest), prerendered with it.
	const trends = Object.fromEntries(await Promise.all(defaultCompare.map(async (c) => [c, (await loadTrends(db, c)).wages] as const)));
	return { releases, occs, all, choices, sectors, onet, trends };
}
