/**
 * BEA regional price parities by state (SARPP_STATE_2008_2024.csv layout): its quirks, a new year
 * column read without a code change, and broken inputs naming file, row and column.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTableRows } from '../../../scripts/ingest/contract';
import { dropSpaceBeforeQuotes, parseBeaRpp, readBeaTable } from '../../../scripts/ingest/sources/bea-rpp';
import { addYearColumn, beaFixture, removeColumn, setField } from '../../helpers/bea-rpp';
import { expectIngestErrorAsync, removeTempDirs, tempDir } from '../../helpers/ingest';

const dir = await tempDir('bea-');
afterAll(removeTempDirs);

const file = 'bea-rpp/SARPP_STATE_2008_2024.csv';
let n = 0;
/** Writes the text and reads it back as the ingest does. */
async function parse(text: string, name = file) {
	const path = join(dir, `${n++}.csv`);
	await writeFile(path, text);
	return parseBeaRpp(await readBeaTable(path, name));
}
const raw = await beaFixture();
// Lines: header 1; lines 1–5 of the U.S., CA, MS, NY, TX on 2–26 (all items 2–6); notes 27–30.

describe('BEA SARPP by state', async () => {
	const r = await parse(raw);
	const rpp = (state: string | null, year: number, line = 'all_items') => r.rows.find((x) => x.state === state && x.year === year && x.line === line);

	it('is written as BEA writes it', () => {
		expect(raw.split('\r\n')[1]).toMatch(/^ "00000","United States", ,SARPP,1,"\.\.\.","RPPs: All items ","Index",100\.000,/);
		expect(raw).toContain(',"..."," RPPs: Services: Other ","Index",');
		expect(raw.split('\r\n').slice(-5, -1)[2]).toBe('"Last updated: February 19, 2026-- new statistics for 2024; revised statistics for 2008-2023."');
	});

	it('California, all items, 2024: 110.720', () => {
		expect(rpp('CA', 2024)).toEqual({ area_fips: '06000', state: 'CA', area_title: 'California', year: 2024, line: 'all_items', rpp: 110.72 });
	});

	it('the U.S. is 100 with a null state; descriptions are read without their spaces', () => {
		expect(rpp(null, 2016)).toMatchObject({ area_fips: '00000', area_title: 'United States', rpp: 100 });
		expect(rpp('CA', 2008, 'housing')!.rpp).toBe(161.361);
		expect(rpp('MS', 2008, 'other_services')!.rpp).toBe(96.576);
		expect(new Set(r.rows.map((x) => x.line))).toEqual(new Set(['all_items', 'goods', 'housing', 'utilities', 'other_services']));
	});

	it('reads every year column, stops at the notes, and keeps the "Last updated" date', () => {
		expect(r.years).toEqual(Array.from({ length: 17 }, (_, i) => 2008 + i));
		expect(r.rows).toHaveLength(5 * 5 * 17);
		expect([r.read, r.updated, r.warnings]).toEqual([25, 'February 19, 2026', []]);
		checkTableRows('price_parities', r.rows);
	});

	it('a new year column is read without a code change', async () => {
		const next = await parse(addYearColumn(raw, 2025), 'bea-rpp/SARPP_STATE_2008_2025.csv');
		expect(next.years.at(-1)).toBe(2025);
		expect(next.rows.find((x) => x.state === 'TX' && x.year === 2025 && x.line === 'goods')!.rpp).toBe(101.5);
		expect(next.warnings).toEqual([]);
		// Under the old name it is read as well, with a warning.
		expect((await parse(addYearColumn(raw, 2025))).warnings).toEqual(["year columns 2025 beyond the file name's 2008-2024, read as well"]);
	});

	it('drops only the spaces before an opening quote', () => {
		expect(dropSpaceBeforeQuotes(' "06000","California", ,SARPP," RPPs: ""a, b"" "\r\n')).toBe('"06000","California", ,SARPP," RPPs: ""a, b"" "\r\n');
	});
});

describe('broken BEA files', () => {
	it('a removed column, named', async () => {
		await expectIngestErrorAsync(() => parse(removeColumn(raw, 'Unit')), {
			file,
			row: 1,
			column: 'Unit',
			problem: 'missing column "Unit" for a BEA regional price parities table (SARPP)'
		});
	});

	it('a removed year column, named', async () => {
		await expectIngestErrorAsync(() => parse(removeColumn(raw, '2015')), {
			file,
			row: 1,
			column: '2015',
			problem: 'missing column "2015": the years run 2008-2024 (from the file name)'
		});
		await expectIngestErrorAsync(() => parse(removeColumn(raw, '2024')), { file, row: 1, column: '2024', problem: 'missing column "2024"' });
	});

	it('a renamed header', async () => {
		await expectIngestErrorAsync(() => parse(raw.replace('LineCode', 'Line')), { file, row: 1, column: 'LineCode', problem: 'missing column "LineCode"' });
	});

	it('text in a number', async () => {
		await expectIngestErrorAsync(() => parse(setField(raw, 3, '2024', '(NA)')), { file, row: 3, column: '2024', problem: 'expected a number, got "(NA)"' });
	});

	it('a truncated file', async () => {
		await expectIngestErrorAsync(() => parse(raw.slice(0, raw.indexOf('"Texas",6,SARPP,5') + 5)), {
			file,
			row: 26,
			column: 'GeoName',
			problem: 'the file ends inside a quoted field (truncated?)'
		});
		const cutAtField = raw.slice(0, raw.indexOf('"Texas",6,SARPP,5') + 7);
		await expectIngestErrorAsync(() => parse(cutAtField), { file, row: 26, column: 'Region', problem: 'the row has 2 fields, the header has 25' });
		const noNotes = raw.slice(0, raw.indexOf('"Note:'));
		await expectIngestErrorAsync(() => parse(noNotes), { file, row: 27, problem: 'the file does not end with BEA\'s notes ("Last updated: ..."): truncated?' });
	});

	it('a duplicated key', async () => {
		const lines = raw.split('\r\n');
		const dup = [...lines.slice(0, 4), lines[2], ...lines.slice(4)].join('\r\n');
		await expectIngestErrorAsync(() => parse(dup), {
			file,
			row: 5,
			column: 'LineCode',
			problem: 'duplicate row for California (06000 line 1; first on row 3)'
		});
	});

	it('a description that does not match its line code', async () => {
		await expectIngestErrorAsync(() => parse(setField(raw, 7, 'LineCode', '3')), {
			file,
			row: 7,
			column: 'Description',
			problem: 'line 3 should be "RPPs: Services: Housing", got "RPPs: Goods"'
		});
	});

	it('an area that is not a state', async () => {
		await expectIngestErrorAsync(() => parse(setField(raw, 4, 'GeoFIPS', ' "72000"')), {
			file,
			row: 4,
			column: 'GeoFIPS',
			problem: 'GeoFIPS 72000 is not the U.S. (00000), a state or DC'
		});
	});

	it('an area missing a line', async () => {
		const lines = raw.split('\r\n');
		await expectIngestErrorAsync(() => parse([...lines.slice(0, 25), ...lines.slice(26)].join('\r\n')), {
			file,
			column: 'LineCode',
			problem: 'Texas (48000) has no line 5 (RPPs: Services: Other)'
		});
	});
});
