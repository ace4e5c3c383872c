import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../../scripts/ingest/discover';
import { expectIngestErrorAsync, removeTempDirs, tempDir } from '../../helpers/ingest';

afterAll(removeTempDirs);

const minimal = [
	'cpi/cu.data.1.AllItems',
	'crosswalk/soc_2010_to_2018_crosswalk.xlsx',
	'crosswalk/soc_2018_definitions.xlsx',
	'crosswalk/soc_structure_2018.xlsx',
	'ep/ep_2024_2034.csv',
	'oews/national_M2024_dl.xlsx'
];

async function rawDir(files: string[]): Promise<string> {
	const dir = await tempDir('raw-');
	for (const f of files) {
		await mkdir(dirname(join(dir, f)), { recursive: true });
		await writeFile(join(dir, f), 'x');
	}
	return dir;
}

describe('discover', () => {
	it('assigns each BLS file to its slot by name, in any folder', async () => {
		const dir = await rawDir([
			...minimal,
			'ep/ep_2016_2026.csv',
			'oews/national_M2014_dl.xlsx',
			'oews-state/state_M2024_dl_it_subset.csv',
			'MANIFEST.md',
			'notes.txt',
			'.hidden'
		]);
		const { slots, ignored } = await discover(dir);
		expect(slots.map((s) => [s.kind, s.file, 'year' in s ? s.year : null])).toEqual([
			['cpi', 'cpi/cu.data.1.AllItems', null],
			['soc-crosswalk', 'crosswalk/soc_2010_to_2018_crosswalk.xlsx', null],
			['soc-definitions', 'crosswalk/soc_2018_definitions.xlsx', null],
			['soc-structure', 'crosswalk/soc_structure_2018.xlsx', null],
			['ep', 'ep/ep_2016_2026.csv', null],
			['ep', 'ep/ep_2024_2034.csv', null],
			['oews-national', 'oews/national_M2014_dl.xlsx', 2014],
			['oews-national', 'oews/national_M2024_dl.xlsx', 2024],
			['oews-state', 'oews-state/state_M2024_dl_it_subset.csv', 2024]
		]);
		expect(ignored).toEqual(['notes.txt']);
	});

	it('also knows the name the EP tool downloads as', async () => {
		const dir = await rawDir([...minimal, 'ep/Employment Projections.csv', 'ep/employment_projections.csv']);
		const { slots, ignored } = await discover(dir);
		expect(
			slots
				.filter((s) => s.kind === 'ep')
				.map((s) => s.file)
				.sort()
		).toEqual(['ep/Employment Projections.csv', 'ep/ep_2024_2034.csv']);
		expect(ignored).toEqual(['ep/employment_projections.csv']);
	});

	it('follows symbolic links to files and folders', async () => {
		const real = await rawDir(minimal);
		const linked = await tempDir('raw-links-');
		await mkdir(join(linked, 'oews'));
		for (const f of minimal.filter((f) => !f.startsWith('oews/') && !f.startsWith('crosswalk/'))) {
			await mkdir(dirname(join(linked, f)), { recursive: true });
			await symlink(join(real, f), join(linked, f));
		}
		await symlink(join(real, 'crosswalk'), join(linked, 'crosswalk'));
		await symlink(join(real, 'oews', 'national_M2024_dl.xlsx'), join(linked, 'oews', 'national_M2024_dl.xlsx'));
		const { slots } = await discover(linked);
		expect(slots.map((s) => s.file).sort()).toEqual([...minimal].sort());
	});

	it('names the missing file when a required slot is empty', async () => {
		for (const [drop, label] of [
			['crosswalk/soc_structure_2018.xlsx', 'soc_structure_2018.xlsx'],
			['cpi/cu.data.1.AllItems', 'cu.data.1.AllItems'],
			['ep/ep_2024_2034.csv', 'an Employment Projections CSV'],
			['oews/national_M2024_dl.xlsx', 'an OEWS national file']
		]) {
			const dir = await rawDir(minimal.filter((f) => f !== drop));
			await expectIngestErrorAsync(() => discover(dir), { file: dir, problem: `no ${label}` });
		}
	});

	it('rejects two files for one OEWS year or one single-file slot', async () => {
		const dir = await rawDir([...minimal, 'extra/national_M2024_dl.xlsx']);
		await expectIngestErrorAsync(() => discover(dir), {
			file: 'oews/national_M2024_dl.xlsx',
			problem: 'a second oews-national file for May 2024 (the other is extra/national_M2024_dl.xlsx); keep one'
		});
		const dir2 = await rawDir([...minimal, 'old/cu.data.1.AllItems.txt']);
		await expectIngestErrorAsync(() => discover(dir2), { file: 'old/cu.data.1.AllItems.txt', problem: 'more than one file for cpi' });
	});

	it('rejects a raw folder that does not exist', async () => {
		await expectIngestErrorAsync(() => discover('/nonexistent/raw'), {
			file: '/nonexistent/raw',
			problem: 'the raw data folder does not exist or is not a folder'
		});
	});
});
