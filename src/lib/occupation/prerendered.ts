/**
 * An occupation's figures from its prerendered role page (/roles/[soc]): the page's load data is a
 * static file (__data.json), so the compare and trends pages can show any linked occupation
 * without waiting for the query engine. The role page computes `occ` with occupationSummaryQuery
 * and `trends` with loadTrends, for the same releases, so the figures are the ones the engine
 * would return. Callers fall back to the engine when this fails.
 */
import { preloadData } from '$app/navigation';
import { resolve } from '$app/paths';
import type { SectorPayRow } from '$lib/industries/rows';
import type { Trends } from '$lib/trends/load';
import type { OccupationSummary } from './rows';
import type { OnetLevels } from '$lib/levels/load';

interface RolePageData {
	occ: OccupationSummary;
	trends: Trends;
	/** The occupation in every industry sector (the role page's "Which industries"). */
	industries: SectorPayRow[];
	/** O*NET detail per O*NET occupation (the role page's level sections); absent from pages built before it. */
	onet?: OnetLevels[];
}

/** One request per role page and page load; a failure is not kept, so the next call tries again. */
const requested = new Map<string, Promise<RolePageData>>();

export function prerenderedRole(code: string): Promise<RolePageData> {
	let p = requested.get(code);
	if (!p) {
		p = preloadData(resolve('/roles/[soc=soc]', { soc: code })).then((r) => {
			const data = r.type === 'loaded' && r.status === 200 ? (r.data as Partial<RolePageData>) : undefined;
			if (data?.occ?.soc_code !== code || data.trends?.soc_code !== code) throw new Error(`The role page of ${code} has no figures for it.`);
			return data as RolePageData;
		});
		requested.set(code, p);
		p.catch(() => requested.delete(code));
	}
	return p;
}
