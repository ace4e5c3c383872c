/**
 * The explorer's query builders against the real Parquet, through the same build-time connector
 * the pages use. The occupation and compare tests that were here are in tests/integration and
 * tests/unit/compare.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { explorerRow, explorerSql, filtersFromParams, filtersToParams } from '$lib/query/explorer';
import { explorerOccupationRow } from '$lib/schema/tables';
import { run } from '$lib/db/query';
import { occupationSummaryQuery } from '$lib/occupation/queries';
import type { Releases } from '$lib/releases';
import { removeTempDirs } from '../../helpers/ingest';
import { openIngested } from '../../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;

beforeAll(async () => {
	({ db, releases } = await openIngested('query-layer-'));
});
afterAll(async () => {
	db?.close();
	await removeTempDirs();
});

const explore = async (qs: string) => explorerRow.array().parse(await db.query(explorerSql(filtersFromParams(new URLSearchParams(qs)).filters, releases)));

describe('releases', () => {
	test('are the newest of each program', () => {
		expect(releases).toMatchObject({ oews_year: 2025, state_year: 2024, ep_start: 2024, ep_end: 2034, ep_wage_year: 2024, oews_first_year: 2014, ladder_as_of: '2025-12' });
	});
});

describe('explorer', () => {
	test('lists every detailed occupation with data, largest first', async () => {
		const rows = await explore('');
		expect(rows.length).toBeGreaterThan(800);
		expect(rows[0]!.tot_emp).toBeGreaterThanOrEqual(rows[1]!.tot_emp!);
	});
	test.each([
		['CIO', '11-3021'],
		['DBA', '15-1242'],
		['IT Director', '11-3021'],
		['help desk', '15-1232'],
		['ERP consultant', '15-1211']
	])('search "%s" finds %s', async (q, code) => {
		const rows = await explore(`q=${encodeURIComponent(q)}`);
		expect(rows.map((r) => r.soc_code)).toContain(code);
		expect(rows.find((r) => r.soc_code === code)!.matched).toBeTruthy();
	});
	test('"CIO" does not match inside words (Sociologists)', async () => {
		const rows = await explore('q=CIO');
		expect(rows.map((r) => r.soc_code)).not.toContain('19-3041');
	});
	test('search text with SQL and regex characters is only text', async () => {
		await expect(explore(`q=${encodeURIComponent("x') OR 1=1 --")}`)).resolves.toEqual([]);
		await expect(explore(`q=${encodeURIComponent('(.*')}`)).resolves.toEqual([]);
	});
	test('track IT at entry level: the three entry roles, paid at the 25th percentile', async () => {
		const rows = await explore('track=IT&level=entry');
		expect(rows.map((r) => r.soc_code).sort()).toEqual(['15-1231', '15-1232', '15-1254']);
		const support = rows.find((r) => r.soc_code === '15-1232')!;
		const [o] = await run(db, occupationSummaryQuery, { codes: ['15-1232'], releases });
		expect(support.pay).toBe(o!.a_pct25);
		expect(support.ladder_roles).toEqual(['IT Support']);
	});
	test('track IS takes in occupations from the ladder and from the seed roles with a track', async () => {
		const codes = (await explore('track=IS')).map((r) => r.soc_code);
		expect(codes).toEqual(expect.arrayContaining(['11-3021', '15-1211', '13-1111', '15-2051']));
	});
	test('explorer_occupations, derived by the ingest, carries the latest releases with the ladder roles in order', async () => {
		const [o] = explorerOccupationRow.array().parse(await db.query(`SELECT * FROM explorer_occupations WHERE soc_code = '11-3021'`));
		expect(o).toMatchObject({ oews_year: 2025, ep_start: 2024, a_median: 175140, a_median_flag: 'published', tot_emp: 670570, pct_change: 15.2, openings_annual: 55600, tracks: ['IS', 'IT'] });
		// Three parallel lists, entry to senior.
		const ladder = o!.ladder_roles.map((role, i) => [o!.ladder_role_levels[i], o!.ladder_role_tracks[i], role]);
		expect(ladder.length).toBeGreaterThan(0);
		const order = ['entry', 'mid', 'senior'];
		expect(ladder.map((l) => order.indexOf(l[0]!))).toEqual([...ladder.map((l) => order.indexOf(l[0]!))].sort());
		const { n } = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM explorer_occupations`))[0]!;
		expect(n).toBe((await explore('')).length);
	});
	test('a track and level show only that ladder role of the occupation', async () => {
		const rows = await explore('track=IT&level=senior');
		expect(rows.length).toBeGreaterThan(0);
		const ladder = await db.query<{ role: string; soc_code: string }>(`SELECT role, soc_code FROM roles WHERE track = 'IT' AND level = 'senior'`);
		for (const r of rows) expect(r.ladder_roles).toEqual(ladder.filter((l) => l.soc_code === r.soc_code).map((l) => l.role).sort());
	});
	test('group and education filters, and sort by pay', async () => {
		const rows = await explore(`group=15-0000&education=${encodeURIComponent("Bachelor's degree")}&sort=pay&dir=desc`);
		expect(rows.length).toBeGreaterThan(5);
		expect(rows.every((r) => r.major_code === '15-0000' && r.education === "Bachelor's degree")).toBe(true);
		const pays = rows.map((r) => r.pay ?? -1);
		expect(pays).toEqual([...pays].sort((a, b) => b - a));
	});
});

describe('link parameters', () => {
	test('round-trip and defaults', () => {
		const { filters, problems } = filtersFromParams(new URLSearchParams('q=dba&track=IS&level=mid&group=15-0000'));
		expect(problems).toEqual([]);
		expect(filtersFromParams(filtersToParams(filters)).filters).toEqual(filters);
		expect(filtersToParams(filtersFromParams(new URLSearchParams('')).filters).toString()).toBe('');
	});
	test('bad values are named and dropped, good ones kept', () => {
		const { filters, problems } = filtersFromParams(new URLSearchParams(`track=it&level=expert&q=${'a'.repeat(10_000)}&group=<script>&x=1&track=IS`));
		expect(filters.track).toBe('IT');
		expect(filters.level).toBeNull();
		expect(filters.q).toBe('');
		expect(problems.map((p) => p.param).sort()).toEqual(['group', 'level', 'q', 'track', 'x']);
	});
});
