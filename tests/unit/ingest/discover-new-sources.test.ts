/**
 * discover() for the O*NET text files, the OEWS sector workbook and the BEA price parities: all
 * optional, found by their published names; the O*NET files only as a complete set.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../../scripts/ingest/discover';
import { onetFileNames } from '../../../scripts/ingest/sources/onet-files';
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
const onet = onetFileNames.map((n) => `onet/${n}.txt`);

async function rawDir(files: string[]): Promise<string> {
	const dir = await tempDir('raw-');
	for (const f of files) {
		await mkdir(dirname(join(dir, f)), { recursive: true });
		await writeFile(join(dir, f), 'x');
	}
	return dir;
}

describe('discover, new sources', () => {
	it('finds the sector workbook, the BEA file and the fourteen O*NET files by name', async () => {
		const { slots, ignored } = await discover(
			await rawDir([...minimal, ...onet, 'oews-industry/natsector_M2024_dl.xlsx', 'bea-rpp/SARPP_STATE_2008_2024.csv'])
		);
		expect(slots.filter((s) => s.kind === 'oews-industry')).toMatchObject([{ file: 'oews-industry/natsector_M2024_dl.xlsx', year: 2024 }]);
		expect(slots.filter((s) => s.kind === 'bea-rpp').map((s) => s.file)).toEqual(['bea-rpp/SARPP_STATE_2008_2024.csv']);
		const found = slots.flatMap((s) => (s.kind === 'onet' ? [s.name] : []));
		expect([...found].sort()).toEqual([...onetFileNames].sort());
		expect(ignored).toEqual([]);
	});

	it('needs none of them', async () => {
		const { slots } = await discover(await rawDir(minimal));
		expect(slots.map((s) => s.kind)).not.toContain('onet');
	});

	it('names the O*NET files that are missing from the set', async () => {
		const dir = await rawDir([...minimal, ...onet.filter((f) => !/Job Zone Reference|Interests/.test(f))]);
		await expectIngestErrorAsync(() => discover(dir), {
			file: 'onet',
			problem: 'the O*NET files are incomplete: no "Job Zone Reference.txt", "Interests.txt"'
		});
	});

	it("takes a Read Me.txt as O*NET's only beside the O*NET files", async () => {
		const { slots, ignored } = await discover(await rawDir([...minimal, 'docs/Read Me.txt', 'notes.txt']));
		expect(slots.some((s) => s.kind === 'onet')).toBe(false);
		expect(ignored.sort()).toEqual(['docs/Read Me.txt', 'notes.txt']);
	});

	it('rejects O*NET files split over two folders, and two sector or BEA files', async () => {
		const split = await rawDir([...minimal, ...onet.filter((f) => !f.includes('Interests')), 'old/Interests.txt']);
		await expectIngestErrorAsync(() => discover(split), {
			file: 'onet/Alternate Titles.txt',
			problem: 'O*NET files in two folders (also old/Interests.txt); keep one set'
		});
		const two = await rawDir([...minimal, 'a/natsector_M2024_dl.xlsx', 'b/natsector_M2024_dl.xlsx']);
		await expectIngestErrorAsync(() => discover(two), { file: 'b/natsector_M2024_dl.xlsx', problem: 'more than one file for oews-industry' });
		const bea = await rawDir([...minimal, 'bea-rpp/SARPP_STATE_2008_2023.csv', 'bea-rpp/SARPP_STATE_2008_2024.csv']);
		await expectIngestErrorAsync(() => discover(bea), { file: 'bea-rpp/SARPP_STATE_2008_2024.csv', problem: 'more than one file for bea-rpp' });
	});
});
