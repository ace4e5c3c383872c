import { error } from '@sveltejs/kit';
import { buildConnector, oncePerBuild } from '$lib/server/duckdb';
import { run, runOne } from '$lib/db/query';
import type { Connector } from '$lib/db/types';
import { byOccupation, rowsBy } from '$lib/occupation/of-code';
import { aliasesQuery, allOccupationsGrowthQuery, detailedCodesQuery, ladderForQuery, occupationSummaryQuery, similarQuery } from '$lib/occupation/queries';
import { neighboursQuery } from '$lib/paths/queries';
import { loadReleases, type Releases } from '$lib/releases';
import { stateAreasQuery } from '$lib/states/queries';
import { loadRoleTrends, valuesOfEveryCode } from '$lib/trends/load';
import { occupationSectorsQuery } from '$lib/industries/queries';
import { parityMap, stateParitiesQuery } from '$lib/prices/queries';
import { loadOnetLevels } from '$lib/levels/load';

import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildConnector();
	return (await run(db, detailedCodesQuery)).map((r) => ({ soc: r.soc_code }));
};

/**
 * What every role page shows, read for all of them at once: each query runs once per build and
 * every page takes its occupation's rows (occupation/of-code.ts). One query per page each took
 * most of the prerender's time (~16 per page, ~870 pages, one DuckDB connection).
 */
async function everyRolePage(db: Connector, releases: Releases) {
	const codes = (await run(db, detailedCodesQuery)).map((r) => r.soc_code);
	const stateYear = releases.state_year;
	const [occs, ladder, aliases, similar, states, related, industries, onet, trendValues] = await Promise.all([
		run(db, occupationSummaryQuery, { codes, releases }),
		run(db, ladderForQuery, { codes }),
		run(db, aliasesQuery, { codes }),
		run(db, similarQuery, { codes, releases }),
		stateYear === null ? [] : run(db, stateAreasQuery, { codes, year: stateYear }),
		run(db, neighboursQuery, { codes, releases }),
		run(db, occupationSectorsQuery, { codes }),
		loadOnetLevels(db, codes),
		valuesOfEveryCode(db)
	]);
	return {
		occ: new Map(occs.map((o) => [o.soc_code, o])),
		ladder: rowsBy(ladder, (r) => r.soc_code),
		aliases: byOccupation(aliases),
		similar: byOccupation(similar),
		states: byOccupation(states),
		related: byOccupation(related),
		industries: rowsBy(industries, (r) => r.soc_code),
		onet: rowsBy(onet, (r) => r.soc_code),
		trendValues
	};
}

export async function load({ params }) {
	const releases = await oncePerBuild('releases', loadReleases);
	const every = await oncePerBuild('every role page', (db) => everyRolePage(db, releases));
	const code = params.soc;
	const occ = every.occ.get(code);
	if (!occ) error(404, `There is no occupation with the code ${code}.`);
	const db = await buildConnector();
	const all = await oncePerBuild('all occupations growth', (db) => runOne(db, allOccupationsGrowthQuery, { epStart: releases.ep_start }));
	// The state map, for occupations the state file covers (none of its rows otherwise).
	const stateRows = every.states.get(code) ?? [];
	const states = stateRows.some((r) => r.area_type !== 'national' && r.in_state_file) ? stateRows : null;
	// Over time: wages and jobs by year, the EP releases and article claims about this occupation.
	const { trends, trendClaims } = await loadRoleTrends(db, code, every.trendValues);
	// BEA price parities of the state file's year, for state pay in U.S.-average prices.
	const stateYear = releases.state_year;
	const rpps =
		states && stateYear ? await oncePerBuild('state price parities', async (db) => parityMap(await run(db, stateParitiesQuery, { year: stateYear }))) : {};
	return {
		releases,
		occ,
		ladder: every.ladder.get(code) ?? [],
		aliases: every.aliases.get(code) ?? [],
		similar: every.similar.get(code) ?? [],
		all,
		states,
		trends,
		trendClaims,
		// O*NET related occupations out and in ("Where this leads", "Who moves here").
		related: every.related.get(code) ?? [],
		// Pay by industry sector (the OEWS sector file), for the "Which industries" section.
		industries: every.industries.get(code) ?? [],
		rpps,
		// Levels and technologies: O*NET 29.2 detail per O*NET occupation of this SOC code.
		onet: every.onet.get(code) ?? []
	};
}
