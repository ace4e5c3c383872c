import { buildConnector } from '$lib/server/duckdb';
import { run } from '$lib/db/query';
import { ladderQuery } from '$lib/occupation/queries';
import { ladderPairs } from '$lib/paths/ladders';
import { searchRoutes, stopCodes } from '$lib/paths/load';
import { pathChoicesQuery, stopsQuery } from '$lib/paths/queries';
import { loadReleases } from '$lib/releases';

/** The default pair and the article's ladder pairs, searched with the same SQL the browser runs. */
export async function load() {
	const db = await buildConnector();
	const releases = await loadReleases(db);
	const [ladder, choices] = await Promise.all([run(db, ladderQuery), run(db, pathChoicesQuery)]);
	const found = [];
	for (const pair of ladderPairs(ladder)) found.push(await searchRoutes(db, pair, releases.ep_start));
	const stops = await run(db, stopsQuery, { codes: stopCodes(found), releases });
	return { releases, ladder, choices, found, stops };
}
