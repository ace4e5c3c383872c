/**
 * The compared occupations' wage trends in the browser: the prerendered default comparison's are
 * known; any other comes from its prerendered role page (a static file), and from DuckDB-WASM only
 * if that fails. Answers are kept by code; a failure is not kept, so the next request tries again.
 */
import { browserDb } from '$lib/db/client.svelte';
import { prerenderedRole } from '$lib/occupation/prerendered';
import { loadTrends } from '$lib/trends/load';
import type { WageTrend } from '$lib/trends/wage-trend';

export function wageTrendLoader(initial: Record<string, WageTrend>): (code: string) => Promise<WageTrend> {
	const known = new Map<string, Promise<WageTrend>>(Object.entries(initial).map(([c, t]) => [c, Promise.resolve(t)]));
	return (code) => {
		let p = known.get(code);
		if (!p) {
			p = prerenderedRole(code)
				.then(
					(d) => d.trends,
					() => loadTrends(browserDb, code)
				)
				.then((t) => t.wages);
			known.set(code, p);
			p.catch(() => known.delete(code));
		}
		return p;
	};
}
