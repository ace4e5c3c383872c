/**
 * The path search without the real data: its SQL on a tiny graph of related occupations written
 * inline (VALUES) into an in-memory DuckDB, so the ranking rule and the fallback to supplemental
 * links are checked on routes worked out by hand; and the step assembly and link parsing.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, sqlOf } from '$lib/db/query';
import type { Connector } from '$lib/db/types';
import { normalizeValue } from '$lib/db/types';
import { assembleRoutes, searchRoutes } from '$lib/paths/load';
import { pairFromParams } from '$lib/paths/params';
import { pathSearchQuery } from '$lib/paths/queries';
import type { StopRow } from '$lib/paths/rows';

// Occupations 11-0001 (start) … 11-0009; each has one O*NET occupation, 11-0005 has two.
const occ = ['11-0001.00', '11-0002.00', '11-0003.00', '11-0004.00', '11-0005.00', '11-0005.01', '11-0006.00', '11-0007.00', '11-0008.00', '11-0009.00'];
const P = 'primary_short';
const L = 'primary_long';
const S = 'supplemental';
// Goal 11-0009: 1 move by a supplemental link; 2 moves through 02 or 03 (03 has more openings), or
// through 04 (the most openings) by a supplemental link; 3 moves through 04 and 05.01; 5 moves
// through 06, 07, 08, 05 (too long).
// Goal 11-0008 from 11-0002: only through a supplemental link. 11-0007 → nothing reaches 11-0001.
const edges: [string, string, string][] = [
	['11-0001.00', '11-0009.00', S],
	['11-0001.00', '11-0002.00', P],
	['11-0002.00', '11-0009.00', L],
	['11-0001.00', '11-0003.00', P],
	['11-0003.00', '11-0009.00', P],
	['11-0001.00', '11-0004.00', L],
	['11-0004.00', '11-0005.01', P],
	['11-0005.01', '11-0009.00', P],
	['11-0001.00', '11-0006.00', P],
	['11-0006.00', '11-0007.00', P],
	['11-0007.00', '11-0008.00', P],
	['11-0008.00', '11-0005.00', P],
	['11-0005.00', '11-0009.00', S],
	['11-0002.00', '11-0006.00', S],
	['11-0004.00', '11-0009.00', S]
];
const openings: Record<string, number> = { '11-0002': 100, '11-0003': 500, '11-0004': 5000, '11-0005': 10, '11-0009': 1000 };

let instance: DuckDBInstance;
let conn: DuckDBConnection;
let db: Connector;

beforeAll(async () => {
	instance = await DuckDBInstance.create(':memory:');
	conn = await instance.connect();
	const soc = (c: string) => c.slice(0, 7);
	await conn.run(`CREATE TABLE onet_occupations AS SELECT * FROM (VALUES ${occ.map((c) => `('${c}', '${soc(c)}')`).join(', ')}) AS t(onet_code, soc_code)`);
	await conn.run(
		`CREATE TABLE related_occupations AS SELECT * FROM (VALUES ${edges
			.map(([a, b, t], i) => `('${a}', '${b}', '${soc(a)}', '${soc(b)}', '${t}', ${i + 1})`)
			.join(', ')}) AS t(onet_code, related_onet_code, soc_code, related_soc_code, tier, rank)`
	);
	await conn.run(
		`CREATE TABLE projections AS SELECT * FROM (VALUES ${Object.entries(openings)
			.flatMap(([c, n]) => [`('${c}', 2024, ${n})`, `('${c}', 2022, 999999)`])
			.join(', ')}) AS t(soc_code, period_start, openings_annual)`
	);
	db = {
		async query<T>(sql: string): Promise<T[]> {
			const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
			return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalizeValue(v)]))) as T[];
		}
	};
});
afterAll(() => {
	conn?.closeSync();
	instance?.closeSync();
});

const socsOf = (r: { soc_codes: string[] }) => r.soc_codes.join(' ');

describe('path search SQL', () => {
	test('declares what it reads and quotes its codes', () => {
		const q = sqlOf(pathSearchQuery, { from: "11-0001'", to: '11-0009', tiers: 'primary', epStart: 2024 });
		expect(q.tables).toEqual(['related_occupations', 'onet_occupations', 'projections']);
		expect(q.sql).toContain("'11-0001'''");
		expect(q.sql).toContain("WHERE r.tier <> 'supplemental'");
		expect(sqlOf(pathSearchQuery, { from: '11-0001', to: '11-0009', tiers: 'all', epStart: 2024 }).sql).not.toContain("<> 'supplemental'");
	});

	test('primary links: fewest moves, then most openings after the start; one move longer than the shortest at most', async () => {
		const rows = await run(db, pathSearchQuery, { from: '11-0001', to: '11-0009', tiers: 'primary', epStart: 2024 });
		expect(rows.map(socsOf)).toEqual(['11-0001 11-0003 11-0009', '11-0001 11-0002 11-0009', '11-0001 11-0004 11-0005 11-0009']);
		expect(rows.map((r) => r.openings_along)).toEqual([1500, 1100, 6010]);
		expect(rows.map((r) => r.route)).toEqual([1, 2, 3]);
		expect(rows[2]!.onet_codes).toEqual(['11-0001.00', '11-0004.00', '11-0005.01', '11-0009.00']);
		expect(rows[2]!.tiers).toEqual([L, P, P]);
	});

	test('all links: the supplemental one-move route comes first (fewest moves), then fewer supplemental links', async () => {
		const rows = await run(db, pathSearchQuery, { from: '11-0001', to: '11-0009', tiers: 'all', epStart: 2024 });
		expect(rows[0]).toMatchObject({ soc_codes: ['11-0001', '11-0009'], moves: 1, supplemental: 1 });
		// Two moves is the longest listed: the 3-move routes are more than one move longer than the shortest.
		expect(rows.map((r) => r.moves)).toEqual([1, 2, 2, 2]);
		// 11-0004 has the most openings, but its link to the goal is supplemental.
		expect(rows.slice(1).map(socsOf)).toEqual(['11-0001 11-0003 11-0009', '11-0001 11-0002 11-0009', '11-0001 11-0004 11-0009']);
		expect(rows.slice(1).map((r) => r.supplemental)).toEqual([0, 0, 1]);
	});

	test('searchRoutes falls back to supplemental links only when primary ones reach no route, and finds none beyond four moves', async () => {
		const viaPrimary = await searchRoutes(db, { from: '11-0001', to: '11-0009' }, 2024);
		expect(viaPrimary.tiers).toBe('primary');
		const viaSupplemental = await searchRoutes(db, { from: '11-0002', to: '11-0007' }, 2024);
		expect(viaSupplemental).toMatchObject({ tiers: 'all' });
		expect(viaSupplemental.routes.map(socsOf)).toEqual(['11-0002 11-0006 11-0007']);
		expect((await searchRoutes(db, { from: '11-0009', to: '11-0001' }, 2024)).routes).toEqual([]);
		// 11-0001 → 11-0008 is three moves (06, 07): found; 11-0002 → 11-0005.00 needs five primary moves.
		expect((await searchRoutes(db, { from: '11-0001', to: '11-0008' }, 2024)).routes[0]!.moves).toBe(3);
	});
});

const stop = (code: string, median: number | null, flag: 'published' | 'suppressed' | 'topcoded', hot: string[]): StopRow => ({
	onet_code: code,
	soc_code: code.slice(0, 7),
	title: code,
	job_zone: 4,
	job_zone_label: null,
	soc_title: null,
	a_pct10: null,
	a_pct10_flag: null,
	a_median: median,
	a_median_flag: flag,
	a_pct90: null,
	a_pct90_flag: null,
	pct_change: null,
	openings_annual: null,
	education: null,
	experience: null,
	hot_technologies: hot,
	core_tasks: []
});

describe('steps', () => {
	test('pay change only between published medians; hot technologies new at each step', () => {
		const stops = new Map(
			[
				stop('11-0001.00', 60000, 'published', ['Excel', 'SQL']),
				stop('11-0002.00', 90000, 'published', ['SQL', 'Python']),
				stop('11-0003.00', 239200, 'topcoded', ['Python'])
			].map((s) => [s.onet_code, s])
		);
		const [route] = assembleRoutes(
			[
				{
					route: 1,
					onet_codes: ['11-0001.00', '11-0002.00', '11-0003.00'],
					soc_codes: ['11-0001', '11-0002', '11-0003'],
					tiers: [P, L],
					moves: 2,
					supplemental: 0,
					openings_along: 0
				}
			],
			stops
		);
		expect(route!.steps.map((s) => s.pay_change)).toEqual([null, 30000, null]);
		expect(route!.steps.map((s) => s.new_hot)).toEqual([['Excel', 'SQL'], ['Python'], []]);
		expect(route!.steps.map((s) => s.tier)).toEqual([null, P, L]);
	});
});

describe('link', () => {
	const known = new Map([
		['15-1232', 'Computer User Support Specialists'],
		['11-3021', 'Computer and Information Systems Managers'],
		['15-1211', 'Computer Systems Analysts']
	]);
	test('a good pair, a bad code named, an unknown code named, the same occupation twice', () => {
		expect(pairFromParams(new URLSearchParams('from=15-1211&to=11-3021'), known)).toEqual({ pair: { from: '15-1211', to: '11-3021' }, problems: [] });
		const bad = pairFromParams(new URLSearchParams('from=15-12x&to=99-9999'), known);
		expect(bad.pair).toEqual({ from: '15-1232', to: '11-3021' });
		expect(bad.problems.map((p) => p.message).join(' ')).toMatch(/“15-12x” \(from\) is not an occupation code.*no detailed occupation 99-9999 \(to\)/);
		expect(pairFromParams(new URLSearchParams('from=11-3021&to=11-3021'), known).problems[0]!.message).toMatch(/same occupation/);
	});
});
