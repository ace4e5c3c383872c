import { afterAll, describe, expect, it } from 'vitest';
import { parseEpProjections, splitTitle, type EpRelease } from '../../../scripts/ingest/sources/ep-projections';
import { editLine, epWithFiller } from '../../helpers/fixtures';
import { csvTableFromBytes, expectIngestErrorAsync, readFixture, removeTempDirs } from '../../helpers/ingest';

afterAll(removeTempDirs);

/** A fixture (plus filler rows), written under `name` and read back through the ingest's CSV reader. */
async function parseFixture(fixtureName: string, opts: { name?: string; edit?: (text: string) => string; filler?: number } = {}): Promise<EpRelease> {
	let text = epWithFiller(await readFixture('ep', fixtureName), opts.filler ?? 100);
	if (opts.edit) text = opts.edit(text);
	return parseEpProjections(await csvTableFromBytes(text, opts.name ?? `ep/${fixtureName}`));
}

const row = (rel: EpRelease, code: string) => {
	const r = rel.rows.find((x) => x.soc_code === code);
	expect(r, `row ${code}`).toBeDefined();
	return r!;
};

describe('EP 2024–34: the spreadsheet-re-saved layout (CRLF, plain codes, minimal quoting)', async () => {
	const raw = await readFixture('ep', 'ep-2024-34-resaved.csv');
	const rel = await parseFixture('ep-2024-34-resaved.csv');

	it('is a CRLF fixture with plain codes', () => {
		expect(raw).toContain('\r\n');
		expect(raw).toContain(',11-3021,');
		expect(raw).not.toContain('="');
	});

	it('reads the period and the wage year from the header', () => {
		expect([rel.periodStart, rel.periodEnd, rel.wageYear]).toEqual([2024, 2034, 2024]);
		expect(rel.rows).toHaveLength(7 + 100);
	});

	it('converts employment in thousands to persons and keeps the published numbers', () => {
		expect(row(rel, '11-3021')).toEqual({
			soc_code: '11-3021',
			title: 'Computer and information systems managers',
			period_start: 2024,
			period_end: 2034,
			emp_start: 667_100,
			emp_end: 768_700,
			emp_change: 101_600,
			pct_change: 15.2,
			openings_annual: 55_600,
			median_wage: 171_200,
			median_wage_year: 2024,
			median_wage_topcoded: false,
			education: "Bachelor's degree",
			experience: '5 years or more',
			training: 'None',
			soc_version: '2018'
		});
	});

	it('reads "1,579.80" (two decimals and a separator) as 1,579,800 persons', () => {
		const r = row(rel, '13-2011');
		expect([r.emp_start, r.emp_end, r.emp_change, r.openings_annual, r.median_wage]).toEqual([1_579_800, 1_652_600, 72_800, 124_200, 81_680]);
	});

	it('reads values that lost their trailing zero ("78", "57") and negatives', () => {
		const dba = row(rel, '15-1242');
		expect([dba.emp_start, dba.emp_end, dba.emp_change, dba.pct_change, dba.openings_annual]).toEqual([78_000, 77_500, -500, -0.7, 3_800]);
		expect(row(rel, '27-2011').emp_start).toBe(57_000);
		const adult = row(rel, '25-3011');
		expect([adult.emp_change, adult.pct_change]).toEqual([-5_600, -13.7]);
		expect(row(rel, '25-9099').emp_change).toBe(2_000);
	});

	it('reads N/A as no wage and ">=239,200" as the top-code', () => {
		expect(row(rel, '27-2011')).toMatchObject({ median_wage: null, median_wage_topcoded: false });
		expect(row(rel, '29-1211')).toMatchObject({
			median_wage: 239_200,
			median_wage_topcoded: true,
			education: 'Doctoral or professional degree',
			training: 'Internship/residency'
		});
	});

	it('splits the example job titles off the title', () => {
		expect(row(rel, '11-3021').title).toBe('Computer and information systems managers');
		const examples = rel.exampleTitles.get('11-3021')!;
		expect(examples).toHaveLength(13);
		expect(examples.slice(0, 2)).toEqual(['Application Development Director', 'Chief Technology Officer']);
		expect(examples.at(-1)).toBe('Management Information Systems Director');
		expect(row(rel, '25-9099').title).toBe('Educational instruction and library workers, all other');
	});

	it('writes GED® for the export\'s "GED¿", in titles and example titles', () => {
		expect(raw.match(/GED¿/g)).toHaveLength(3);
		const adult = rel.exampleTitles.get('25-3011')!;
		expect(adult).toContain('GED® Instructor');
		expect(adult).toContain('General Educational Development (GED®) Teacher');
		expect(rel.exampleTitles.get('25-9099')).toEqual(['Aptitude Test (SAT) Grader', 'General Educational Development (GED®) Examiner']);
		const all = JSON.stringify([...rel.rows, ...rel.exampleTitles]);
		expect(all).not.toContain('¿');
	});

	it('gives the same rows from an LF copy of the file', async () => {
		const lf = await parseFixture('ep-2024-34-resaved.csv', { edit: (t) => t.replace(/\r\n/g, '\n') });
		expect(lf.rows).toEqual(rel.rows);
	});
});

