import { run } from '$lib/db/query';
import { buildConnector } from '$lib/server/duckdb';
import { detailedOccupationsQuery } from '$lib/occupation/queries';
import { loadClaimChecks, loadTrends } from '$lib/trends/load';
import { defaultTrendRole } from '$lib/trends/params';

export async function load() {
	const db = await buildConnector();
	const [trends, claims, choices] = await Promise.all([loadTrends(db, defaultTrendRole), loadClaimChecks(db), run(db, detailedOccupationsQuery)]);
	return { trends, claims, choices };
}
