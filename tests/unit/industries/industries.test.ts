/** The industry queries as SQL text, the sectors' order and the link's words, without a database. */
import { describe, expect, test } from 'vitest';
import { sqlOf } from '$lib/db/query';
import { sectorColumns, sortSectors } from '$lib/industries/columns';
import { industrySortFromParam, sectorCodeFromParam } from '$lib/industries/params';
import { occupationSectorsQuery, sectorPaySql, sectorsQuery } from '$lib/industries/queries';
import type { SectorPayRow } from '$lib/industries/rows';
import { cellText } from '$lib/table-columns';

describe('industry SQL, as text', () => {
	test('an occupation in every sector: the latest sector year, share of the same May’s national jobs', () => {
		const { sql, tables } = sqlOf(occupationSectorsQuery, { codes: ['11-3021'] });
		expect(tables).toEqual(['industry_wages', 'wages']);
		expect(sql).toContain("i.year = (SELECT max(year) FROM industry_wages) AND i.soc_code IN ('11-3021')");
		expect(sql).toContain("area_type = 'national' AND year = (SELECT max(year) FROM industry_wages)");
		expect(sql).toMatch(/ORDER BY i\.soc_code, i\.tot_emp DESC NULLS LAST, i\.naics$/);
	});
	test('codes are literals', () => {
		expect(occupationSectorsQuery.sql({ codes: ["x' OR 1=1 --"] })).toContain("'x'' OR 1=1 --'");
		expect(sectorPaySql("5'2")).toContain("naics = '5''2'");
		expect(sectorPaySql('52')).toContain("soc_level = 'detailed'");
		expect(sqlOf(sectorsQuery, undefined).tables).toEqual(['industry_wages']);
	});
});

const row = (naics: string, jobs: number | null, median: number | null, over: Partial<SectorPayRow> = {}): SectorPayRow => ({
	soc_code: '11-3021',
	year: 2024,
	naics,
	naics_title: `Sector ${naics}`,
	tot_emp: jobs,
	tot_emp_flag: jobs === null ? 'suppressed' : 'published',
	a_pct25: median,
	a_pct25_flag: median === null ? 'suppressed' : 'published',
	a_median: median,
	a_median_flag: median === null ? 'suppressed' : 'published',
	a_pct75: median,
	a_pct75_flag: median === null ? 'suppressed' : 'published',
	occupation_emp: 1000,
	share_pct: jobs === null ? null : jobs / 10,
	...over
});

describe('sectors', () => {
	const rows = [row('51', 300, 196_060), row('52', 500, 176_570), row('72', null, 118_410), row('11', 80, null)];
	test('by jobs or by median, not published last either way', () => {
		expect(sortSectors(rows, 'jobs').map((r) => r.naics)).toEqual(['52', '51', '11', '72']);
		expect(sortSectors(rows, 'pay').map((r) => r.naics)).toEqual(['51', '52', '72', '11']);
	});
	test('suppressed and top-coded cells read as such, never 0', () => {
		const median = sectorColumns.find((c) => c.key === 'a_median')!;
		const p75 = sectorColumns.find((c) => c.key === 'a_pct75')!;
		expect(cellText(median, rows[3]!)).toBe('not published');
		expect(cellText(p75, row('51', 1, 1, { a_pct75: 239_200, a_pct75_flag: 'topcoded' }))).toBe('≥ $239,200');
		expect(
			cellText(
				sectorColumns.find((c) => c.key === 'share_pct')!,
				rows[2]!
			)
		).toBe('not published');
	});
	test('link words', () => {
		expect(industrySortFromParam('pay').sort).toBe('pay');
		expect(industrySortFromParam('salary').problem).toContain('salary');
		expect(sectorCodeFromParam(' 31-33 ')).toBe('31-33');
		expect(sectorCodeFromParam('5x')).toBeNull();
	});
});
