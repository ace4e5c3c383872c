/**
 * The ingest on the real BLS files (../shared/bls, or $BLS_RAW_DIR): the test run's shared ingest
 * (tests/helpers/ingested-db.ts), then check published facts in the Parquet output with DuckDB, the manifest, and that a
 * second run writes byte-identical Parquet.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableNames, wageValueColumns } from '../../src/lib/schema/tables';
import { crossChecks } from '../../scripts/ingest/cross-checks';
import { runIngest, type Manifest } from '../../scripts/ingest/run';
import { openParquet, type ParquetDb } from '../helpers/duckdb';
import { sharedIngest } from '../helpers/ingested-db';
import { blsRawDir, hashFolder, removeTempDirs, sha256, sourcesDir, tempDir } from '../helpers/ingest';

let out: string;
let manifest: Manifest;
let db: ParquetDb;

// The run's shared ingest of the real files (one ingest per test run, tests/helpers/ingested-db.ts), read only.
beforeAll(async () => {
	out = await sharedIngest();
	manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
	db = await openParquet(out);
});
afterAll(async () => {
	db?.close();
	await removeTempDirs();
});

const wage = (code: string, year: number, where = "area_type = 'national'") =>
	db.one<Record<string, unknown>>(`SELECT * FROM wages WHERE soc_code = '${code}' AND year = ${year} AND ${where}`);
const projection = (code: string, start: number) =>
	db.one<Record<string, unknown>>(`SELECT * FROM projections WHERE soc_code = '${code}' AND period_start = ${start}`);

describe('OEWS national', () => {
	it('11-3021 May 2024: median $171,200, employment 645,970', async () => {
		expect(await wage('11-3021', 2024)).toMatchObject({
			a_median: 171200,
			a_median_flag: 'published',
			tot_emp: 645970,
			tot_emp_flag: 'published',
			area_code: '99',
			soc_level: 'detailed'
		});
	});

	it('11-3021 May 2024: the 90th percentile is top-coded at $239,200', async () => {
		expect(await wage('11-3021', 2024)).toMatchObject({ a_pct90: 239200, a_pct90_flag: 'topcoded' });
	});

	it('15-1242 May 2024: median $104,620', async () => {
		expect(await wage('15-1242', 2024)).toMatchObject({ a_median: 104620, a_median_flag: 'published' });
	});

	it('May 2025 has no top-coded values (11-3021 90th percentile $297,510)', async () => {
		const flags = tableFlags();
		expect(await db.one(`SELECT count(*)::INTEGER AS n FROM wages WHERE year = 2025 AND (${flags.map((f) => `${f} = 'topcoded'`).join(' OR ')})`)).toEqual({
			n: 0
		});
		expect(await db.one(`SELECT count(*)::INTEGER AS n FROM wages WHERE year = 2024 AND a_pct90_flag = 'topcoded'`)).not.toEqual({ n: 0 });
		expect(await wage('11-3021', 2025)).toMatchObject({ a_pct90: 297510, a_pct90_flag: 'published' });
	});

	it('every release from May 2014 to May 2025 is there, with its SOC vintage', async () => {
		const years = await db.all(
			`SELECT year, min(soc_version) AS v, count(*)::INTEGER AS n FROM wages WHERE area_type = 'national' GROUP BY year ORDER BY year`
		);
		expect(years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(years.map((y) => y.v)).toEqual(['2010', '2010', '2010', '2010', '2010', '2018-hybrid', '2018-hybrid', '2018', '2018', '2018', '2018', '2018']);
		expect(years.find((y) => y.year === 2024)!.n).toBe(1396);
	});
});

describe('OEWS states (May 2024)', () => {
	it('NH 11-3021: employment suppressed, median $177,160', async () => {
		expect(await wage('11-3021', 2024, "state = 'NH'")).toMatchObject({
			tot_emp: null,
			tot_emp_flag: 'suppressed',
			a_median: 177160,
			a_median_flag: 'published',
			area_type: 'state'
		});
	});

	it('MT 11-3021: median suppressed', async () => {
		expect(await wage('11-3021', 2024, "state = 'MT'")).toMatchObject({ a_median: null, a_median_flag: 'suppressed', tot_emp: 1250 });
	});

	it('CA 11-3021: median $211,340', async () => {
		expect(await wage('11-3021', 2024, "state = 'CA'")).toMatchObject({
			a_median: 211340,
			a_median_flag: 'published',
			a_pct90: 239200,
			a_pct90_flag: 'topcoded'
		});
	});

	it('Guam has rows but no 11-3021; GU, PR and VI are territories', async () => {
		expect(await db.one(`SELECT count(*)::INTEGER AS n FROM wages WHERE state = 'GU'`)).not.toEqual({ n: 0 });
		expect(await db.all(`SELECT * FROM wages WHERE state = 'GU' AND soc_code = '11-3021'`)).toEqual([]);
		expect(await db.all(`SELECT DISTINCT state FROM wages WHERE area_type = 'territory' ORDER BY state`)).toEqual([
			{ state: 'GU' },
			{ state: 'PR' },
			{ state: 'VI' }
		]);
		expect(await db.one(`SELECT count(DISTINCT state)::INTEGER AS n FROM wages WHERE area_type = 'state'`)).toEqual({ n: 51 });
	});
});

describe('Employment Projections', () => {
	it('EP 2024–34 11-3021: 667,100 → 768,700 (+15.2%), 55,600 openings a year', async () => {
		expect(await projection('11-3021', 2024)).toMatchObject({
			period_end: 2034,
			emp_start: 667100,
			emp_end: 768700,
			emp_change: 101600,
			pct_change: 15.2,
			openings_annual: 55600,
			median_wage: 171200,
			median_wage_year: 2024
		});
	});

	it('EP 2024–34 15-1242: 78,000 → 77,500 (-0.7%)', async () => {
		expect(await projection('15-1242', 2024)).toMatchObject({ emp_start: 78000, emp_end: 77500, emp_change: -500, pct_change: -0.7, openings_annual: 3800 });
	});

	it('EP 2022–32 carries May 2023 wages', async () => {
		expect(await db.all(`SELECT DISTINCT median_wage_year FROM projections WHERE period_start = 2022`)).toEqual([{ median_wage_year: 2023 }]);
		expect(await db.all(`SELECT DISTINCT median_wage_year FROM projections WHERE period_start = 2018`)).toEqual([{ median_wage_year: 2019 }]);
	});

	it('EP 2016–26 11-3021 reaches 411,800', async () => {
		expect(await projection('11-3021', 2016)).toMatchObject({ emp_start: 367600, emp_end: 411800, soc_version: '2010' });
	});

	it('15-1245 appears in EP 2019–29 (hybrid SOC), 15-1242 does not', async () => {
		expect(await projection('15-1245', 2019)).toMatchObject({ title: 'Database administrators and architects', emp_start: 132500, soc_version: '2018-hybrid' });
		expect(await db.all(`SELECT * FROM projections WHERE period_start = 2019 AND soc_code = '15-1242'`)).toEqual([]);
	});

	it('has the eight releases', async () => {
		const rel = await db.all(`SELECT period_start, count(*)::INTEGER AS n FROM projections GROUP BY ALL ORDER BY 1`);
		expect(rel).toEqual([
			{ period_start: 2016, n: 819 },
			{ period_start: 2018, n: 809 },
			{ period_start: 2019, n: 790 },
			{ period_start: 2020, n: 790 },
			{ period_start: 2021, n: 832 },
			{ period_start: 2022, n: 832 },
			{ period_start: 2023, n: 832 },
			{ period_start: 2024, n: 832 }
		]);
	});
});

describe('CPI, SOC and occupations', () => {
	it('CPI-U 2024: annual average 313.689, May 314.069', async () => {
		expect(await db.one(`SELECT * FROM cpi WHERE year = 2024`)).toEqual({ year: 2024, annual_avg: 313.689, may_value: 314.069 });
		expect(await db.one(`SELECT * FROM cpi WHERE year = 2025`)).toMatchObject({ annual_avg: null });
	});

	it('the crosswalk maps 15-1141 to 15-1242 and 15-1243', async () => {
		expect(await db.all(`SELECT soc_2018, title_2010, title_2018 FROM soc_crosswalk WHERE soc_2010 = '15-1141' ORDER BY soc_2018`)).toEqual([
			{ soc_2018: '15-1242', title_2010: 'Database Administrators', title_2018: 'Database Administrators' },
			{ soc_2018: '15-1243', title_2010: 'Database Administrators', title_2018: 'Database Architects' }
		]);
		expect(await db.one(`SELECT count(*)::INTEGER AS n FROM soc_crosswalk`)).toEqual({ n: 900 });
	});

	it('occupations has 1,447 codes, 867 of them detailed', async () => {
		expect(await db.all(`SELECT soc_level, count(*)::INTEGER AS n FROM occupations GROUP BY ALL ORDER BY n`)).toEqual([
			{ soc_level: 'major', n: 23 },
			{ soc_level: 'minor', n: 98 },
			{ soc_level: 'broad', n: 459 },
			{ soc_level: 'detailed', n: 867 }
		]);
	});

	it('occupations carry the newest EP example titles, with GED® restored', async () => {
		const o = await db.one<{ example_titles: string[]; definition: string; education: string }>(`SELECT * FROM occupations WHERE soc_code = '11-3021'`);
		expect(o.example_titles).toContain('Chief Technology Officer');
		expect(o.education).toBe("Bachelor's degree");
		expect(o.definition).toMatch(/^Plan, direct, or coordinate/);
		expect(await db.one(`SELECT count(*)::INTEGER AS n FROM occupations WHERE array_to_string(example_titles, '|') LIKE '%¿%'`)).toEqual({ n: 0 });
		expect((await db.one<{ example_titles: string[] }>(`SELECT example_titles FROM occupations WHERE soc_code = '25-3011'`)).example_titles).toContain(
			'GED® Instructor'
		);
	});
});

describe('O*NET 29.2', () => {
	it('11-3021.00 is Job Zone 4', async () => {
		expect(await db.one(`SELECT soc_code, job_zone, job_zone_label FROM onet_occupations WHERE onet_code = '11-3021.00'`)).toEqual({
			soc_code: '11-3021',
			job_zone: 4,
			job_zone_label: 'Job Zone Four: Considerable Preparation Needed'
		});
	});

	it("15-1232.00's first related occupation is 15-1252.00", async () => {
		expect(await db.one(`SELECT related_onet_code, related_soc_code, tier FROM related_occupations WHERE onet_code = '15-1232.00' AND rank = 1`)).toEqual({
			related_onet_code: '15-1252.00',
			related_soc_code: '15-1252',
			tier: 'primary_short'
		});
	});

	it('11-3021.00: 40.02% need over 6 and up to 8 years of related experience; 15-1242.00 categories 7 and 8 kept, suppressed', async () => {
		expect(
			await db.one(
				`SELECT pct, n, category_label, suppress FROM experience_requirements WHERE onet_code = '11-3021.00' AND scale = 'related_experience' AND category = 9`
			)
		).toEqual({ pct: 40.02, n: 26, category_label: 'Over 6 years, up to and including 8 years', suppress: false });
		expect(
			await db.all(
				`SELECT category, pct FROM experience_requirements WHERE onet_code = '15-1242.00' AND scale = 'related_experience' AND suppress ORDER BY category`
			)
		).toEqual([
			{ category: 7, pct: 27.99 },
			{ category: 8, pct: 52.72 }
		]);
	});

	it('has every occupation, and the files as O*NET counts them', async () => {
		const n = async (sql: string) => (await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sql}`)).n;
		expect(await n('onet_occupations')).toBe(1016);
		expect(await n('onet_occupations WHERE job_zone IS NOT NULL')).toBe(923);
		expect(await n('technologies')).toBe(32627);
		expect(await n('technologies WHERE hot')).toBe(11621);
		expect(await n('tasks')).toBe(18796);
		expect(await n('related_occupations')).toBe(18460);
		expect(await n("titles WHERE kind = 'reported'")).toBe(7796);
		expect(await n('interests')).toBe(923 * 6);
		expect(await n("interests WHERE onet_code = '15-1252.00' AND high_point_rank = 1")).toBe(1);
	});
});

describe('OEWS May 2024 by industry sector and BEA price parities', () => {
	it('11-3021 in Information (NAICS 51): 85,400 jobs, median $196,060', async () => {
		expect(await db.one(`SELECT tot_emp, a_median, a_median_flag, naics_title FROM industry_wages WHERE soc_code = '11-3021' AND naics = '51'`)).toEqual({
			tot_emp: 85400,
			a_median: 196060,
			a_median_flag: 'published',
			naics_title: 'Information'
		});
	});

	it('11-3021 summed over the 20 sectors: 645,970, as in the national file', async () => {
		expect(await db.one(`SELECT count(*)::INTEGER AS sectors, sum(tot_emp)::INTEGER AS jobs FROM industry_wages WHERE soc_code = '11-3021'`)).toEqual({
			sectors: 20,
			jobs: 645970
		});
	});

	it("California's all-items RPP for 2024 is 110.720", async () => {
		expect(await db.one(`SELECT area_fips, rpp FROM price_parities WHERE state = 'CA' AND year = 2024 AND line = 'all_items'`)).toEqual({
			area_fips: '06000',
			rpp: 110.72
		});
		expect(await db.one(`SELECT count(*)::INTEGER AS n, min(year) AS first, max(year) AS last FROM price_parities`)).toEqual({
			n: 52 * 5 * 17,
			first: 2008,
			last: 2024
		});
	});

	it('the new cross-checks ran, with their notes', async () => {
		const check = (name: string) => manifest.checks.find((c) => c.name === name)!;
		expect(check('sector employment sums to the national employment').notes[0]).toMatch(/^\d+ codes published in every sector compared for equality/);
		expect(check('price parities cover the OEWS state years').checked).toBe(51);
	});
});

describe('manifest.json', () => {
	it('lists every input with its sha256 and row counts', async () => {
		const onDisk = await listFiles(blsRawDir);
		const bls = onDisk.filter((f) => !f.endsWith('.md'));
		// 25 BLS files, 14 O*NET text files, the OEWS sector workbook and the BEA price parities.
		expect(bls).toHaveLength(41);
		const written = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
		expect(written.inputs.map((i) => i.file).sort()).toEqual(
			[...bls, 'data/sources/article_claims.csv', 'data/sources/role_aliases.csv', 'data/sources/salary_by_level.csv', 'data/sources/tracks.csv'].sort()
		);
		for (const input of written.inputs) {
			const path = input.file.startsWith('data/sources/') ? join(sourcesDir, input.file.slice('data/sources/'.length)) : join(blsRawDir, input.file);
			expect(input.sha256, input.file).toBe(sha256(await readFile(path)));
			expect(input.rows_read, input.file).toBeGreaterThan(0);
			expect(input.rows_kept, input.file).toBeGreaterThan(0);
			expect(input.rows_kept, input.file).toBeLessThanOrEqual(input.rows_read);
		}
		const byFile = Object.fromEntries(written.inputs.map((i) => [i.file, i]));
		// Hashes and counts as recorded in MANIFEST.md.
		expect(byFile['ep/ep_2024_2034.csv']).toMatchObject({
			sha256: '40f463da6fd9bc8e780d407d0be93ffcc6aad53d58f6abed328184ce61316ec9',
			rows_read: 832,
			rows_kept: 832
		});
		expect(byFile['oews/national_M2024_dl.xlsx']).toMatchObject({
			sha256: 'a9bad3093703e28d7490cedb765b6730f4eaa4b37a7c8f68e866814167761f11',
			rows_read: 1403,
			rows_kept: 1396
		});
		expect(byFile['oews-state/state_M2024_dl_it_subset.csv']).toMatchObject({
			sha256: 'dcf5c39a7675b9d48e07ac5922bc2b112d644d84647998d5c704b885bf98a0c1',
			rows_read: 1154,
			rows_kept: 1154
		});
		expect(byFile['cpi/cu.data.1.AllItems']).toMatchObject({ rows_read: 63042 });
		expect(byFile['crosswalk/soc_structure_2018.xlsx']).toMatchObject({ rows_read: 1447, rows_kept: 1447 });
		expect(byFile['crosswalk/soc_2018_definitions.xlsx']).toMatchObject({ rows_read: 1447, rows_kept: 867 });
		expect(byFile['crosswalk/soc_2010_to_2018_crosswalk.xlsx']).toMatchObject({ rows_read: 900, rows_kept: 900 });
		expect(byFile['onet/Occupation Data.txt']).toMatchObject({
			release: 'O*NET 29.2 (February 2025)',
			sha256: '63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66',
			rows_read: 1016,
			rows_kept: 1016
		});
		expect(byFile['onet/Technology Skills.txt']).toMatchObject({
			sha256: 'be8444f5fe3ffd1eef6d8c4975a4233829f5e0b1b7b2337c1f433ab2699214a5',
			rows_read: 32627,
			rows_kept: 32627
		});
		expect(byFile['onet/Education, Training, and Experience.txt']).toMatchObject({ rows_read: 36209, rows_kept: 35178 });
		expect(byFile['oews-industry/natsector_M2024_dl.xlsx']).toMatchObject({
			sha256: 'e03a7ffdcde822457cfa334cc8fa85baa3123c6b248ea40948bf07e7fdb4ff18',
			rows_read: 16434,
			rows_kept: 16324
		});
		expect(byFile['bea-rpp/SARPP_STATE_2008_2024.csv']).toMatchObject({
			release: 'BEA RPP 2008-2024 (updated February 19, 2026)',
			sha256: '9c0cbbf81061b6721fc31f580719b1c57489aef75b70e933ed2386b4dff79863',
			rows_read: 260,
			rows_kept: 260
		});
		expect(written.inputs).toEqual(manifest.inputs);
	});

	it('describes every table as written', async () => {
		const hashes = await hashFolder(out);
		expect(Object.keys(hashes).sort()).toEqual([...tableNames.map((t) => `${t}.parquet`), 'manifest.json'].sort());
		for (const name of tableNames) {
			const t = manifest.tables[name];
			expect(t.sha256, name).toBe(hashes[`${name}.parquet`]);
			expect(await db.one(`SELECT count(*)::INTEGER AS n FROM ${name}`), name).toEqual({ n: t.rows });
		}
		// One entry per cross-check, the four of the new sources among them.
		expect(manifest.checks).toHaveLength(crossChecks.length);
		expect(manifest.checks.map((c) => c.name)).toEqual(
			expect.arrayContaining([
				'sector employment sums to the national employment',
				'O*NET occupations belong to SOC 2018 detailed occupations',
				'related occupations are O*NET occupations',
				'price parities cover the OEWS state years'
			])
		);
	});
});

describe('determinism', () => {
	it('a second run writes byte-identical Parquet', async () => {
		const again = join(await tempDir('ingest-real-again-'), 'data');
		await runIngest({ rawDir: blsRawDir, sourcesDir, outDir: again });
		const [a, b] = [await hashFolder(out), await hashFolder(again)];
		const parquet = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([f]) => f.endsWith('.parquet')));
		expect(Object.keys(parquet(a))).toHaveLength(tableNames.length);
		expect(parquet(b)).toEqual(parquet(a));
	});
});

function tableFlags() {
	return wageValueColumns.map((c) => `${c}_flag`);
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
	const out: string[] = [];
	for (const e of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await listFiles(p, root)));
		else out.push(relative(root, p));
	}
	return out.sort();
}
