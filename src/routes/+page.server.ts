import { buildConnector } from '$lib/server/duckdb';
import { run, runOne } from '$lib/db/query';
import { allOccupationsGrowthQuery, ladderQuery, occupationSummaryQuery } from '$lib/occupation/queries';
import { loadReleases } from '$lib/releases';
import { ladderPayQuery, trackMembersQuery } from '$lib/tracks/queries';

const HEADLINE_CODE = '11-3021';

export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const ladder = await run(db, ladderQuery);
	const codes = [HEADLINE_CODE, ...new Set(ladder.map((l) => l.soc_code).filter((c) => c !== HEADLINE_CODE))];
	const [occs, all, ladderPay, members] = await Promise.all([
		run(db, occupationSummaryQuery, { codes, releases }),
		runOne(db, allOccupationsGrowthQuery, { epStart: releases.ep_start }),
		run(db, ladderPayQuery, { oewsYear: releases.oews_year }),
		run(db, trackMembersQuery, { epStart: releases.ep_start })
	]);
	return { releases, ladder, occs, all, ladderPay, members };
}
