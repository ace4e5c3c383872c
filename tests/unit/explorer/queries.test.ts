/**
 * The explorer's SQL without the real data: its shape as text, and its answers on a tiny
 * explorer_occupations table this test writes as Parquet and reads with the build's DuckDB.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, sqlOf } from '$lib/db/query';
import type { Connector } from '$lib/db/types';
import { normalizeValue } from '$lib/db/types';
import { explorerColumns, explorerSortKeys } from '$lib/explorer/columns';
import { defaultFilters, type ExplorerFilters } from '$lib/explorer/params';
import { explorerQuery, explorerWarmUp } from '$lib/explorer/queries';

const params = (f: Partial<ExplorerFilters>) => ({ filters: { ...defaultFilters, ...f }, stateYear: 2024 });

describe('explorer SQL, as text', () => {
	test('reads wages only for a state, and says so', () => {
		expect(sqlOf(explorerQuery, params({})).tables).toEqual(['explorer_occupations']);
		// A search also reads O*NET's titles, except the warm-up's, which load nothing more.
		expect(sqlOf(explorerQuery, params({ q: 'cto' })).tables).toEqual(['explorer_occupations', 'explorer_titles']);
		const withState = sqlOf(explorerQuery, params({ state: 'TX', sort: 'statepay' }));
		expect(withState.tables).toEqual(['explorer_occupations', 'wages']);
		expect(withState.sql).toMatch(/state = 'TX'/);
		expect(withState.sql).toMatch(/ORDER BY a_median_state DESC NULLS LAST/);
	});
	test('quotes what a person typed', () => {
		expect(sqlOf(explorerQuery, params({ q: "o'brien" })).sql).toContain("o''brien");
	});
	test('the pay-shown choice, not the level, chooses the pay column', () => {
		expect(sqlOf(explorerQuery, params({ pay: 'p25' })).sql).toContain('b.a_pct25 AS pay');
		expect(sqlOf(explorerQuery, params({ pay: 'p90' })).sql).toContain('b.a_pct90 AS pay');
		expect(sqlOf(explorerQuery, params({ career: 'entry' })).sql).toContain('b.a_median AS pay');
		expect(sqlOf(explorerQuery, params({ career: 'entry' })).sql).toContain("career_level = 'entry'");
		expect(sqlOf(explorerQuery, params({ zone: 4 })).sql).toContain("list_contains(job_zones, '4')");
	});
	test('the default lists the occupations on either track; track=all lists every occupation', () => {
		expect(defaultFilters.track).toBe('any');
		expect(sqlOf(explorerQuery, params({})).sql).toContain('WHERE len(tracks) > 0');
		expect(sqlOf(explorerQuery, params({ track: 'all' })).sql).not.toMatch(/WHERE|tracks\)|ladder_role_tracks\[i\]/);
		expect(sqlOf(explorerQuery, params({ track: 'IT' })).sql).toContain("list_contains(tracks, 'IT')");
	});
	test("beside a state, the U.S. pay is the national row of the state file's year, and the state's three percentiles come along", () => {
		const sql = sqlOf(explorerQuery, params({ state: 'TX', pay: 'p25' })).sql;
		expect(sql).toContain('n.a_pct25 AS pay');
		expect(sql).toContain("year = 2024 AND area_type = 'national'");
		for (const c of ['a_pct25', 'a_median', 'a_pct75']) expect(sql).toContain(`s.${c} AS ${c}_state, s.${c}_flag AS ${c}_state_flag`);
	});
	test('column labels: in state mode every pay column names its release and the national columns say U.S.', () => {
		const releases = { oews_year: 2025, ep_start: 2024, ep_end: 2034, state_year: 2024 };
		const labels = (f: Partial<ExplorerFilters>) => explorerColumns({ ...defaultFilters, ...f }, releases, f.state ? 'Texas' : null).map((c) => c.label);
		expect(labels({ state: 'TX' })).toEqual([
			'Occupation',
			'Code',
			'Group',
			'Jobs, U.S. (May 2025)',
			'Median pay, U.S. (May 2024)',
			'25th percentile in Texas (May 2024)',
			'Median pay in Texas (May 2024)',
			'75th percentile in Texas (May 2024)',
			'Growth 2024–34, U.S.',
			'Openings a year, U.S.',
			'Typical entry education',
			'Career level (EP experience)',
			'O*NET Job Zone',
			'Ladder roles'
		]);
		expect(labels({ state: 'TX', pay: 'p75' })[4]).toBe('Pay, 75th percentile, U.S. (May 2024)');
		expect(labels({}).slice(3, 6)).toEqual(['Jobs, May 2025', 'Median pay', 'Growth 2024–34']);
	});
	test('every sortable header maps to a sort key the SQL orders by', () => {
		expect(Object.values(explorerSortKeys).sort()).toEqual([
			'growth',
			'jobs',
			'openings',
			'pay',
			'pay',
			'pay',
			'pay',
			'pay',
			'sectorjobs',
			'sectorpay',
			'statepay',
			'statepay',
			'title'
		]);
	});
	test('the warm-up reads only the table loaded at start-up', () => {
		for (const p of explorerWarmUp(2024)) expect(sqlOf(explorerQuery, p).tables).toEqual(['explorer_occupations']);
	});
});

describe('explorer SQL on a tiny table', () => {
	let dir: string;
	let instance: DuckDBInstance;
	let conn: DuckDBConnection;
	let db: Connector;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'explorer-unit-'));
		instance = await DuckDBInstance.create(':memory:');
		conn = await instance.connect();
		const file = join(dir, 'explorer_occupations.parquet');
		// Three occupations in the contract's columns; 15-1299 has a suppressed median.
		await conn.run(`COPY (SELECT * FROM (VALUES
			('11-3021', 'Computer and information systems managers', '11-0000', 'Management Occupations', 'Bachelor''s degree', ['IT Director'], 2025, 670570, 'published', 130000.0, 'published', 175140.0, 'published', 230000.0, 'published', 2024, 15.2, 55600, ['IS', 'IT'], ['IT Director', 'Chief Information Officer (CIO)'], ['IT', 'IS'], ['senior', 'senior'], ['CIO'], 107550.0, 'published', 297510.0, 'published', 'senior', ['4']),
			('15-1232', 'Computer user support specialists', '15-0000', 'Computer and Mathematical Occupations', 'Some college, no degree', ['Help Desk Technician'], 2025, 700000, 'published', 48000.0, 'published', 61000.0, 'published', 78000.0, 'published', 2024, 4.6, 50000, ['IS', 'IT'], ['IT Support', 'Help Desk Technician'], ['IT', 'IS'], ['entry', 'entry'], [], 40980.0, 'published', 100540.0, 'published', 'entry', ['3']),
			('15-1299', 'Computer occupations, all other', '15-0000', 'Computer and Mathematical Occupations', 'Bachelor''s degree', ['Web Administrator'], 2025, 450000, 'published', 80000.0, 'published', NULL, 'suppressed', 150000.0, 'published', 2024, 2.0, 30000, ['IS', 'IT'], [], [], [], [], 55940.0, 'published', 188470.0, 'published', 'entry', ['3', '4'])
		) AS t(soc_code, title, major_code, major_title, education, example_titles, oews_year, tot_emp, tot_emp_flag, a_pct25, a_pct25_flag, a_median, a_median_flag, a_pct75, a_pct75_flag, ep_start, pct_change, openings_annual, tracks, ladder_roles, ladder_role_tracks, ladder_role_levels, aliases, a_pct10, a_pct10_flag, a_pct90, a_pct90_flag, career_level, job_zones)) TO '${file}' (FORMAT parquet)`);
		await conn.run(`CREATE VIEW explorer_occupations AS SELECT * FROM read_parquet('${file}')`);
		await conn.run(
			`CREATE TABLE explorer_titles AS SELECT * FROM (VALUES ('15-1232', ['Desktop Support Technician']), ('15-1299', ['Web Developer'])) AS t(soc_code, onet_titles)`
		);
		db = {
			async query<T>(sql: string) {
				const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
				return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalizeValue(v)]))) as T[];
			}
		};
	});
	afterAll(async () => {
		conn?.closeSync();
		instance?.closeSync();
		await rm(dir, { recursive: true, force: true });
	});

	test('sorted by jobs, largest first, rows checked against the row schema', async () => {
		const rows = await run(db, explorerQuery, params({}));
		expect(rows.map((r) => r.soc_code)).toEqual(['15-1232', '11-3021', '15-1299']);
	});
	test('a suppressed pay keeps its flag and sorts last', async () => {
		const rows = await run(db, explorerQuery, params({ sort: 'pay', dir: 'desc' }));
		expect(rows.map((r) => [r.soc_code, r.pay, r.pay_flag])).toEqual([
			['11-3021', 175140, 'published'],
			['15-1232', 61000, 'published'],
			['15-1299', null, 'suppressed']
		]);
	});
	test('a search says where it matched: title, ladder role, alias, BLS example title or O*NET title', async () => {
		const matched = async (q: string) => (await run(db, explorerQuery, params({ q, sort: 'relevance' }))).map((r) => [r.soc_code, r.matched]);
		expect(await matched('cio')).toEqual([['11-3021', 'ladder role: Chief Information Officer (CIO)']]);
		expect(await matched('help desk')).toEqual([['15-1232', 'ladder role: Help Desk Technician']]);
		expect(await matched('web admin')).toEqual([['15-1299', 'example title: Web Administrator']]);
		expect(await matched('computer user')).toEqual([['15-1232', 'title']]);
		expect(await matched('desktop support')).toEqual([['15-1232', 'O*NET title: Desktop Support Technician']]);
		// A title match ranks above an O*NET title's.
		expect(await matched('web')).toEqual([['15-1299', 'example title: Web Administrator']]);
	});
	test('the level filter is the BLS career level; a track shows its own ladder roles', async () => {
		const rows = await run(db, explorerQuery, params({ track: 'IS', career: 'entry' }));
		expect(rows.map((r) => [r.soc_code, r.career_level, r.ladder_roles])).toEqual([
			['15-1232', 'entry', ['Help Desk Technician']],
			['15-1299', 'entry', []]
		]);
		expect((await run(db, explorerQuery, params({ career: 'senior' }))).map((r) => r.soc_code)).toEqual(['11-3021']);
	});
	test('a Job Zone matches an occupation any of whose O*NET occupations is in it; the pay shown is a choice of its own', async () => {
		const rows = await run(db, explorerQuery, params({ zone: 4, pay: 'p10' }));
		expect(rows.map((r) => [r.soc_code, r.pay, r.job_zones])).toEqual([
			['11-3021', 107550, ['4']],
			['15-1299', 55940, ['3', '4']]
		]);
	});
	test('a query that reads an undeclared table is refused before it runs', async () => {
		await expect(run(db, { ...explorerQuery, tables: () => [] }, params({}))).rejects.toThrow(/reads explorer_occupations but does not declare it/);
	});
});