describe('EP 2022–32: the original export (LF, every field quoted, codes as ="…"), wages refreshed to May 2023', async () => {
	const raw = await readFixture('ep', 'ep-2022-32-export.csv');
	const rel = await parseFixture('ep-2022-32-export.csv');

	it('is an LF fixture with formula-escaped codes', () => {
		expect(raw).not.toContain('\r');
		expect(raw).toContain('"=""11-3021"""');
	});

	it('takes the wage year from the "Median Annual Wage 2023" header, not the base year', () => {
		expect([rel.periodStart, rel.periodEnd, rel.wageYear]).toEqual([2022, 2032, 2023]);
		expect(new Set(rel.rows.map((r) => r.median_wage_year))).toEqual(new Set([2023]));
	});

	it('strips the formula escape from the codes', () => {
		expect(rel.rows.slice(0, 7).map((r) => r.soc_code)).toEqual(['13-2011', '27-2011', '29-1211', '11-1011', '11-3021', '15-1242', '13-1020']);
		expect(row(rel, '11-3021')).toMatchObject({
			emp_start: 557_400,
			emp_end: 643_300,
			emp_change: 86_000,
			pct_change: 15.4,
			openings_annual: 46_900,
			median_wage: 169_510
		});
		expect(row(rel, '11-1011')).toMatchObject({ emp_change: -23_000, pct_change: -8.2 });
		expect(row(rel, '29-1211')).toMatchObject({ median_wage: 239_200, median_wage_topcoded: true });
	});

	it('keeps an aggregated row that has no example titles', () => {
		expect(row(rel, '13-1020').title).toBe('Buyers and purchasing agents');
		expect(rel.exampleTitles.get('13-1020')).toEqual([]);
	});
});

describe('EP 2016–26: the older tool layout ("SOC Code", "(thousands)", "2016 median annual wage")', async () => {
	const raw = await readFixture('ep', 'ep-2016-26-old-layout.csv');
	const rel = await parseFixture('ep-2016-26-old-layout.csv');

	it('is a CRLF fixture with the old header', () => {
		expect(raw).toContain('\r\n');
		expect(raw.split('\r\n')[0]).toContain('"SOC Code","Employment 2016 (thousands)"');
	});

	it('reads the same fields from the old column names', () => {
		expect([rel.periodStart, rel.periodEnd, rel.wageYear]).toEqual([2016, 2026, 2016]);
		expect(row(rel, '11-3021')).toMatchObject({
			emp_start: 367_600,
			emp_end: 411_800,
			emp_change: 44_200,
			pct_change: 12.0,
			openings_annual: 32_500,
			median_wage: 135_800,
			soc_version: '2010'
		});
		expect(row(rel, '15-1141')).toMatchObject({ emp_start: 119_500, median_wage: 84_950, education: "Bachelor's degree" });
		expect(row(rel, '29-1061')).toMatchObject({ median_wage: 208_000, median_wage_topcoded: true });
		expect(row(rel, '11-1011')).toMatchObject({ emp_change: -12_100, pct_change: -3.9 });
	});
});

