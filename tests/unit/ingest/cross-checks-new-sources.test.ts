/** The cross-checks of the new sources, on a few hand-made rows. */
import { describe, expect, it } from 'vitest';
import { sourceTableNames, wageValueColumns, type IndustryWageRow, type TableRows, type WageRow } from '../../../src/lib/schema/tables';
import { onetCodesInSoc, priceParitiesCoverStateYears, relatedOccupationsExist, sectorEmploymentSumsToNational } from '../../../scripts/ingest/cross-checks';

const tables = (parts: Partial<TableRows>) => ({ ...Object.fromEntries(sourceTableNames.map((n) => [n, []])), ...parts }) as TableRows;

function wage(code: string, totEmp: number | null, extra: Partial<WageRow> = {}): WageRow {
	const values = Object.fromEntries(wageValueColumns.map((c) => [c, null]));
	const flags = Object.fromEntries(wageValueColumns.map((c) => [`${c}_flag`, 'not_applicable']));
	return {
		...(values as Record<(typeof wageValueColumns)[number], null>),
		...(flags as Record<`${(typeof wageValueColumns)[number]}_flag`, 'not_applicable'>),
		soc_code: code,
		title: `Occupation ${code}`,
		soc_level: 'detailed',
		year: 2024,
		area_code: '99',
		area_title: 'U.S.',
		area_type: 'national',
		state: null,
		tot_emp: totEmp,
		tot_emp_flag: totEmp === null ? 'suppressed' : 'published',
		annual_only: false,
		hourly_only: false,
		soc_version: '2018',
		...extra
	};
}
const sector = (naics: string, code: string, totEmp: number | null): IndustryWageRow => ({ ...wage(code, totEmp), naics, naics_title: `Sector ${naics}` });

describe('sector employment sums to the national employment', () => {
	const national = [wage('11-3021', 645970), wage('15-1242', 73180), wage('27-2011', 38800)];

	it('equal within rounding where the code is published in every sector', () => {
		const t = tables({
			wages: national,
			industry_wages: [sector('51', '11-3021', 85400), sector('52', '11-3021', 560580), sector('51', '15-1242', 30000), sector('52', '15-1242', 43190)]
		});
		const r = sectorEmploymentSumsToNational(t);
		expect(r).toMatchObject({ checked: 2, failures: [] });
		expect(r.notes[0]).toBe('2 codes published in every sector compared for equality, 0 with a sector left out or suppressed compared as a lower bound');
	});

	it('fails beyond 5 per figure (each is rounded to the nearest 10)', () => {
		const t = tables({ wages: national, industry_wages: [sector('51', '11-3021', 85400), sector('52', '11-3021', 560500)] });
		expect(sectorEmploymentSumsToNational(t).failures).toEqual(['11-3021 May 2024: the 2 sectors sum to 645900, national 645970 (tolerance 15)']);
		const close = tables({ wages: national, industry_wages: [sector('51', '11-3021', 85400), sector('52', '11-3021', 560560)] });
		expect(sectorEmploymentSumsToNational(close).failures).toEqual([]);
	});

	it('a lower bound where a sector leaves the code out or suppresses it', () => {
		const rows = [sector('51', '11-3021', 85400), sector('52', '11-3021', 560570), sector('51', '27-2011', 2990), sector('52', '27-2011', null)];
		const r = sectorEmploymentSumsToNational(tables({ wages: national, industry_wages: [...rows, sector('52', '15-1242', 1000)] }));
		expect(r.failures).toEqual([]);
		expect(r.notes[0]).toMatch(/^1 codes published in every sector .*, 2 with a sector left out or suppressed/);
		const above = sectorEmploymentSumsToNational(tables({ wages: national, industry_wages: [sector('51', '27-2011', 40000), sector('52', '27-2011', null)] }));
		expect(above.failures).toEqual(['27-2011 May 2024: 1 published sectors sum to 40000, above the national 38800']);
	});

	it('notes when no sector file was ingested', () => {
		expect(sectorEmploymentSumsToNational(tables({ wages: national }))).toMatchObject({
			checked: 0,
			failures: [],
			notes: ['no OEWS industry-sector file ingested']
		});
	});
});

const onetOcc = (onet: string) => ({ onet_code: onet, soc_code: onet.slice(0, 7), title: onet, description: 'd', job_zone: null, job_zone_label: null });
const occupation = (code: string, level: 'broad' | 'detailed') => ({
	soc_code: code,
	title: code,
	soc_level: level,
	major_code: `${code.slice(0, 2)}-0000`,
	major_title: 'm',
	example_titles: [],
	education: null,
	experience: null,
	training: null,
	definition: null
});

describe('O*NET codes', () => {
	it('belong to SOC 2018 detailed occupations; codes SOC lacks are notes, group codes failures', () => {
		const t = tables({
			occupations: [occupation('15-1290', 'broad'), occupation('15-1299', 'detailed'), occupation('11-3021', 'detailed')],
			onet_occupations: [onetOcc('11-3021.00'), onetOcc('15-1299.08'), onetOcc('15-1290.00'), onetOcc('99-9999.01'), onetOcc('99-9999.02')]
		});
		expect(onetCodesInSoc(t)).toEqual({
			name: 'O*NET occupations belong to SOC 2018 detailed occupations',
			checked: 5,
			failures: ['15-1290.00 → 15-1290, a SOC broad group, not a detailed occupation'],
			notes: ['1 O*NET SOC codes are not in SOC 2018: 99-9999']
		});
	});

	it('related occupations are O*NET occupations', () => {
		const rel = (a: string, b: string, rank: number) => ({
			onet_code: a,
			related_onet_code: b,
			soc_code: a.slice(0, 7),
			related_soc_code: b.slice(0, 7),
			tier: 'primary_short' as const,
			rank
		});
		const t = tables({
			onet_occupations: [onetOcc('15-1232.00'), onetOcc('15-1252.00')],
			related_occupations: [rel('15-1232.00', '15-1252.00', 1), rel('15-1232.00', '15-1253.00', 2)]
		});
		expect(relatedOccupationsExist(t)).toMatchObject({ checked: 2, failures: ['15-1232.00 → 15-1253.00: 15-1253.00 is not in onet_occupations'] });
	});
});

describe('price parities cover the OEWS state years', () => {
	const rpp = (state: string, year: number) => ({ area_fips: '06000', state, area_title: state, year, line: 'all_items' as const, rpp: 100 });
	const state = (st: string, type: 'state' | 'territory' = 'state') => wage('11-3021', 100, { area_code: '06', area_title: st, area_type: type, state: st });

	it('every state of a state year has an all-items parity for that year', () => {
		const t = tables({ wages: [state('CA'), state('TX'), state('GU', 'territory')], price_parities: [rpp('CA', 2024), rpp('TX', 2023)] });
		expect(priceParitiesCoverStateYears(t)).toMatchObject({
			checked: 2,
			failures: ['no all-items price parity for 2024 TX'],
			notes: ['BEA publishes none for the territories (GU)']
		});
	});

	it('notes when no BEA file was ingested', () => {
		expect(priceParitiesCoverStateYears(tables({ wages: [state('CA')] })).notes).toEqual(['no BEA price parities ingested']);
	});
});
