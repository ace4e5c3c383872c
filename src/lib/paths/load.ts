/**
 * One path search from start to goal: primary links first, supplemental ones only when primary
 * links reach no route; then the stops of the routes found, assembled step by step.
 */
import type { Connector } from '$lib/db/types';
import { run } from '$lib/db/query';
import type { ShownReleases } from '$lib/occupation/queries';
import { pathSearchQuery, stopsQuery, type TierSet } from './queries';
import type { RouteRow, StopRow } from './rows';

export interface Pair {
	from: string;
	to: string;
}

/** One stop of a route, with what changes from the stop before it. */
export interface Step extends StopRow {
	/** O*NET tier of the link that leads here; null at the start. */
	tier: RouteRow['tiers'][number] | null;
	/** Median pay minus the previous stop's, both published; null at the start or when either is not. */
	pay_change: number | null;
	/** Hot technologies here that the previous stop does not list; all of them at the start. */
	new_hot: string[];
}

export interface Route {
	route: number;
	moves: number;
	supplemental: number;
	openings_along: number;
	steps: Step[];
}

export interface PathResult extends Pair {
	/** Which links the routes use: primary only, or supplemental too (no primary route). */
	tiers: TierSet;
	routes: RouteRow[];
}

export const pairKey = (p: Pair) => `${p.from}>${p.to}`;

const published = (v: number | null, flag: string | null) => (v !== null && flag === 'published' ? v : null);

/** Puts the stops in route order and works out each step's changes. */
export function assembleRoutes(rows: RouteRow[], stops: ReadonlyMap<string, StopRow>): Route[] {
	return rows.map((r) => {
		const steps: Step[] = [];
		r.onet_codes.forEach((code, i) => {
			const stop = stops.get(code);
			if (!stop) throw new Error(`No figures for the O*NET occupation ${code}`);
			const prev = steps[i - 1];
			const pay = published(stop.a_median, stop.a_median_flag);
			const prevPay = prev ? published(prev.a_median, prev.a_median_flag) : null;
			const before = new Set(prev?.hot_technologies ?? []);
			steps.push({
				...stop,
				tier: i === 0 ? null : r.tiers[i - 1]!,
				pay_change: pay !== null && prevPay !== null ? pay - prevPay : null,
				new_hot: stop.hot_technologies.filter((t) => !before.has(t))
			});
		});
		return { route: r.route, moves: r.moves, supplemental: r.supplemental, openings_along: r.openings_along, steps };
	});
}

/** The routes of a pair: primary links first, all links when primary ones reach no route. */
export async function searchRoutes(db: Connector, pair: Pair, epStart: number): Promise<PathResult> {
	if (pair.from === pair.to) return { ...pair, tiers: 'primary', routes: [] };
	let tiers: TierSet = 'primary';
	let routes = await run(db, pathSearchQuery, { ...pair, tiers, epStart });
	if (routes.length === 0) {
		tiers = 'all';
		routes = await run(db, pathSearchQuery, { ...pair, tiers, epStart });
	}
	return { ...pair, tiers, routes };
}

/** The O*NET codes a set of results stops at. */
export const stopCodes = (results: PathResult[]) => [...new Set(results.flatMap((r) => r.routes.flatMap((x) => x.onet_codes)))];

/** Stops not in `have`, fetched. */
export async function missingStops(db: Connector, codes: string[], have: ReadonlyMap<string, StopRow>, releases: ShownReleases): Promise<StopRow[]> {
	const missing = codes.filter((c) => !have.has(c));
	return missing.length ? run(db, stopsQuery, { codes: missing, releases }) : [];
}
