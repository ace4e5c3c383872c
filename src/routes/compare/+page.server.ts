import { buildConnector } from '$lib/server/duckdb';
import { defaultCompare } from '$lib/query/compare';
import { allOccupationsGrowth, allOccupationsGrowthSql, occupationSummary, occupationSummarySql } from '$lib/query/occupation';
import { releasesRow, releasesSql } from '$lib/releases';

export async function load() {
	const db = await buildConnector();
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	const [occs, [all], choices] = await Promise.all([
		db.query(occupationSummarySql(defaultCompare, releases)).then((r) => occupationSummary.array().parse(r)),
		db.query(allOccupationsGrowthSql(releases.ep_start)).then((r) => allOccupationsGrowth.array().parse(r)),
		db.query<{ soc_code: string; title: string }>(`SELECT soc_code, title FROM occupations WHERE soc_level = 'detailed' ORDER BY title`)
	]);
	return { releases, occs, all: all!, choices };
}
