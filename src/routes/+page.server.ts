import { buildConnector } from '$lib/server/duckdb';
import { allOccupationsGrowth, allOccupationsGrowthSql, ladderRole, occupationSummary, occupationSummarySql } from '$lib/query/occupation';
import { releasesRow, releasesSql } from '$lib/releases';

const HEADLINE_CODE = '11-3021';

export async function load() {
	const db = await buildConnector();
	const releases = releasesRow.parse((await db.query(releasesSql()))[0]);
	const ladder = ladderRole.array().parse(
		await db.query(`SELECT * FROM roles ORDER BY track, CASE level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END, median_salary`)
	);
	const codes = [HEADLINE_CODE, ...new Set(ladder.map((l) => l.soc_code).filter((c) => c !== HEADLINE_CODE))];
	const [occs, [all]] = await Promise.all([
		db.query(occupationSummarySql(codes, releases)).then((r) => occupationSummary.array().parse(r)),
		db.query(allOccupationsGrowthSql(releases.ep_start)).then((r) => allOccupationsGrowth.array().parse(r))
	]);
	return { releases, ladder, occs, all: all! };
}
