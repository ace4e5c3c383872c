import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/ingest/csv';
import { csvCell, csvFileName, toCsv } from '$lib/csv';
import { count, dollars, hourly, percentChange } from '$lib/format';
import { csvColumns, type Column } from '$lib/table-columns';

describe('CSV downloads', () => {
	test('RFC 4180 quoting round-trips commas, quotes, newlines and non-ASCII', () => {
		const rows = [{ t: 'Computer Occupations, All Other', n: 1 }, { t: 'He said "hi"\nthen left', n: -0.7 }, { t: 'Économiste · 経済', n: 0 }];
		const csv = toCsv([{ key: 't', value: (r: (typeof rows)[0]) => r.t }, { key: 'n', value: (r) => r.n }], rows);
		const back = parseCsv(csv, 'x.csv').map((r) => r.fields);
		expect(back).toEqual([['t', 'n'], ['Computer Occupations, All Other', '1'], ['He said "hi"\nthen left', '-0.7'], ['Économiste · 経済', '0']]);
	});
	test('formula prefixes are neutralised in text, numbers stay numbers', () => {
		expect(csvCell('=1+2')).toBe("'=1+2");
		expect(csvCell('+cmd')).toBe("'+cmd");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('-5 text')).toBe("'-5 text");
		expect(csvCell(-0.7)).toBe('-0.7');
		expect(csvCell(null)).toBe('');
	});
	test('a flagged column downloads as value and flag, suppressed as an empty value', () => {
		type R = { v: number | null; f: string };
		const cols: Column<R>[] = [{ key: 'a_median', label: 'Median', value: (r) => r.v, flag: (r) => r.f }];
		const csv = toCsv(csvColumns(cols), [{ v: 239200, f: 'topcoded' }, { v: null, f: 'suppressed' }, { v: 104620, f: 'published' }]);
		expect(csv).toBe('a_median,a_median_flag\r\n239200,topcoded\r\n,suppressed\r\n104620,published\r\n');
	});
	test('file names say the view and releases', () => {
		expect(csvFileName('explorer', ['track-IT', null, 'oews-may2025', 'ep2024–34'])).toBe('explorer_track-it_oews-may2025_ep2024-34.csv');
	});
});

describe('formatting for people', () => {
	test('published, top-coded and suppressed values', () => {
		expect(dollars(171200)).toBe('$171,200');
		expect(dollars(239200, 'topcoded')).toBe('≥ $239,200');
		expect(dollars(null, 'suppressed')).toBe('not published');
		expect(dollars(0, 'published')).toBe('$0');
		expect(count(645970)).toBe('645,970');
		expect(count(null, 'suppressed')).toBe('not published');
		expect(hourly(82.31)).toBe('$82.31');
		expect(percentChange(15.2)).toBe('+15.2%');
		expect(percentChange(-0.7)).toBe('−0.7%');
	});
});
