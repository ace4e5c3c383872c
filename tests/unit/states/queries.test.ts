/** The state queries as SQL text: what they read, and that only known words reach the SQL. */
import { describe, expect, test } from 'vitest';
import { sqlOf } from '$lib/db/query';
import { areaPayQuery, areaPaySql, stateAreasQuery, stateListQuery, stateOccupationsQuery } from '$lib/states/queries';
import { stateValueColumns } from '$lib/states/params';

describe('state SQL, as text', () => {
	test('each query reads wages only, and declares it', () => {
		expect(sqlOf(stateAreasQuery, { codes: ['11-3021'], year: 2024 }).tables).toEqual(['wages']);
		expect(sqlOf(stateOccupationsQuery, { year: 2024 }).tables).toEqual(['wages']);
		expect(sqlOf(areaPayQuery, { state: 'TX', year: 2024 }).tables).toEqual(['wages']);
		expect(sqlOf(stateListQuery, { year: 2024 }).tables).toEqual(['wages']);
	});
	test('every area: the national row first, missing flags become not_applicable', () => {
		const sql = stateAreasQuery.sql({ codes: ['11-3021'], year: 2024 });
		expect(sql).toContain("w.area_type = 'national' AND w.soc_code IN ('11-3021')");
		expect(sql).toMatch(/ORDER BY of_code, part, area_title$/);
		for (const c of stateValueColumns) expect(sql).toContain(`coalesce(o.${c}_flag, 'not_applicable') AS ${c}_flag`);
	});
	test('a code, a state and a year are literals', () => {
		expect(stateAreasQuery.sql({ codes: ["11-3021' OR 1=1 --"], year: 2024 })).toContain("'11-3021'' OR 1=1 --'");
		expect(() => stateAreasQuery.sql({ codes: ['11-3021'], year: Number.NaN })).toThrow();
	});
	test("an area's pay: a state's rows, or the nation's of the same year; the state is a literal", () => {
		expect(areaPaySql("T'X", 2024)).toContain("area_type <> 'national' AND state = 'T''X'");
		const us = areaPaySql(null, 2024);
		expect(us).toContain("year = 2024 AND area_type = 'national'");
		expect(us).toContain('a_pct25, a_pct25_flag, a_median, a_median_flag, a_pct75, a_pct75_flag');
		expect(() => areaPaySql('TX', Number.NaN)).toThrow();
	});
	test('the area list: states and DC by name, then territories', () => {
		expect(stateListQuery.sql({ year: 2024 })).toMatch(/ORDER BY CASE any_value\(area_type\) WHEN 'state' THEN 0 ELSE 1 END, area_title$/);
	});
});
