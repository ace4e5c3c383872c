/**
 * The occupation queries against the real Parquet, through the build-time connector the pages
 * use: what the overview, compare and role pages show must equal the BLS figure.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, runOne } from '$lib/db/query';
import {
	aliasesQuery,
	allOccupationsGrowthQuery,
	detailedCodesQuery,
	detailedOccupationsQuery,
	ladderForQuery,
	ladderQuery,
	occupationSummaryQuery,
	similarQuery
} from '$lib/occupation/queries';
import type { Releases } from '$lib/releases';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;

beforeAll(async () => {
	({ db, releases } = await openIngested());
});
afterAll(async () => {
	db?.close();
});

describe('occupation summary', () => {
	test('11-3021 carries the May 2025 OEWS and 2024–34 EP figures', async () => {
		const [o] = await run(db, occupationSummaryQuery, { codes: ['11-3021'], releases });
		expect(o).toMatchObject({
			a_median: 175140,
			tot_emp: 670570,
			a_pct90: 297510,
			a_pct90_flag: 'published',
			h_median: 84.2,
			emp_start: 667100,
			emp_end: 768700,
			pct_change: 15.2,
			openings_annual: 55600
		});
	});
	test('May 2024 keeps the top-coded 90th percentile as the cap with its flag', async () => {
		const [o] = await run(db, occupationSummaryQuery, { codes: ['11-3021'], releases: { oews_year: 2024, ep_start: 2024 } });
		expect(o).toMatchObject({ a_median: 171200, tot_emp: 645970, a_pct90: 239200, a_pct90_flag: 'topcoded' });
	});
	test('keeps the order asked for', async () => {
		const rows = await run(db, occupationSummaryQuery, { codes: ['15-1242', '11-3021', '15-1212'], releases });
		expect(rows.map((r) => r.soc_code)).toEqual(['15-1242', '11-3021', '15-1212']);
	});
	test('all-occupations growth equals the published 2024–34 total (+3.1%, 169,956.4 to 175,169.9 thousand)', async () => {
		const all = await runOne(db, allOccupationsGrowthQuery, { epStart: 2024 });
		expect(all).toMatchObject({ emp_start: 169_956_400, emp_end: 175_169_900, pct_change: 3.1 });
	});
	test('ladder roles and similar occupations', async () => {
		const ladder = await run(db, ladderForQuery, { codes: ['11-3021'] });
		expect(ladder.map((l) => l.role).sort()).toEqual([
			'Chief Information Officer (CIO)',
			'Director of Information Security',
			'Director of Information Systems',
			'IT Director'
		]);
		const similar = await run(db, similarQuery, { codes: ['15-1242'], releases });
		expect(similar.map((s) => s.soc_code)).toContain('15-1243');
		expect(similar.every((s) => s.soc_code.startsWith('15-12') && s.soc_code !== '15-1242')).toBe(true);
	});
	test('similar to 15-1212 (IT track): the IT members of 15-1200 Computer Occupations by jobs, then the rest of the group by jobs', async () => {
		const similar = await run(db, similarQuery, { codes: ['15-1212'], releases });
		const group = await db.query<{ soc_code: string; it: boolean; tot_emp: number | null }>(`
			SELECT e.soc_code, list_contains(e.tracks, 'IT') AS it, e.tot_emp FROM explorer_occupations e
			WHERE e.soc_code LIKE '15-12%' AND e.soc_code <> '15-1212'`);
		const byJobs = (a: { tot_emp: number | null }, b: { tot_emp: number | null }) => (b.tot_emp ?? -1) - (a.tot_emp ?? -1);
		const expected = [...group.filter((g) => g.it).sort(byJobs), ...group.filter((g) => !g.it).sort(byJobs)].map((g) => g.soc_code);
		expect(similar.map((s) => s.soc_code)).toEqual(expected);
		expect(similar[0]).toMatchObject({ soc_code: '15-1252', shared_tracks: ['IT'], minor_code: '15-1200', minor_title: 'Computer Occupations' });
		expect(similar.filter((s) => s.shared_tracks.length).every((s) => s.tracks.includes('IT'))).toBe(true);
		// An occupation on no track: its minor group by jobs (11-3021's is 11-3000 Operations Specialties Managers).
		const managers = await run(db, similarQuery, { codes: ['11-3031'], releases });
		expect(managers[0]).toMatchObject({ minor_code: '11-3000' });
		expect(managers.map((s) => s.soc_code)).toContain('11-3021');
	});
});

describe('what the pages list', () => {
	test('the whole ladder, entry to senior within each track, maps to 11-3021 among others', async () => {
		const ladder = await run(db, ladderQuery);
		expect(ladder.map((l) => l.soc_code)).toContain('11-3021');
		const order = ['entry', 'mid', 'senior'];
		for (const track of ['IT', 'IS']) {
			const levels = ladder.filter((l) => l.track === track).map((l) => order.indexOf(l.level));
			expect(levels).toEqual([...levels].sort());
		}
	});
	test('aliases leave the ladder roles out', async () => {
		const aliases = await run(db, aliasesQuery, { codes: ['11-3021'] });
		expect(aliases.length).toBeGreaterThan(0);
		expect(aliases.every((a) => a.kind !== 'ladder')).toBe(true);
	});
	test('every detailed occupation has a page and a menu entry, by title', async () => {
		const codes = await run(db, detailedCodesQuery);
		const menu = await run(db, detailedOccupationsQuery);
		expect(menu.map((m) => m.soc_code).sort()).toEqual(codes.map((c) => c.soc_code));
		expect(codes.length).toBeGreaterThan(800);
		const titles = menu.map((m) => m.title);
		expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});
});
