import { buildConnector } from '$lib/server/duckdb';
import { defaultFilters, explorerOption, explorerRow, explorerOptionsSql, explorerSql } from '$lib/query/explorer';
import { releasesRow, releasesSql } from '$lib/releases';
import { stateListRow, stateListSql } from '$lib/query/states';

export async function load() {
	const db = await buildConnector();
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	const [rows, options, states] = await Promise.all([
		db.query(explorerSql(defaultFilters, releases)),
		db.query(explorerOptionsSql()),
		releases.state_year === null ? [] : db.query(stateListSql(releases.state_year))
	]);
	return {
		releases,
		rows: explorerRow.array().parse(rows),
		options: explorerOption.array().parse(options),
		/** Areas of the OEWS state file, for the state filter. */
		states: stateListRow.array().parse(states)
	};
}
