/** The explorer's industry and price choices: the link, the SQL as text and on a tiny table, the columns. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, sqlOf } from '$lib/db/query';
import { normalizeValue, type Connector } from '$lib/db/types';
import { explorerColumns } from '$lib/explorer/columns';
import { defaultFilters, filtersFromParams, filtersToParams, type ExplorerFilters } from '$lib/explorer/params';
import { explorerQuery } from '$lib/explorer/queries';
import { cellText } from '$lib/table-columns';

const menus = {
	groups: new Map([['15-0000', 'Computer']]),
	educations: [],
	sectors: new Map([
		['51', 'Information'],
		['31-33', 'Manufacturing']
	])
};
const filters = (over: Partial<ExplorerFilters>): ExplorerFilters => ({ ...defaultFilters, ...over });

describe('the link', () => {
	test('industry=51 and prices=us round-trip; defaults stay out of the link', () => {
		const { filters: f, problems } = filtersFromParams(new URLSearchParams('industry=51&prices=us&state=CA&sort=sectorpay'), undefined, menus);
		expect(problems).toEqual([]);
		expect([f.industry, f.prices, f.sort]).toEqual(['51', 'us', 'sectorpay']);
		expect(filtersToParams(f).toString()).toBe('state=CA&industry=51&prices=us&sort=sectorpay&dir=desc');
		expect(filtersToParams(defaultFilters).toString()).toBe('');
	});
	test('a bad sector code is named, with the sectors there are; the rest applies', () => {
		const { filters: f, problems } = filtersFromParams(new URLSearchParams('industry=52x&track=IT'), undefined, menus);
		expect(f.industry).toBeNull();
		expect(f.track).toBe('IT');
		expect(problems[0]!.param).toBe('industry');
		expect(problems[0]!.message).toContain('“52x”');
		expect(problems[0]!.message).toContain('51, 31-33');
		expect(filtersFromParams(new URLSearchParams('industry=52'), undefined, menus).problems[0]!.message).toContain('no industry sector');
	});
	test('sorting by a sector needs a sector', () => {
		const { filters: f, problems } = filtersFromParams(new URLSearchParams('sort=sectorjobs'), undefined, menus);
		expect(f.sort).toBe('jobs');
		expect(problems[0]!.message).toContain('needs an industry');
	});
});

describe('SQL as text', () => {
	test('an industry joins the sector file and declares it; the code is a literal', () => {
		const { sql, tables } = sqlOf(explorerQuery, { filters: filters({ industry: "5'1" }), stateYear: 2024 });
		expect(tables).toEqual(['explorer_occupations', 'industry_wages']);
		expect(sql).toContain("naics = '5''1'");
		expect(sql).toContain("ind.s_emp_flag = 'published' OR ind.s_median_flag IN ('published', 'topcoded')");
		expect(sqlOf(explorerQuery, { filters: filters({ industry: '51', sort: 'sectorpay', dir: 'desc' }), stateYear: 2024 }).sql).toContain(
			'ORDER BY sector_median DESC NULLS LAST'
		);
	});
});

describe('on a tiny table', () => {
	let dir: string;
	let instance: DuckDBInstance;
	let conn: DuckDBConnection;
	let db: Connector;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'industry-unit-'));
		instance = await DuckDBInstance.create(':memory:');
		conn = await instance.connect();
		const occ = join(dir, 'explorer_occupations.parquet');
		const ind = join(dir, 'industry_wages.parquet');
		await conn.run(`COPY (SELECT * FROM (VALUES
			('11-3021', 'Computer and information systems managers', '11-0000', 'Management', 'Bachelor''s degree', ['IT Director'], 2025, 670570, 'published', 130000.0, 'published', 175140.0, 'published', 230000.0, 'published', 2024, 15.2, 55600, ['IS', 'IT'], [], [], [], []),
			('15-1232', 'Computer user support specialists', '15-0000', 'Computer', 'Some college, no degree', [], 2025, 700000, 'published', 48000.0, 'published', 61000.0, 'published', 78000.0, 'published', 2024, 4.6, 50000, ['IS', 'IT'], [], [], [], []),
			('15-1299', 'Computer occupations, all other', '15-0000', 'Computer', 'Bachelor''s degree', [], 2025, 450000, 'published', 80000.0, 'published', NULL, 'suppressed', 150000.0, 'published', 2024, 2.0, 30000, ['IS', 'IT'], [], [], [], [])
		) AS t(soc_code, title, major_code, major_title, education, example_titles, oews_year, tot_emp, tot_emp_flag, a_pct25, a_pct25_flag, a_median, a_median_flag, a_pct75, a_pct75_flag, ep_start, pct_change, openings_annual, tracks, ladder_roles, ladder_role_tracks, ladder_role_levels, aliases)) TO '${occ}' (FORMAT parquet)`);
		// In sector 51: 11-3021 published, 15-1299 with only a suppressed median and jobs; 15-1232 only in 31-33.
		await conn.run(`COPY (SELECT * FROM (VALUES
			('11-3021', 2024, 'detailed', '51', 85400, 'published', 196060.0, 'published'),
			('15-1299', 2024, 'detailed', '51', NULL, 'suppressed', NULL, 'suppressed'),
			('15-1232', 2024, 'detailed', '31-33', 20000, 'published', 60000.0, 'published')
		) AS t(soc_code, year, soc_level, naics, tot_emp, tot_emp_flag, a_median, a_median_flag)) TO '${ind}' (FORMAT parquet)`);
		// The levels' columns, which this test does not look at, as the contract has them.
		await conn.run(
			`CREATE VIEW explorer_occupations AS SELECT *, NULL::DOUBLE AS a_pct10, NULL::VARCHAR AS a_pct10_flag, NULL::DOUBLE AS a_pct90, NULL::VARCHAR AS a_pct90_flag, NULL::VARCHAR AS experience, NULL::VARCHAR AS career_level, []::VARCHAR[] AS job_zones FROM read_parquet('${occ}')`
		);
		await conn.run(`CREATE VIEW industry_wages AS SELECT * FROM read_parquet('${ind}')`);
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
	test('only occupations the sector publishes, with its jobs and median', async () => {
		const rows = await run(db, explorerQuery, { filters: filters({ industry: '51' }), stateYear: null });
		expect(rows.map((r) => [r.soc_code, r.sector_emp, r.sector_median])).toEqual([['11-3021', 85400, 196060]]);
		const cols = explorerColumns(filters({ industry: '51' }), { oews_year: 2025, ep_start: 2024, ep_end: 2034 }, null, {
			sector: { naics: '51', title: 'Information', year: 2024 }
		});
		const median = cols.find((c) => c.key === 'sector_median')!;
		expect(median.label).toBe('Median pay in Information (May 2024)');
		expect(cellText(median, rows[0]!)).toBe('$196,060');
	});
	test('without an industry the sector columns are null and every row stays', async () => {
		const rows = await run(db, explorerQuery, { filters: filters({}), stateYear: null });
		expect(rows).toHaveLength(3);
		expect(rows.every((r) => r.sector_emp === null)).toBe(true);
	});
});

describe('state pay columns in U.S.-average prices', () => {
	const r = { oews_year: 2025, ep_start: 2024, ep_end: 2034, state_year: 2024 };
	const row = { a_median_state: 211_340, a_median_state_flag: 'published' } as never;
	test('divided by the RPP, the header and CSV key say so; a territory says why it is not', () => {
		const us = explorerColumns(filters({ state: 'CA', prices: 'us' }), r, 'California', { rpp: 110.72 }).find((c) => c.key.startsWith('a_median_state'))!;
		expect(us.key).toBe('a_median_state_us_prices');
		expect(us.label).toBe('Median pay in California, U.S.-average prices (May 2024)');
		expect(cellText(us, row)).toBe('$190,878');
		const pr = explorerColumns(filters({ state: 'PR', prices: 'us' }), r, 'Puerto Rico', { rpp: null }).find((c) => c.key.startsWith('a_median_state'))!;
		expect(pr.key).toBe('a_median_state');
		expect(pr.label).toContain('not adjusted');
		expect(cellText(pr, row)).toBe('$211,340');
	});
});
