import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSocCrosswalk, parseSocDefinitions, parseSocStructure } from '../../../scripts/ingest/sources/soc-classification';
import { readWorkbook } from '../../../scripts/ingest/table';
import {
	crosswalkFiller,
	crosswalkSample,
	socFiller,
	socSample,
	writeSocCrosswalk,
	writeSocDefinitions,
	writeSocStructure,
	type CrosswalkPair,
	type SocEntryIn
} from '../../helpers/fixtures';
import { expectIngestError, removeTempDirs, tempDir } from '../../helpers/ingest';

const dir = await tempDir('soc-');
afterAll(removeTempDirs);

let n = 0;
async function structure(entries: SocEntryIn[], opts: { header?: string[] } = {}) {
	const path = join(dir, `${n++}-soc_structure_2018.xlsx`);
	await writeSocStructure(path, entries, opts);
	return (await readWorkbook(path, 'crosswalk/soc_structure_2018.xlsx')).sheet(0);
}
async function definitions(entries: SocEntryIn[]) {
	const path = join(dir, `${n++}-soc_2018_definitions.xlsx`);
	await writeSocDefinitions(path, entries);
	return (await readWorkbook(path, 'crosswalk/soc_2018_definitions.xlsx')).sheet(0);
}
async function crosswalk(pairs: CrosswalkPair[]) {
	const path = join(dir, `${n++}-soc_2010_to_2018_crosswalk.xlsx`);
	await writeSocCrosswalk(path, pairs);
	return (await readWorkbook(path, 'crosswalk/soc_2010_to_2018_crosswalk.xlsx')).sheet(0);
}

const full = [...socSample, ...socFiller(800)];
// Sheet rows: banner 1–7, header 8, socSample on 9–17, filler from 18.

describe('SOC 2018 structure (banner rows, one code column per row, title in E)', async () => {
	const table = await structure(full);

	it('finds the header below the banner', () => {
		expect(table.rows[0]!.cells).toEqual(['U.S. Bureau of Labor Statistics']);
		expect(table.rows.find((r) => r.cells.includes('Major Group'))!.row).toBe(8);
	});

	it('reads code, title and level from the filled column', () => {
		const entries = parseSocStructure(table);
		expect(entries).toHaveLength(full.length);
		expect(entries.slice(0, 4)).toEqual([
			{ code: '11-0000', title: 'Management Occupations', level: 'major' },
			{ code: '11-3000', title: 'Operations Specialties Managers', level: 'minor' },
			{ code: '11-3020', title: 'Computer and Information Systems Managers', level: 'broad' },
			{ code: '11-3021', title: 'Computer and Information Systems Managers', level: 'detailed' }
		]);
	});

	it('rejects a duplicate code', async () => {
		const t = await structure([...full, { code: '15-1242', title: 'Database Administrators', level: 'detailed' }]);
		expectIngestError(() => parseSocStructure(t), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			row: 8 + full.length + 1,
			column: 'Detailed Occupation',
			problem: 'duplicate code 15-1242'
		});
	});

	it('rejects a malformed code, naming its column', async () => {
		const t = await structure(full.map((e) => (e.code === '15-1200' ? { ...e, code: '15-12' } : e)));
		expectIngestError(() => parseSocStructure(t), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			row: 14,
			column: 'Minor Group',
			problem: 'expected a SOC code like 11-3021, got "15-12"'
		});
	});

	it('rejects a row without its title', async () => {
		const t = await structure(full.map((e) => (e.code === '11-3021' ? { ...e, title: '' } : e)));
		expectIngestError(() => parseSocStructure(t), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			row: 12,
			column: 'E',
			problem: 'expected the title in column E'
		});
	});

	it('rejects moved columns', async () => {
		const t = await structure(full, { header: ['Major Group', 'Broad Group', 'Minor Group', 'Detailed Occupation'] });
		expectIngestError(() => parseSocStructure(t), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			row: 8,
			column: 'Minor Group',
			problem: 'expected "Minor Group" in column B, got "Broad Group" (columns moved?)'
		});
	});

	it('rejects a truncated structure', async () => {
		const t = await structure([...socSample, ...socFiller(100)]);
		expectIngestError(() => parseSocStructure(t), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			problem: 'only 109 entries; the SOC 2018 structure has 1,447 (truncated file?)'
		});
	});

	it('rejects another workbook in its slot', async () => {
		const t = await crosswalk(crosswalkSample);
		const err = expectIngestError(() => parseSocStructure({ ...t, file: 'crosswalk/soc_structure_2018.xlsx' }), {
			file: 'crosswalk/soc_structure_2018.xlsx',
			row: 1,
			problem: 'this does not look like the SOC 2018 structure'
		});
		expect(err.message).toContain('first row: U.S. Bureau of Labor Statistics');
	});
});

