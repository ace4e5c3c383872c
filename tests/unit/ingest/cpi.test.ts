import { afterAll, describe, expect, it } from 'vitest';
import { CPI_SERIES, parseCpi } from '../../../scripts/ingest/sources/cpi-u';
import { csvTableFromBytes, expectIngestErrorAsync, readFixture, removeTempDirs } from '../../helpers/ingest';

afterAll(removeTempDirs);

const file = 'cpi/cu.data.1.AllItems';
const parse = async (text: string) => parseCpi(await csvTableFromBytes(text, file, '\t'));
const raw = await readFixture('cpi', 'cu.data.1.AllItems');
const edit = (line: number, from: string | RegExp, to: string) =>
	raw
		.split('\n')
		.map((l, i) => (i === line - 1 ? l.replace(from, to) : l))
		.join('\n');
// Fixture lines: header 1, CUSR 2–3, CUUR 1913 M01 on 4, CUUR 2024 M01–M13 on 5–17, CUUR 2025 M01–M05 on 18–22, others after.

describe('CPI flat file (tab separated, BLS padding)', () => {
	it('is padded as BLS pads it', () => {
		expect(raw.split('\n')[0]).toBe('series_id        \tyear\tperiod\t       value\tfootnote_codes');
		expect(raw).toContain('CUUR0000SA0      \t2024\tM05\t     314.069\t\n');
	});

	it('keeps the CPI-U U.S. city average annual average (M13) and May value of each year', async () => {
		expect(await parse(raw)).toEqual([
			{ year: 2024, annual_avg: 313.689, may_value: 314.069 },
			{ year: 2025, annual_avg: null, may_value: 321.465 }
		]);
		expect(CPI_SERIES).toBe('CUUR0000SA0');
	});

	it('reads CRLF the same', async () => {
		expect(await parse(raw.replace(/\n/g, '\r\n'))).toEqual(await parse(raw));
	});

	it('rejects an unknown period', async () => {
		await expectIngestErrorAsync(() => parse(edit(9, '\tM05\t', '\tM14\t')), {
			file,
			row: 9,
			column: 'period',
			problem: 'expected a period like M05, M13 or S01, got "M14"'
		});
	});

	it('rejects a value that is not a number', async () => {
		await expectIngestErrorAsync(() => parse(edit(17, '313.689', '313,689.0.')), { file, row: 17, column: 'value', problem: 'got "     313,689.0."' });
	});

	it('rejects a duplicate month', async () => {
		const lines = raw.split('\n');
		const text = [...lines.slice(0, 10), lines[8]!, ...lines.slice(10)].join('\n');
		await expectIngestErrorAsync(() => parse(text), { file, row: 11, column: 'period', problem: 'duplicate CUUR0000SA0 value for 2024 M05' });
	});

	it('rejects a comma-separated copy (a missing column)', async () => {
		const csv = raw.replace(/\t/g, ',').replace(/ +/g, '');
		await expectIngestErrorAsync(() => parse(csv), { file, row: 1, column: 'series_id', problem: 'missing column "series_id" for a BLS CPI time-series file' });
	});

	it('rejects a new column', async () => {
		const text = raw
			.split('\n')
			.map((l, i) => (l === '' ? l : `${l}\t${i === 0 ? 'base_period' : '1982-84=100'}`))
			.join('\n');
		await expectIngestErrorAsync(() => parse(text), { file, row: 1, column: 'base_period', problem: 'unexpected column "base_period"' });
	});

	it('rejects a file without the all-items CPI-U series', async () => {
		const text = raw
			.split('\n')
			.filter((l) => !l.startsWith(CPI_SERIES))
			.join('\n');
		await expectIngestErrorAsync(() => parse(text), { file, problem: 'no CUUR0000SA0 rows' });
	});
});
