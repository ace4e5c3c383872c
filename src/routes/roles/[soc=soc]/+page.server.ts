import { error } from '@sveltejs/kit';
import { buildConnector } from '$lib/server/duckdb';
import {
	aliasRow,
	aliasesForSql,
	allOccupationsGrowth,
	allOccupationsGrowthSql,
	detailedCodesSql,
	ladderForSql,
	ladderRole,
	occupationSummary,
	occupationSummarySql,
	similarRow,
	similarSql
} from '$lib/query/occupation';
import { releasesRow, releasesSql } from '$lib/releases';
import { stateAreaRow, stateAreasSql } from '$lib/query/states';
import { loadRoleTrends } from '$lib/query/trends-role';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildConnector();
	return (await db.query<{ soc_code: string }>(detailedCodesSql())).map((r) => ({ soc: r.soc_code }));
};

export async function load({ params }) {
	const db = await buildConnector();
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	const [occ] = occupationSummary.array().parse(await db.query(occupationSummarySql([params.soc], releases)));
	if (!occ) error(404, `There is no occupation with the code ${params.soc}.`);
	const [ladder, aliases, similar, [all], stateRows] = await Promise.all([
		db.query(ladderForSql([params.soc])).then((r) => ladderRole.array().parse(r)),
		db.query(aliasesForSql(params.soc)).then((r) => aliasRow.array().parse(r)),
		db.query(similarSql(params.soc, releases)).then((r) => similarRow.array().parse(r)),
		db.query(allOccupationsGrowthSql(releases.ep_start)).then((r) => allOccupationsGrowth.array().parse(r)),
		releases.state_year === null ? [] : db.query(stateAreasSql(params.soc, releases.state_year)).then((r) => stateAreaRow.array().parse(r))
	]);
	// The state map, for occupations the state file covers (none of its rows otherwise).
	const states = stateRows.some((r) => r.area_type !== 'national' && r.in_state_file) ? stateRows : null;
	// Over time: wages and jobs by year, the EP releases and article claims about this occupation.
	const { trends, trendClaims } = await loadRoleTrends(db, params.soc);
	return { releases, occ, ladder, aliases, similar, all: all!, states, trends, trendClaims };
}