describe('SOC 2018 definitions', async () => {
	const table = await definitions(full);

	it('maps each code to its definition, skipping groups without one', () => {
		const defs = parseSocDefinitions(table);
		expect(defs.get('11-3021')).toMatch(/^Plan, direct, or coordinate activities/);
		expect(defs.get('15-1242')).toMatch(/^Administer, test, and implement computer databases/);
		expect(defs.has('11-0000')).toBe(false);
		expect(defs.size).toBe(3 + 800);
	});

	it('rejects a duplicate code', async () => {
		const t = await definitions([...socSample, socSample[3]!]);
		expectIngestError(() => parseSocDefinitions(t), {
			file: 'crosswalk/soc_2018_definitions.xlsx',
			row: 18,
			column: 'SOC Code',
			problem: 'duplicate code 11-3021'
		});
	});

	it('rejects an unknown SOC group', async () => {
		const t = await definitions(socSample.map((e) => (e.code === '15-1243' ? { ...e, level: 'Detail' as 'detailed' } : e)));
		expectIngestError(() => parseSocDefinitions(t), { file: 'crosswalk/soc_2018_definitions.xlsx', row: 17, column: 'SOC Group', problem: /got "Detail"/ });
	});
});

describe('SOC 2010 → 2018 crosswalk (banner rows 1–8, header on row 9)', async () => {
	const table = await crosswalk([...crosswalkSample, ...crosswalkFiller(800)]);

	it('reads every pair and strips the (#) / (##) markers', () => {
		const pairs = parseSocCrosswalk(table);
		expect(pairs).toHaveLength(804);
		expect(pairs.filter((p) => p.soc_2010 === '15-1141')).toEqual([
			{ soc_2010: '15-1141', title_2010: 'Database Administrators', soc_2018: '15-1242', title_2018: 'Database Administrators' },
			{ soc_2010: '15-1141', title_2010: 'Database Administrators', soc_2018: '15-1243', title_2018: 'Database Architects' }
		]);
		expect(pairs.find((p) => p.soc_2010 === '15-1199')).toMatchObject({ title_2010: 'Computer Occupations, All Other', title_2018: 'Database Architects' });
		expect(JSON.stringify(pairs)).not.toMatch(/\(#/);
	});

	it('rejects a duplicate pair', async () => {
		const t = await crosswalk([...crosswalkSample, crosswalkSample[1]!, ...crosswalkFiller(800)]);
		expectIngestError(() => parseSocCrosswalk(t), {
			file: 'crosswalk/soc_2010_to_2018_crosswalk.xlsx',
			row: 14,
			column: '2018 SOC Code',
			problem: 'duplicate pair 15-1141 → 15-1242'
		});
	});

	it('rejects a malformed code', async () => {
		const t = await crosswalk([...crosswalkSample.map((p, i) => (i === 2 ? { ...p, soc_2018: '15-1243 ' + '(##)' } : p)), ...crosswalkFiller(800)]);
		expectIngestError(() => parseSocCrosswalk(t), {
			file: 'crosswalk/soc_2010_to_2018_crosswalk.xlsx',
			row: 12,
			column: '2018 SOC Code',
			problem: 'expected a SOC code like 11-3021, got "15-1243 (##)"'
		});
	});

	it('rejects a truncated crosswalk', async () => {
		const t = await crosswalk(crosswalkSample);
		expectIngestError(() => parseSocCrosswalk(t), {
			file: 'crosswalk/soc_2010_to_2018_crosswalk.xlsx',
			problem: 'only 4 pairs; the crosswalk has 900 (truncated file?)'
		});
	});
});
