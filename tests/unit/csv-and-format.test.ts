import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/ingest/csv';
import { BOM, csvCell, csvFileName, toCsv, withProvenance } from '$lib/csv';
import { count, countShort, dollars, dollarsShort, hourly, MINUS, percent, percentChange, ratio, signedCount } from '$lib/format';
import { csvColumns, type Column } from '$lib/table-columns';

describe('CSV downloads', () => {
	test('RFC 4180 quoting round-trips commas, quotes, newlines and non-ASCII', () => {
		const rows = [
			{ t: 'Computer Occupations, All Other', n: 1 },
			{ t: 'He said "hi"\nthen left', n: -0.7 },
			{ t: 'Économiste · 経済', n: 0 }
		];
		const csv = toCsv(
			[
				{ key: 't', value: (r: (typeof rows)[0]) => r.t },
				{ key: 'n', value: (r) => r.n }
			],
			rows
		);
		const back = parseCsv(csv, 'x.csv').map((r) => r.fields);
		expect(back).toEqual([
			['t', 'n'],
			['Computer Occupations, All Other', '1'],
			['He said "hi"\nthen left', '-0.7'],
			['Économiste · 経済', '0']
		]);
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
		const csv = toCsv(csvColumns(cols), [
			{ v: 239200, f: 'topcoded' },
			{ v: null, f: 'suppressed' },
			{ v: 104620, f: 'published' }
		]);
		expect(csv).toBe(`${BOM}a_median,a_median_flag\r\n239200,topcoded\r\n,suppressed\r\n104620,published\r\n`);
	});
	test('every file starts with a UTF-8 byte-order mark, so Excel reads “–” and “≥” as written', () => {
		const csv = toCsv([{ key: 'release', value: (r: { r: string }) => r.r }], [{ r: 'EP 2024–34' }]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.slice(1)).toBe('release\r\nEP 2024–34\r\n');
	});
	test('release and source are columns on every row, per row where rows mix releases', () => {
		type R = { year: number; v: number };
		const cols = withProvenance<R>(
			[
				{ key: 'year', value: (r) => r.year },
				{ key: 'a_median', value: (r) => r.v }
			],
			{
				release: (r) => `OEWS May ${r.year}`,
				source: 'BLS OEWS, national_M2024_dl.xlsx'
			}
		);
		const back = parseCsv(
			toCsv(cols, [
				{ year: 2014, v: 127640 },
				{ year: 2025, v: 175140 }
			]),
			'x.csv'
		).map((r) => r.fields);
		expect(back).toEqual([
			['year', 'a_median', 'release', 'source'],
			['2014', '127640', 'OEWS May 2014', 'BLS OEWS, national_M2024_dl.xlsx'],
			['2025', '175140', 'OEWS May 2025', 'BLS OEWS, national_M2024_dl.xlsx']
		]);
		const fixed = withProvenance([{ key: 'n', value: () => 1 }], { release: 'EP 2024–34', source: 's' });
		expect(fixed.map((c) => [c.key, c.value({})])).toEqual([
			['n', 1],
			['release', 'EP 2024–34'],
			['source', 's']
		]);
	});
	test('a table column named release or source is refused, not silently duplicated', () => {
		expect(() => withProvenance([{ key: 'release', value: () => 'x' }], { release: 'y', source: 'z' })).toThrow(/clashes/);
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
	test('negative numbers carry the minus sign U+2212, never a hyphen', () => {
		expect(MINUS).toBe('\u2212');
		expect(percentChange(-0.7)).toBe('\u22120.7%');
		expect(percentChange(-0.04)).toBe('0.0%');
		expect(dollars(-4830)).toBe('−$4,830');
		expect(count(-400)).toBe('−400');
		expect(signedCount(-400)).toBe('−400');
		expect(signedCount(255300)).toBe('+255,300');
		expect(signedCount(0)).toBe('0');
		expect(ratio(-0.25)).toBe('−0.25');
		expect(dollarsShort(-5000)).toBe('−$5K');
		expect(countShort(-1_500_000)).toBe('−1.5M');
		expect(percent(-5)).toBe('−5%');
		expect(percent(2.5)).toBe('2.5%');
		expect(count(-0.2)).toBe('0');
		for (const s of [dollars(-1), count(-1), ratio(-1), hourly(-1), dollarsShort(-1), countShort(-1), percent(-1), percentChange(-1)])
			expect(s).not.toMatch(/-/);
	});
});
