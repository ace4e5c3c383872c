/**
 * Levels without the real data: the EP-experience → career-level mapping, old `level=` links, how
 * O*NET cells are shown, and the O*NET SQL on tiny inline tables in an in-memory DuckDB.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, sqlOf } from '$lib/db/query';
import { normalizeValue, type Connector } from '$lib/db/types';
import { careerLevelOf, careerLevelSql, groupByKind, onetPercent, onetPrecision, payShownOfOldLevel, topCategory } from '$lib/levels/level';
import { loadOnetLevels } from '$lib/levels/load';
import { coreTasksQuery, experienceQuery, onetProfilesQuery, techCountsQuery } from '$lib/levels/queries';

describe('career level from EP work experience in a related occupation', () => {
	test('None, Less than 5 years and 5 years or more are entry, mid and senior', () => {
		expect(careerLevelOf('None')).toBe('entry');
		expect(careerLevelOf('Less than 5 years')).toBe('mid');
		expect(careerLevelOf('5 years or more')).toBe('senior');
		expect(careerLevelOf(null)).toBeNull();
		expect(careerLevelOf('Some other text')).toBeNull();
	});
	test('the SQL maps the same values', () => {
		expect(careerLevelSql('x')).toBe("CASE x WHEN 'None' THEN 'entry' WHEN 'Less than 5 years' THEN 'mid' WHEN '5 years or more' THEN 'senior' ELSE NULL END");
	});
	test('an old level= link keeps the pay it showed: entry 25th, mid median, senior 75th', () => {
		expect(payShownOfOldLevel('entry')).toBe('p25');
		expect(payShownOfOldLevel('mid')).toBe('median');
		expect(payShownOfOldLevel('senior')).toBe('p75');
	});
});

describe('O*NET cells as shown', () => {
	test('a suppressed share is never a figure', () => {
		expect(onetPercent({ pct: 40.02, suppress: false })).toBe('40.0%');
		expect(onetPercent({ pct: 51.13, suppress: true })).toBe('suppressed');
		expect(onetPrecision({ n: 20, ci_low: 14.184, ci_high: 86.8791 })).toBe('n = 20; 95% CI 14.2–86.9%');
		expect(onetPrecision({ n: null, ci_low: null, ci_high: null })).toBe('not published');
	});
	test('the most common answer is named only when it is not suppressed', () => {
		expect(
			topCategory([
				{ pct: 10, suppress: false },
				{ pct: 40, suppress: false }
			])?.pct
		).toBe(40);
		expect(
			topCategory([
				{ pct: 13.5, suppress: false },
				{ pct: 51.1, suppress: true }
			])
		).toBeNull();
	});
	test('kinds with in-demand technologies come first, then the larger kinds', () => {
		const t = (commodity_title: string, in_demand = false) => ({ commodity_title, in_demand });
		const g = groupByKind([t('A'), t('A'), t('B', true), t('C'), t('C'), t('C')]);
		expect(g.map((x) => x.kind)).toEqual(['B', 'C', 'A']);
	});
});

describe('O*NET SQL', () => {
	test('reads the tables it declares and quotes codes', () => {
		expect(sqlOf(onetProfilesQuery, { codes: ["15-1299'"] }).sql).toContain("'15-1299'''");
		expect(sqlOf(experienceQuery, { codes: ['11-3021'] }).sql).toContain("scale IN ('related_experience', 'education')");
		expect(sqlOf(coreTasksQuery, { codes: ['11-3021'], limit: 3 }).sql).toContain('k <= 3');
		expect(() => sqlOf(coreTasksQuery, { codes: ['11-3021'], limit: NaN })).toThrow();
	});

	let instance: DuckDBInstance;
	let conn: DuckDBConnection;
	let db: Connector;
	beforeAll(async () => {
		instance = await DuckDBInstance.create(':memory:');
		conn = await instance.connect();
		await conn.run(`CREATE TABLE onet_occupations AS SELECT * FROM (VALUES
			('15-1299.00', '15-1299', 'Computer Occupations, All Other', NULL::INTEGER),
			('15-1299.08', '15-1299', 'Computer Systems Engineers/Architects', 3),
			('15-1299.01', '15-1299', 'Web Administrators', 4)
		) t(onet_code, soc_code, title, job_zone)`);
		await conn.run(`CREATE TABLE experience_requirements AS SELECT * FROM (VALUES
			('15-1299.08', '15-1299', 'related_experience', 9, 'Over 6 years, up to and including 8 years', 40.02, 26, 16.3, 14.1, 73.0, false, '2016-07'),
			('15-1299.08', '15-1299', 'related_experience', 7, 'Over 2 years, up to and including 4 years', 51.13, 20, 22.0, 14.2, 86.9, true, '2016-07'),
			('15-1299.08', '15-1299', 'education', 6, 'Bachelor''s Degree', 47.68, 26, 17.1, NULL, NULL, false, '2016-07'),
			('15-1299.08', '15-1299', 'onsite_training', 1, 'None', 16.8, 26, 10.8, NULL, NULL, false, '2016-07')
		) t(onet_code, soc_code, scale, category, category_label, pct, n, std_error, ci_low, ci_high, suppress, as_of)`);
		await conn.run(`CREATE TABLE technologies AS SELECT * FROM (VALUES
			('15-1299.08', '15-1299', 'Linux', 'Operating system software', true, true),
			('15-1299.08', '15-1299', 'UNIX', 'Operating system software', true, false),
			('15-1299.08', '15-1299', 'Some tool', 'Other software', false, false),
			('15-1299.08', '15-1299', 'Another tool', 'Third software', false, false)
		) t(onet_code, soc_code, example, commodity_title, hot, in_demand)`);
		await conn.run(`CREATE TABLE tasks AS SELECT * FROM (VALUES
			('15-1299.08', '15-1299', 3, 'Task three', 'core'), ('15-1299.08', '15-1299', 1, 'Task one', 'core'),
			('15-1299.08', '15-1299', 2, 'Task two', 'supplemental'), ('15-1299.08', '15-1299', 4, 'Task four', 'core')
		) t(onet_code, soc_code, task_id, task, task_type)`);
		await conn.run(`CREATE TABLE interests AS SELECT * FROM (VALUES
			('15-1299.08', '15-1299', 'Conventional', 5.2, 2), ('15-1299.08', '15-1299', 'Investigative', 6.1, 1)
		) t(onet_code, soc_code, interest, score, high_point_rank)`);
		db = {
			async query<T>(sql: string) {
				const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
				return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalizeValue(v)]))) as T[];
			}
		};
	});
	afterAll(() => {
		conn?.closeSync();
		instance?.closeSync();
	});

	test('each O*NET occupation on its own; the unrated .00 left out when others exist', async () => {
		expect((await run(db, onetProfilesQuery, { codes: ['15-1299'] })).map((r) => r.onet_code)).toEqual(['15-1299.01', '15-1299.08']);
		const [counts] = await run(db, techCountsQuery, { codes: ['15-1299'] });
		expect(counts).toEqual({ onet_code: '15-1299.08', total: 4, highlighted: 2, other_kinds: 2 });
	});

	test('the loaded detail keeps suppressed cells flagged and RIASEC order', async () => {
		const [, arch] = await loadOnetLevels(db, ['15-1299'], 2);
		expect(arch!.experience.map((c) => [c.category, c.suppress])).toEqual([
			[7, true],
			[9, false]
		]);
		expect(arch!.education).toHaveLength(1);
		expect(arch!.tasks.map((t) => t.task)).toEqual(['Task one', 'Task three']);
		expect(arch!.tasks[0]!.core_total).toBe(3);
		expect(arch!.interests.map((i) => i.interest)).toEqual(['Investigative', 'Conventional']);
		expect(arch!.technologies.map((t) => t.example)).toEqual(['Linux', 'UNIX']);
	});
});

describe('compare: experience side by side and technologies shared or distinct', async () => {
	const { experienceSideBySide, techOverlap } = await import('$lib/levels/compare');
	const cell = (onet_code: string, category: number, pct: number, suppress = false) => ({
		onet_code,
		scale: 'related_experience' as const,
		category,
		category_label: `c${category}`,
		pct,
		n: 20,
		std_error: 1,
		ci_low: null,
		ci_high: null,
		suppress,
		as_of: '2023-08'
	});
	const tech = (onet_code: string, example: string) => ({ onet_code, example, commodity_title: 'Kind', hot: true, in_demand: false });
	const onet = (onet_code: string, experience: ReturnType<typeof cell>[], technologies: ReturnType<typeof tech>[]) => ({
		onet_code,
		soc_code: onet_code.slice(0, 7),
		title: onet_code,
		job_zone: 4,
		experience,
		education: [],
		technologies,
		techCount: null,
		tasks: [],
		interests: []
	});
	const occs = [
		{
			soc_code: '11-3021',
			title: 'A',
			onet: [onet('11-3021.00', [cell('11-3021.00', 9, 40.02), cell('11-3021.00', 1, 0)], [tech('11-3021.00', 'Linux'), tech('11-3021.00', 'SAP')])]
		},
		{
			soc_code: '15-1299',
			title: 'B',
			onet: [
				onet('15-1299.08', [cell('15-1299.08', 9, 51.1, true)], [tech('15-1299.08', 'Linux')]),
				onet('15-1299.04', [], [tech('15-1299.04', 'Kali'), tech('15-1299.04', 'Linux')])
			]
		}
	];
	test('one column per surveyed O*NET occupation, categories in order, suppressed kept flagged', () => {
		const rows = experienceSideBySide(occs);
		expect(rows.map((r) => r.category)).toEqual([1, 9]);
		expect(Object.keys(rows[1]!.cells)).toEqual(['11-3021.00', '15-1299.08']);
		expect(rows[1]!.cells['15-1299.08']!.suppress).toBe(true);
		expect(rows[0]!.cells['15-1299.08']).toBeUndefined();
	});
	test('a technology is shared when every chosen SOC code lists it, once per code however many O*NET occupations do', () => {
		const { shared, distinct } = techOverlap(occs);
		expect(shared.map((t) => [t.example, t.in])).toEqual([['Linux', ['11-3021', '15-1299']]]);
		expect(distinct.get('11-3021')!.map((t) => t.example)).toEqual(['SAP']);
		expect(distinct.get('15-1299')!.map((t) => t.example)).toEqual(['Kali']);
	});
});
