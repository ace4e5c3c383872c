/** The role page's "over time" data: trends of the occupation and the article claims about it. */
import type { Connector } from '$lib/db/types';
import { loadTrends } from './trends';
import { claimsAbout, loadClaimChecks } from './trends-claims';

export async function loadRoleTrends(db: Connector, code: string) {
	const [trends, claims] = await Promise.all([loadTrends(db, code), loadClaimChecks(db)]);
	return { trends, trendClaims: claimsAbout(claims, code) };
}
