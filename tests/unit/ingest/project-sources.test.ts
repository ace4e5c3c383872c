import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRoleAliases, parseRoles } from '../../../scripts/ingest/sources/project-sources';
import { readCsvTable } from '../../../scripts/ingest/table';
import { csvTableFromBytes, expectIngestErrorAsync, readFixture, removeTempDirs, sourcesDir } from '../../helpers/ingest';

afterAll(removeTempDirs);

const file = 'data/sources/salary_by_level.csv';
const raw = await readFixture('sources', 'salary_by_level.csv');
const parse = async (text: string) => parseRoles(await csvTableFromBytes(text, file));
const lines = raw.split('\n');
const withLine = (i: number, l: string) => lines.map((x, j) => (j === i - 1 ? l : x)).join('\n');

describe('project CSV: salary_by_level.csv', () => {
	it('parses the contract columns, with numbers, quoted commas and doubled quotes', async () => {
		const rows = await parse(raw);
		expect(rows).toHaveLength(3);
		expect(rows[1]).toEqual({
			role: 'Database Administrator',
			track: 'IT',
			level: 'mid',
			median_salary: 104000,
			soc_code: '15-1242',
			mapping_note: 'Judgement: the "DBA" role, BLS occupation Database administrators.',
			source: "University of San Diego, 'Information Systems vs. Information Technology' (seed 002), estimated median salaries from BLS and Glassdoor",
			as_of: '2025-12'
		});
	});

	it('rejects a salary that is not a number', async () => {
		await expectIngestErrorAsync(() => parse(withLine(3, lines[2]!.replace(',104000,', ',104k,'))), {
			file,
			row: 3,
			column: 'median_salary',
			problem: 'got "104k"'
		});
	});

	it('rejects an unknown track', async () => {
		await expectIngestErrorAsync(() => parse(withLine(4, lines[3]!.replace(',IS,', ',ISM,'))), { file, row: 4, column: 'track', problem: 'got "ISM"' });
	});

	it('rejects a bad SOC code', async () => {
		await expectIngestErrorAsync(() => parse(withLine(2, lines[1]!.replace(',15-1232,', ',15-1232.00,'))), {
			file,
			row: 2,
			column: 'soc_code',
			problem: 'got "15-1232.00"'
		});
	});

	it('rejects a duplicate role in a track', async () => {
		await expectIngestErrorAsync(() => parse(`${raw}${lines[1]}\n`), { file, row: 5, column: 'role', problem: 'duplicate IT IT Support (first on row 2)' });
	});

	it('rejects a missing column', async () => {
		const text = raw.replace('role,track,level,median_salary,soc_code,mapping_note,source,as_of', 'role,track,level,salary,soc_code,mapping_note,source,as_of');
		await expectIngestErrorAsync(() => parse(text), {
			file,
			row: 1,
			column: 'median_salary',
			problem: 'missing column "median_salary" for the salary-by-level table'
		});
	});

	it('rejects a row with a field too many', async () => {
		await expectIngestErrorAsync(() => parse(withLine(2, `${lines[1]},extra`)), {
			file,
			row: 2,
			column: 'field 9',
			problem: 'the row has 9 fields, the header has 8'
		});
	});
});

describe('the committed project sources parse', () => {
	it('data/sources/salary_by_level.csv and role_aliases.csv', async () => {
		const roles = parseRoles(await readCsvTable(join(sourcesDir, 'salary_by_level.csv'), 'data/sources/salary_by_level.csv'));
		expect(roles.length).toBeGreaterThan(0);
		const aliases = parseRoleAliases(await readCsvTable(join(sourcesDir, 'role_aliases.csv'), 'data/sources/role_aliases.csv'));
		expect(aliases.length).toBeGreaterThan(0);
	});

	it('role_aliases.csv rejects the same alias twice for one code', async () => {
		const text = await readFile(join(sourcesDir, 'role_aliases.csv'), 'utf8');
		const [header, first] = text.split('\n');
		const dup = `${header}\n${first}\n${first}\n`;
		const alias = first!.split(',')[0]!;
		await expectIngestErrorAsync(async () => parseRoleAliases(await csvTableFromBytes(dup, 'data/sources/role_aliases.csv')), {
			file: 'data/sources/role_aliases.csv',
			row: 3,
			column: 'alias',
			problem: `duplicate ${alias.toLowerCase()} → `
		});
	});
});
