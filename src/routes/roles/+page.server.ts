import { buildConnector } from '$lib/server/duckdb';
import { defaultFilters, explorerOption, explorerRow, explorerOptionsSql, explorerSql } from '$lib/query/explorer';
import { releasesRow, releasesSql } from '$lib/query/releases';

export async function load() {
	const db = await buildConnector();
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	const [rows, options] = await Promise.all([db.query(explorerSql(defaultFilters, releases)), db.query(explorerOptionsSql())]);
	return {
		releases,
		rows: explorerRow.array().parse(rows),
		options: explorerOption.array().parse(options)
	};
}
