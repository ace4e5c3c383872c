/**
 * Whole-file problems: empty, binary, wrong encoding, wrong kind of file in a slot. These name the
 * file (and the row where one is meaningful); a column cannot be named before the file is read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8, readCsvTable, readWorkbook } from '../../../scripts/ingest/table';
import { parseCpi } from '../../../scripts/ingest/sources/cpi-u';
import { parseEpProjections } from '../../../scripts/ingest/sources/ep-projections';
import { parseOewsWages } from '../../../scripts/ingest/sources/oews-wages';
import { epWithFiller } from '../../helpers/fixtures';
import { csvTableFromBytes, expectIngestError, expectIngestErrorAsync, readFixture, removeTempDirs, tempDir } from '../../helpers/ingest';
import { oewsHeaders, writeOewsWorkbook } from '../../helpers/oews-workbook';

const dir = await tempDir('bad-files-');
afterAll(removeTempDirs);

const ep = 'ep/ep_2024_2034.csv';

describe('text files', () => {
	it('an empty file', async () => {
		await expectIngestErrorAsync(() => csvTableFromBytes('', ep), { file: ep, problem: 'the file is empty' });
		expectIngestError(() => decodeUtf8(new Uint8Array(), 'cpi/cu.data.1.AllItems'), { file: 'cpi/cu.data.1.AllItems', problem: 'the file is empty' });
	});

	it('a file with only a header', async () => {
		const header = (await readFixture('ep', 'ep-2024-34-resaved.csv')).split('\r\n')[0]!;
		await expectIngestErrorAsync(async () => parseEpProjections(await csvTableFromBytes(`${header}\r\n`, ep)), { file: ep, problem: 'only 0 occupations' });
	});

	it('a binary file (an xlsx workbook saved under a CSV name)', async () => {
		const path = join(dir, 'book.xlsx');
		await writeOewsWorkbook(path, { layout: 2024, rows: [] });
		await expectIngestErrorAsync(() => readCsvTable(path, ep), { file: ep, problem: 'the file is binary (it contains NUL bytes), expected text' });
	});

	it('UTF-16 text is binary too', async () => {
		const utf16 = Buffer.from('\uFEFFseries_id\tyear\n', 'utf16le');
		await expectIngestErrorAsync(() => csvTableFromBytes(utf16, 'cpi/cu.data.1.AllItems', '\t'), {
			file: 'cpi/cu.data.1.AllItems',
			problem: 'the file is binary'
		});
	});

	it('latin-1 bytes (GED® saved as windows-1252), naming the row', async () => {
		const text = (await readFixture('ep', 'ep-2024-34-resaved.csv')).replace(/¿/g, '®');
		const latin1 = Buffer.from(text, 'latin1');
		expect(latin1.includes(0xae)).toBe(true);
		// The first ® is on line 4 (adult basic education instructors).
		await expectIngestErrorAsync(() => csvTableFromBytes(latin1, ep), {
			file: ep,
			row: 4,
			problem: 'the file is not UTF-8 text (an invalid byte sequence; re-save it as UTF-8)'
		});
	});

	it('a UTF-8 byte-order mark is accepted', async () => {
		const text = epWithFiller(await readFixture('ep', 'ep-2024-34-resaved.csv'));
		const withBom = await csvTableFromBytes(`\uFEFF${text}`, ep);
		expect(parseEpProjections(withBom).rows).toEqual(parseEpProjections(await csvTableFromBytes(text, ep)).rows);
	});
});

describe('the wrong file in a slot', () => {
	it('an OEWS state CSV named ep_2024_2034.csv', async () => {
		const t = await csvTableFromBytes(await readFixture('oews-state', 'state-may2024-subset.csv'), ep);
		expectIngestError(() => parseEpProjections(t), { file: ep, row: 1, problem: 'this does not look like an Employment Projections occupation table' });
	});

	it('CSVs named as the CPI file', async () => {
		const cpi = 'cpi/cu.data.1.AllItems';
		// The first rows of the state file (no quoted fields), read as tab separated: one wide column.
		const firstRows = (await readFixture('oews-state', 'state-may2024-subset.csv')).split('\n').slice(0, 3).join('\n');
		const state = await csvTableFromBytes(firstRows, cpi, '\t');
		expectIngestError(() => parseCpi(state), {
			file: cpi,
			row: 1,
			column: 'series_id',
			problem: 'missing column "series_id" for a BLS CPI time-series file (cu.data.*); the header has: AREA,AREA_TITLE'
		});
		// Read as tab separated, the EP export's quotes are out of place at once.
		await expectIngestErrorAsync(async () => parseCpi(await csvTableFromBytes(await readFixture('ep', 'ep-2022-32-export.csv'), cpi, '\t')), {
			file: cpi,
			row: 1,
			column: 'field 1',
			problem: 'a quote inside an unquoted field'
		});
	});

	it('an EP CSV in the OEWS state slot', async () => {
		const t = await csvTableFromBytes(epWithFiller(await readFixture('ep', 'ep-2024-34-resaved.csv')), 'oews-state/state_M2024_dl.csv');
		expectIngestError(() => parseOewsWages(t, { year: 2024, scope: 'state', topCode: undefined }), {
			file: 'oews-state/state_M2024_dl.csv',
			row: 1,
			problem: 'this does not look like an OEWS state file'
		});
	});

	it('a CSV, an empty file and a cut file named .xlsx', async () => {
		for (const [name, bytes] of [
			['csv', await readFixture('ep', 'ep-2024-34-resaved.csv')],
			['empty', ''],
			['junk', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3])]
		] as const) {
			const path = join(dir, `${name}-national_M2024_dl.xlsx`);
			await writeFile(path, bytes);
			await expectIngestErrorAsync(() => readWorkbook(path, 'oews/national_M2024_dl.xlsx'), {
				file: 'oews/national_M2024_dl.xlsx',
				problem: 'not a readable .xlsx workbook'
			});
		}
	});

	it('a sheet asked for by a name the workbook does not have', async () => {
		const path = join(dir, 'nofd.xlsx');
		await writeOewsWorkbook(path, { layout: 2024, rows: [] });
		const wb = await readWorkbook(path, 'oews/national_M2024_dl.xlsx');
		expect(wb.sheet(0).rows[0]!.cells).toEqual(oewsHeaders[2024]);
		expectIngestError(() => wb.sheet('Field Descriptions'), { file: 'oews/national_M2024_dl.xlsx', problem: 'the workbook has no sheet "Field Descriptions"' });
	});
});
