import { buildConnector } from '$lib/server/duckdb';
import { loadTrends } from '$lib/query/trends';
import { loadClaimChecks } from '$lib/query/trends-claims';
import { defaultTrendRole } from '$lib/query/trends-params';

export async function load() {
	const db = await buildConnector();
	const [trends, claims, choices] = await Promise.all([
		loadTrends(db, defaultTrendRole),
		loadClaimChecks(db),
		db.query<{ soc_code: string; title: string }>(`SELECT soc_code, title FROM occupations WHERE soc_level = 'detailed' ORDER BY title`)
	]);
	return { trends, claims, choices };
}
