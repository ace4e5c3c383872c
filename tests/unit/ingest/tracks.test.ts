/**
 * data/sources/tracks.csv: which occupations are on the IT and IS tracks. The parser holds it to
 * the contract like the other project sources, and a cross-check ties it to the SOC, the ladder
 * and the aliases.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tracksAgreeWithRolesAndAliases } from '../../../scripts/ingest/cross-checks';
import { parseRoleAliases, parseRoles, parseTracks } from '../../../scripts/ingest/sources/project-sources';
import { readCsvTable } from '../../../scripts/ingest/table';
import { sourceTableNames, type OccupationRow, type RoleAliasRow, type RoleRow, type TableRows } from '../../../src/lib/schema/tables';
import { csvTableFromBytes, expectIngestErrorAsync, removeTempDirs, sourcesDir } from '../../helpers/ingest';

afterAll(removeTempDirs);

const file = 'data/sources/tracks.csv';
const parse = async (text: string) => parseTracks(await csvTableFromBytes(text, file));

const small = [
	'soc_code,track,reason',
	"11-3021,both,\"The article lists 'IT manager' and 'information systems manager', and BLS lists both directors as example titles.\"",
	'15-1211,IS,The article puts Systems Analyst on its IS ladder.',
	'15-1252,IT,"Judgement: the SOC definition is software work, which the article assigns to IT."'
].join('\n');
const withRow = (i: number, line: string) =>
	small
		.split('\n')
		.map((l, j) => (j === i - 1 ? line : l))
		.join('\n');

describe('tracks.csv parses', () => {
	it('the committed file: 17 detailed occupations, each once, each with a reason', async () => {
		const rows = parseTracks(await readCsvTable(join(sourcesDir, 'tracks.csv'), file));
		expect(rows).toHaveLength(17);
		expect(new Set(rows.map((r) => r.soc_code)).size).toBe(17);
		expect(rows.every((r) => r.reason.length > 20)).toBe(true);
		// The occupations the aliases used to put on a track, or leave off, are where the file says.
		const track = Object.fromEntries(rows.map((r) => [r.soc_code, r.track]));
		expect(track).toMatchObject({ '11-3021': 'both', '15-1211': 'IS', '15-1241': 'IT', '15-1251': 'IT', '15-1253': 'IT', '15-1243': 'both' });
		expect(track['13-2011']).toBeUndefined();
	});

	it('a small file, quoted commas and quotes kept', async () => {
		expect(await parse(small)).toEqual([
			{
				soc_code: '11-3021',
				track: 'both',
				reason: "The article lists 'IT manager' and 'information systems manager', and BLS lists both directors as example titles."
			},
			{ soc_code: '15-1211', track: 'IS', reason: 'The article puts Systems Analyst on its IS ladder.' },
			{ soc_code: '15-1252', track: 'IT', reason: 'Judgement: the SOC definition is software work, which the article assigns to IT.' }
		]);
	});
});

describe('a broken tracks.csv names the file, the row and the column', () => {
	it('a track that is not IT, IS or both', async () => {
		await expectIngestErrorAsync(() => parse(withRow(3, '15-1211,MIS,The article puts Systems Analyst on its IS ladder.')), {
			file,
			row: 3,
			column: 'track',
			problem: 'got "MIS"'
		});
	});
	it('an occupation listed twice (an occupation on both tracks is one "both" row)', async () => {
		await expectIngestErrorAsync(() => parse(`${small}\n15-1211,IT,Listed again.\n`), {
			file,
			row: 5,
			column: 'soc_code',
			problem: 'duplicate 15-1211 (first on row 3)'
		});
	});
	it('a code that is not a SOC code', async () => {
		await expectIngestErrorAsync(() => parse(withRow(4, '15-1252.00,IT,An O*NET code.')), { file, row: 4, column: 'soc_code', problem: 'got "15-1252.00"' });
	});
	it('an empty reason', async () => {
		await expectIngestErrorAsync(() => parse(withRow(4, '15-1252,IT,')), { file, row: 4, column: 'reason' });
	});
	it('a missing column', async () => {
		await expectIngestErrorAsync(() => parse(small.replace('soc_code,track,reason', 'soc_code,track,why')), {
			file,
			row: 1,
			column: 'reason',
			problem: 'missing column "reason" for the tracks table'
		});
	});
});

describe('the cross-check of tracks against the SOC, the ladder and the aliases', () => {
	const tables = (parts: Partial<TableRows>) => ({ ...Object.fromEntries(sourceTableNames.map((n) => [n, []])), ...parts }) as TableRows;
	const occupation = (soc_code: string, soc_level: OccupationRow['soc_level'] = 'detailed'): OccupationRow => ({
		soc_code,
		title: `Occupation ${soc_code}`,
		soc_level,
		major_code: `${soc_code.slice(0, 2)}-0000`,
		major_title: 'Group',
		example_titles: [],
		education: null,
		experience: null,
		training: null,
		definition: null
	});
	const role = (name: string, track: RoleRow['track'], soc_code: string): RoleRow => ({
		role: name,
		track,
		level: 'entry',
		median_salary: 70000,
		soc_code,
		mapping_note: 'Note.',
		source: 'Article',
		as_of: '2025-12'
	});
	const alias = (name: string, track: RoleAliasRow['track'], soc_code: string): RoleAliasRow => ({
		alias: name,
		soc_code,
		kind: 'seed_role',
		track,
		reason: 'Reason.'
	});
	const occupations = ['11-3021', '13-2011', '15-1211', '15-1212'].map((c) => occupation(c)).concat(occupation('15-1200', 'broad'));
	const members = [
		{ soc_code: '11-3021', track: 'both' as const, reason: 'r' },
		{ soc_code: '15-1211', track: 'IS' as const, reason: 'r' },
		{ soc_code: '15-1212', track: 'IT' as const, reason: 'r' }
	];

	it('passes when members are detailed and the ladder and aliases agree ("both" counts on each track)', () => {
		const t = tables({
			occupations,
			tracks: members,
			roles: [role('IT Director', 'IT', '11-3021'), role('Systems Analyst', 'IS', '15-1211')],
			role_aliases: [alias('CIO', 'both', '11-3021'), alias('IT Auditor', 'IT', '15-1212'), alias('Auditor', null, '13-2011')]
		});
		expect(tracksAgreeWithRolesAndAliases(t)).toMatchObject({ checked: 7, failures: [] });
	});

	it('fails on a member that is not a detailed occupation, a ladder role off its track and an alias that would add a track', () => {
		const t = tables({
			occupations,
			tracks: [...members, { soc_code: '15-1200', track: 'IT', reason: 'r' }],
			roles: [role('Security Engineer', 'IT', '15-1211')],
			role_aliases: [alias('IT Auditor', 'IT', '13-2011'), alias('Project Manager', 'both', '15-1212')]
		});
		expect(tracksAgreeWithRolesAndAliases(t).failures).toEqual([
			'track member 15-1200 is not a detailed SOC 2018 occupation',
			'IT ladder role Security Engineer maps to 15-1211, which tracks.csv puts on IS',
			'alias IT Auditor (IT) finds 13-2011, which tracks.csv puts on no track',
			'alias Project Manager (both) finds 15-1212, which tracks.csv puts on IT'
		]);
	});

	it('the committed sources agree with each other', async () => {
		const read = (name: string) => readCsvTable(join(sourcesDir, name), `data/sources/${name}`);
		const tracks = parseTracks(await read('tracks.csv'));
		const t = tables({
			occupations: tracks.map((m) => occupation(m.soc_code)).concat(['13-2011', '15-2051'].map((c) => occupation(c))),
			tracks,
			roles: parseRoles(await read('salary_by_level.csv')),
			role_aliases: parseRoleAliases(await read('role_aliases.csv'))
		});
		expect(tracksAgreeWithRolesAndAliases(t).failures).toEqual([]);
	});
});