describe('splitTitle', () => {
	it('splits on four spaces and an asterisk', () => {
		expect(splitTitle('Accountants and auditors    * Account Auditor* Accountant* CPA')).toEqual({
			title: 'Accountants and auditors',
			examples: ['Account Auditor', 'Accountant', 'CPA']
		});
		expect(splitTitle('Database administrators and architects')).toEqual({ title: 'Database administrators and architects', examples: [] });
	});
});

describe('EP: bad input names the file, row and column', () => {
	const file = 'ep/ep-2024-34-resaved.csv';
	const cell = (line: number, from: string, to: string) => (t: string) =>
		editLine(t, line, (l) => {
			expect(l).toContain(from);
			return l.replace(from, to);
		});

	it('a non-numeric employment value', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(6, ',667.1,', ',abc,') }), {
			file,
			row: 6,
			column: 'Employment 2024',
			problem: 'expected a number, got "abc"'
		});
	});

	it('a percent sign in the percent change', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(7, ',-0.7,', ',-0.7%,') }), {
			file,
			row: 7,
			column: 'Employment Percent Change, 2024-2034',
			problem: 'expected a number, got "-0.7%"'
		});
	});

	it.each(['~~', '##', '">239,200"', ''])('an unknown wage symbol %j', async (symbol) => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(6, ',"171,200",', `,${symbol},`) }), {
			file,
			row: 6,
			column: 'Median Annual Wage 2024',
			problem: 'expected a wage like "81,680", "N/A" or ">=239,200"'
		});
	});

	it('a malformed SOC code', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(7, ',15-1242,', ',15-124,') }), {
			file,
			row: 7,
			column: 'Occupation Code',
			problem: 'expected a SOC code like 11-3021, got "15-124"'
		});
	});

	it('a duplicate SOC code', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(8, ',25-9099,', ',11-3021,') }), {
			file,
			row: 8,
			column: 'Occupation Code',
			problem: 'duplicate occupation 11-3021 (first on row 6)'
		});
	});

	it('a duplicate SOC code in the formula-escaped export', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2022-32-export.csv', { edit: cell(8, '"=""13-1020"""', '"=""11-3021"""') }), {
			file: 'ep/ep-2022-32-export.csv',
			row: 8,
			column: 'Occupation Code',
			problem: 'duplicate occupation 11-3021 (first on row 6)'
		});
	});

	it('a missing column', async () => {
		const dropOpenings = (t: string) =>
			t
				.split('\r\n')
				.map((l, i) => (i === 0 ? l.replace(',"Occupational Openings, 2024-2034 Annual Average"', '') : l))
				.join('\r\n');
		const err = await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: dropOpenings }), {
			file,
			row: 1,
			column: 'Occupational openings, (\\d{4})-(\\d{4}) annual average(?: \\(thousands\\))?',
			problem: 'missing column one matching'
		});
		expect(err.message).toContain('the header has: Occupation Title | Occupation Code');
	});

	it('a renamed column', async () => {
		const err = await expectIngestErrorAsync(
			() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(1, 'Typical Entry-Level Education', 'Entry-Level Education') }),
			{ file, row: 1, column: 'Typical entry-level education', problem: 'missing column "Typical entry-level education"' }
		);
		expect(err.message).toContain('Entry-Level Education');
	});

	it('a new column in a future release', async () => {
		const addColumn = (t: string) =>
			t
				.split('\r\n')
				.map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'AI Exposure Score' : '0.5'}`))
				.join('\r\n');
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: addColumn }), {
			file,
			row: 1,
			column: 'AI Exposure Score',
			problem: 'unexpected column "AI Exposure Score": the layout of an Employment Projections occupation table has changed'
		});
	});

	it('years in the header that do not agree', async () => {
		await expectIngestErrorAsync(
			() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(1, '"Employment Change, 2024-2034"', '"Employment Change, 2023-2033"') }),
			{ file, row: 1, column: 'Employment Change, 2023-2033', problem: 'the header says 2024-2034 for employment but 2023-2033 here' }
		);
	});

	it('a wage year that does not belong to the release', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(1, 'Median Annual Wage 2024', 'Median Annual Wage 2019') }), {
			file,
			row: 1,
			column: 'Median Annual Wage 2019',
			problem: 'the median wage year 2019 does not belong to a 2024-2034 release'
		});
	});

	it('a change that does not match the two employment columns (a shifted column)', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: cell(6, ',667.1,768.7,101.6,', ',667.1,768.7,55.6,') }), {
			file,
			row: 6,
			column: 'Employment Change, 2024-2034',
			problem: 'employment change 55600 does not equal 768700 - 667100'
		});
	});

	it('employment in persons instead of thousands', async () => {
		// Every employment, change and openings figure multiplied by 1,000, as in a file that was converted to persons.
		const toPersons = (t: string) =>
			t.replace(/^(.*?,\d\d-\d{4},)((?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*)),/gm, (_, head: string, nums: string) => {
				const persons = nums.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((v) => {
					const n = Math.round(Number(v.replace(/[",]/g, '')) * 1000);
					return `"${n.toLocaleString('en-US')}"`;
				});
				return `${head}${persons.join(',')},`;
			});
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { edit: toPersons }), {
			file,
			row: 2,
			column: 'Employment 2024',
			problem: 'expected thousands (e.g. 667.1), got 1579800, which looks like persons'
		});
	});

	it('a row with fields missing (cut mid-row)', async () => {
		const text = epWithFiller(await readFixture('ep', 'ep-2024-34-resaved.csv'));
		const cut = text.slice(0, text.indexOf('Filler occupation 40,99-9039,10.0,') + 'Filler occupation 40,99-9039,10.0,'.length);
		await expectIngestErrorAsync(() => csvTableFromBytes(cut, file).then(parseEpProjections), {
			file,
			row: 48,
			column: 'Employment Change, 2024-2034',
			problem: 'the row has 4 fields, the header has 14 (truncated or shifted row)'
		});
	});

	it('a file cut inside a quoted field', async () => {
		const text = epWithFiller(await readFixture('ep', 'ep-2022-32-export.csv'));
		const cut = text.slice(0, text.indexOf('Computer Security Manager'));
		await expectIngestErrorAsync(() => csvTableFromBytes(cut, 'ep/ep-2022-32-export.csv').then(parseEpProjections), {
			file: 'ep/ep-2022-32-export.csv',
			row: 6,
			column: 'Occupation Title',
			problem: 'the file ends inside a quoted field (truncated?)'
		});
	});

	it('a file cut between rows (too few occupations)', async () => {
		await expectIngestErrorAsync(() => parseFixture('ep-2024-34-resaved.csv', { filler: 20 }), {
			file,
			problem: 'only 27 occupations; a full release has about 800 (truncated file?)'
		});
	});

	it('an OEWS file in the EP slot', async () => {
		const state = await readFixture('oews-state', 'state-may2024-subset.csv');
		const err = await expectIngestErrorAsync(() => csvTableFromBytes(state, file).then(parseEpProjections), {
			file,
			row: 1,
			problem: 'this does not look like an Employment Projections occupation table'
		});
		expect(err.message).toContain('first row: AREA | AREA_TITLE');
	});
});
