/**
 * Broken O*NET files: each stops the ingest with the file, row and column. The fixture files
 * are edited one at a time; the rest of the set stays as published.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { OnetFileName } from '../../../scripts/ingest/sources/onet-files';
import { parseOnetReadMe } from '../../../scripts/ingest/sources/onet-occupations';
import { expectIngestError, expectIngestErrorAsync, removeTempDirs } from '../../helpers/ingest';
import { dropColumn, duplicateLine, ingestOnet, lineWhere, onetFile, readOnet, renameColumn, setCell } from '../../helpers/onet-files';

afterAll(removeTempDirs);

const broken = async (
	name: OnetFileName,
	edit: (text: string) => string,
	want: { row?: number; column?: string; problem: string | RegExp },
	file: OnetFileName = name
) => expectIngestErrorAsync(async () => ingestOnet({ [name]: edit(await readOnet(name)) }), { file: onetFile(file), ...want });

describe('layout changes', () => {
	it('a missing column', async () => {
		await broken('Job Zones', (t) => dropColumn(t, 'Job Zone'), { row: 1, column: 'Job Zone', problem: 'missing column "Job Zone" for O*NET Job Zones' });
	});

	it('a renamed header', async () => {
		await broken('Technology Skills', (t) => renameColumn(t, 'Hot Technology', 'Hot Tech'), {
			row: 1,
			column: 'Hot Technology',
			problem: 'missing column "Hot Technology"'
		});
	});

	it('a new column', async () => {
		const added = (t: string) => t.replace(/\r\n/g, '\tx\r\n').replace(/^([^\r]*)\tx\r\n/, '$1\tScale Weight\r\n');
		await broken('Interests', added, { row: 1, column: 'Scale Weight', problem: 'unexpected column "Scale Weight"' });
	});

	it('a comma-separated copy', async () => {
		await broken('Occupation Data', (t) => t.replace(/\t/g, ','), { row: 1, column: 'O*NET-SOC Code', problem: 'missing column "O*NET-SOC Code"' });
	});
});

describe('cells', () => {
	it('text in a number', async () => {
		const text = await readOnet('Education, Training, and Experience');
		const row = lineWhere(text, (c) => c[0] === '11-3021.00' && c[3] === 'RW' && c[4] === '9');
		await broken('Education, Training, and Experience', (t) => setCell(t, row, 'Data Value', 'forty'), {
			row,
			column: 'Data Value',
			problem: 'expected a number, got "forty"'
		});
	});

	it('n/a where O*NET always gives a value', async () => {
		await broken('Job Zones', (t) => setCell(t, 3, 'Job Zone', 'n/a'), { row: 3, column: 'Job Zone', problem: 'expected a Job Zone from 1 to 5, got "n/a"' });
	});

	it('a Job Zone outside 1–5', async () => {
		await broken('Job Zones', (t) => setCell(t, 3, 'Job Zone', '6'), { row: 3, column: 'Job Zone', problem: 'expected a Job Zone from 1 to 5' });
	});

	it('an O*NET code without its suffix', async () => {
		await broken('Related Occupations', (t) => setCell(t, 2, 'Related O*NET-SOC Code', '15-1252'), {
			row: 2,
			column: 'Related O*NET-SOC Code',
			problem: 'expected an O*NET-SOC code like 15-1252.00, got "15-1252"'
		});
	});

	it('Yes for Y', async () => {
		await broken('Technology Skills', (t) => setCell(t, 2, 'Hot Technology', 'Yes'), {
			row: 2,
			column: 'Hot Technology',
			problem: 'expected Y or N, got "Yes"'
		});
	});

	it('a date that is not MM/YYYY', async () => {
		await broken('Task Statements', (t) => setCell(t, 2, 'Date', '2023-08'), { row: 2, column: 'Date', problem: 'expected a month like 08/2023' });
	});
});

describe('truncated files', () => {
	it('cut in the middle of a record', async () => {
		const text = await readOnet('Task Statements');
		const cut = text.slice(0, text.lastIndexOf('\tCore\t'));
		await broken('Task Statements', () => cut, {
			row: 24,
			column: 'Task',
			problem: 'the file ends in the middle of a record (no line ending after it): truncated?'
		});
	});

	it('cut after a field', async () => {
		const text = await readOnet('Related Occupations');
		await broken('Related Occupations', () => text.slice(0, text.lastIndexOf('\t') + 1), { row: 30, column: 'Index', problem: 'truncated?' });
	});

	it('only a header', async () => {
		await broken('Interests', (t) => t.split('\r\n')[0] + '\r\n', { row: 1, problem: 'no rows below the header' });
	});
});

describe('duplicated keys', () => {
	it('an occupation listed twice', async () => {
		await broken('Occupation Data', (t) => duplicateLine(t, 4), {
			row: 5,
			column: 'O*NET-SOC Code',
			problem: 'duplicate occupation 11-3021.00 (first on row 4)'
		});
	});

	it('a task ID used twice', async () => {
		const firstId = (t: string) => t.split('\r\n')[1]!.split('\t')[1]!;
		await broken('Task Statements', (t) => setCell(t, 3, 'Task ID', firstId(t)), {
			row: 3,
			column: 'Task ID',
			problem: /duplicate task ID \d+ \(first on row 2\)$/
		});
	});

	it('two related occupations with the same rank', async () => {
		await broken('Related Occupations', (t) => setCell(t, 3, 'Index', '1'), {
			row: 3,
			column: 'Index',
			problem: 'duplicate rank 11-3021.00 rank 1 (first on row 2)'
		});
	});

	it('an experience category twice', async () => {
		await broken('Education, Training, and Experience', (t) => duplicateLine(t, 10), {
			row: 11,
			column: 'Category',
			problem: /duplicate row for 11-3021\.00 2\.D\.1 RL \d+ \(first on row 10\)/
		});
	});
});

describe('what links the files', () => {
	it('a code Occupation Data does not have', async () => {
		await broken('Technology Skills', (t) => setCell(t, 2, 'O*NET-SOC Code', '15-9999.00'), {
			row: 2,
			column: 'O*NET-SOC Code',
			problem: '15-9999.00 is not an occupation in onet/Occupation Data.txt'
		});
	});

	it('a category the Categories file does not have', async () => {
		const text = await readOnet('Education, Training, and Experience');
		const row = lineWhere(text, (c) => c[3] === 'RL' && c[4] === '12');
		await broken('Education, Training, and Experience', (t) => setCell(t, row, 'Category', '13'), {
			row,
			column: 'Category',
			problem: 'category 13 of scale RL is not in onet/Education, Training, and Experience Categories.txt'
		});
	});

	it('an element the Content Model names differently', async () => {
		const model = await readOnet('Content Model Reference');
		const edited = model.replace('2.D.1\tRequired Level of Education', '2.D.1\tRequired Education');
		expect(edited).not.toBe(model);
		await expectIngestErrorAsync(() => ingestOnet({ 'Content Model Reference': edited }), {
			file: onetFile('Education, Training, and Experience'),
			row: 2,
			column: 'Element Name',
			problem: 'element 2.D.1 is "Required Education" in onet/Content Model Reference.txt, here "Required Level of Education"'
		});
	});

	it('an interest element under another name', async () => {
		await broken('Interests', (t) => setCell(t, 2, 'Element Name', 'Practical'), {
			row: 2,
			column: 'Element Name',
			problem: 'element 1.B.1.a should be "Realistic", got "Practical"'
		});
	});

	it('a score outside its scale (Scales Reference: OI runs 1 to 7)', async () => {
		await broken('Interests', (t) => setCell(t, 2, 'Data Value', '7.50'), {
			row: 2,
			column: 'Data Value',
			problem: '7.5 is outside scale OI (Occupational Interests: 1 to 7)'
		});
	});

	it('a scale Scales Reference no longer has', async () => {
		const scales = await readOnet('Scales Reference');
		await expectIngestErrorAsync(() => ingestOnet({ 'Scales Reference': scales.replace(/OJ\tOn-The-Job[^\r]*\r\n/, '') }), {
			file: onetFile('Scales Reference'),
			column: 'Scale ID',
			problem: 'no scale OJ, which the O*NET tables use'
		});
	});

	it('an unknown scale in Education, Training, and Experience', async () => {
		await broken('Education, Training, and Experience', (t) => setCell(t, 2, 'Scale ID', 'RX'), {
			row: 2,
			column: 'Scale ID',
			problem: 'expected a scale ID of RL, RW, PT, OJ, IM, got "RX"'
		});
	});
});

describe('Read Me', () => {
	it("names the release, or the file is not O*NET's", () => {
		expect(parseOnetReadMe('O*NET 29.2 Database\nFebruary 2025 Release\n', 'onet/Read Me.txt')).toMatchObject({
			version: 'O*NET 29.2',
			month: 'February 2025'
		});
		expectIngestError(() => parseOnetReadMe('Read me first!\n', 'onet/Read Me.txt'), {
			file: 'onet/Read Me.txt',
			row: 1,
			problem: 'expected the O*NET Read Me'
		});
		expectIngestError(() => parseOnetReadMe('O*NET 29.2 Database\nsoon\n', 'onet/Read Me.txt'), {
			file: 'onet/Read Me.txt',
			row: 2,
			problem: 'expected a line like "February 2025 Release"'
		});
	});
});
