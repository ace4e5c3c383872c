import { buildConnector } from '$lib/server/duckdb';
import { run } from '$lib/db/query';
import { defaultFilters } from '$lib/explorer/params';
import { explorerOptionsQuery, explorerQuery } from '$lib/explorer/queries';
import { loadReleases } from '$lib/releases';
import { stateListQuery } from '$lib/states/queries';
import { sectorsQuery } from '$lib/industries/queries';
import { parityMap, stateParitiesQuery } from '$lib/prices/queries';

export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const [rows, options, states, sectors, parities] = await Promise.all([
		run(db, explorerQuery, { filters: defaultFilters, stateYear: releases.state_year }),
		run(db, explorerOptionsQuery),
		releases.state_year === null ? [] : run(db, stateListQuery, { year: releases.state_year }),
		run(db, sectorsQuery),
		releases.state_year === null ? [] : run(db, stateParitiesQuery, { year: releases.state_year })
	]);
	return {
		releases,
		rows,
		options,
		/** Areas of the OEWS state file, for the state filter. */
		states,
		/** Sectors of the OEWS sector file, for the industry filter. */
		sectors,
		/** BEA all-items RPPs of the state year, for state pay in U.S.-average prices. */
		rpps: parityMap(parities)
	};
}
