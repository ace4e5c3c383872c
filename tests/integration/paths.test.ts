/**
 * Career paths on the real Parquet through the build-time connector: the search and its stops'
 * figures as the browser runs them, against the O*NET and BLS files' facts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '$lib/db/query';
import { missingStops, searchRoutes } from '$lib/paths/load';
import { likelyStopsQuery } from '$lib/paths/queries';
import { loadReleases } from '$lib/releases';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Awaited<ReturnType<typeof loadReleases>>;

beforeAll(async () => {
	({ db } = await openIngested());
	releases = await loadReleases(db);
});
afterAll(async () => {
	db?.close();
});

describe('help desk to IT director', () => {
	test('15-1232 → 11-3021: two moves through primary links, the shortest route first', async () => {
		const found = await searchRoutes(db, { from: '15-1232', to: '11-3021' }, releases.ep_start);
		expect(found.tiers).toBe('primary');
		expect(found.routes[0]!.moves).toBe(2);
		expect(found.routes[0]!.onet_codes[0]).toBe('15-1232.00');
		expect(found.routes[0]!.onet_codes.at(-1)).toBe('11-3021.00');
		for (const r of found.routes) expect(r.moves).toBeLessThanOrEqual(found.routes[0]!.moves + 1);
	});

	test("a stop carries its SOC's BLS figures: 11-3021's OEWS May 2025 median is $175,140", async () => {
		const [stop] = await missingStops(db, ['11-3021.00'], new Map(), releases);
		expect(stop!.a_median).toBe(175140);
		expect(stop!.a_median_flag).toBe('published');
		expect(stop!.job_zone).toBe(4);
	});
});

test('the stops fetched ahead: every track occupation and its primary neighbours, O*NET codes only', async () => {
	const likely = (await run(db, likelyStopsQuery)).map((r) => r.onet_code);
	expect(likely).toContain('15-1232.00');
	expect(likely).toContain('11-3021.00');
	// 15-1232.00's first related occupation is 15-1252.00 (O*NET 29.2 Related Occupations).
	expect(likely).toContain('15-1252.00');
	expect(new Set(likely).size).toBe(likely.length);
	expect(likely.length).toBeLessThan(400);
});
