import { error } from '@sveltejs/kit';
import { buildConnector, oncePerBuild } from '$lib/server/duckdb';
import { run, runOne } from '$lib/db/query';
import { aliasesQuery, allOccupationsGrowthQuery, detailedCodesQuery, ladderForQuery, occupationSummaryQuery, similarQuery } from '$lib/occupation/queries';
import { neighboursQuery } from '$lib/paths/queries';
import { loadReleases } from '$lib/releases';
import { stateAreasQuery } from '$lib/states/queries';
import { loadRoleTrends } from '$lib/trends/load';
import { occupationSectorsQuery } from '$lib/industries/queries';
import { parityMap, stateParitiesQuery } from '$lib/prices/queries';
import { loadOnetLevels } from '$lib/levels/load';

import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildConnector();
	return (await run(db, detailedCodesQuery)).map((r) => ({ soc: r.soc_code }));
};

export async function load({ params }) {
	const db = await buildConnector();
	const releases = await oncePerBuild('releases', loadReleases);
	const [occ] = await run(db, occupationSummaryQuery, { codes: [params.soc], releases });
	if (!occ) error(404, `There is no occupation with the code ${params.soc}.`);
	const [ladder, aliases, similar, all, stateRows] = await Promise.all([
		run(db, ladderForQuery, { codes: [params.soc] }),
		run(db, aliasesQuery, { code: params.soc }),
		run(db, similarQuery, { code: params.soc, releases }),
		oncePerBuild('all occupations growth', (db) => runOne(db, allOccupationsGrowthQuery, { epStart: releases.ep_start })),
		releases.state_year === null ? [] : run(db, stateAreasQuery, { code: params.soc, year: releases.state_year })
	]);
	// The state map, for occupations the state file covers (none of its rows otherwise).
	const states = stateRows.some((r) => r.area_type !== 'national' && r.in_state_file) ? stateRows : null;
	// Over time: wages and jobs by year, the EP releases and article claims about this occupation.
	const { trends, trendClaims } = await loadRoleTrends(db, params.soc);
	// O*NET related occupations out and in ("Where this leads", "Who moves here").
	const related = await run(db, neighboursQuery, { code: params.soc, releases });
	// Pay by industry sector (the OEWS sector file), for the "Which industries" section.
	const industries = await run(db, occupationSectorsQuery, { code: params.soc });
	// BEA price parities of the state file's year, for state pay in U.S.-average prices.
	const stateYear = releases.state_year;
	const rpps =
		states && stateYear ? await oncePerBuild('state price parities', async (db) => parityMap(await run(db, stateParitiesQuery, { year: stateYear }))) : {};
	// Levels and technologies: O*NET 29.2 detail per O*NET occupation of this SOC code.
	const onet = await loadOnetLevels(db, [params.soc]);
	return { releases, occ, ladder, aliases, similar, all, states, trends, trendClaims, related, industries, rpps, onet };
}
