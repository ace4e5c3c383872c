import { buildConnector } from '$lib/server/duckdb';
import { run } from '$lib/db/query';
import { defaultFilters } from '$lib/explorer/params';
import { explorerOptionsQuery, explorerQuery } from '$lib/explorer/queries';
import { loadReleases } from '$lib/releases';
import { stateListQuery } from '$lib/states/queries';

export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const [rows, options, states] = await Promise.all([
		run(db, explorerQuery, { filters: defaultFilters, stateYear: releases.state_year }),
		run(db, explorerOptionsQuery),
		releases.state_year === null ? [] : run(db, stateListQuery, { year: releases.state_year })
	]);
	return {
		releases,
		rows,
		options,
		/** Areas of the OEWS state file, for the state filter. */
		states
	};
}
