import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/ingest/csv';
import { expectIngestError } from '../../helpers/ingest';

const fields = (text: string, delimiter = ',') => parseCsv(text, 'f.csv', delimiter).map((r) => r.fields);
const lines = (text: string) => parseCsv(text, 'f.csv').map((r) => r.line);

describe('parseCsv (RFC 4180)', () => {
	it('splits plain records on LF and CRLF alike', () => {
		expect(fields('a,b,c\n1,2,3\n')).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3']
		]);
		expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual(fields('a,b,c\n1,2,3\n'));
	});

	it('reads the last record without a final line break', () => {
		expect(fields('a,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
		expect(fields('"Some college, no degree","say ""hi""","two\nlines","crlf\r\ninside"\n')).toEqual([
			['Some college, no degree', 'say "hi"', 'two\nlines', 'crlf\r\ninside']
		]);
	});

	it('reads the EP formula escape "=""11-3021""" as =“11-3021”', () => {
		expect(fields('"=""11-3021""",11-3021\n')).toEqual([['="11-3021"', '11-3021']]);
	});

	it('keeps empty fields, including a trailing one and an empty quoted one', () => {
		expect(fields('a,,c,\n"",x,,\n')).toEqual([
			['a', '', 'c', ''],
			['', 'x', '', '']
		]);
	});

	it('drops a leading byte-order mark', () => {
		expect(fields('\uFEFFseries_id,year\nX,2024\n')[0]).toEqual(['series_id', 'year']);
	});

	it('skips blank lines but counts them', () => {
		const text = 'a,b\n\n1,2\r\n\r\n3,4\n';
		expect(fields(text)).toEqual([
			['a', 'b'],
			['1', '2'],
			['3', '4']
		]);
		expect(lines(text)).toEqual([1, 3, 5]);
	});

	it('numbers each record by the physical line it starts on, also after quoted line breaks', () => {
		const text = 'h1,h2\r\n"multi\r\nline\r\nfield",x\r\nnext,y\r\n"a\nb",z\nlast,w';
		expect(lines(text)).toEqual([1, 2, 5, 6, 8]);
	});

	it('splits on another delimiter (CPI flat files are tab separated)', () => {
		expect(fields('series_id        \tyear\tperiod\t       value\tfootnote_codes\nCUUR0000SA0      \t2024\tM05\t     314.069\t\n', '\t')).toEqual([
			['series_id        ', 'year', 'period', '       value', 'footnote_codes'],
			['CUUR0000SA0      ', '2024', 'M05', '     314.069', '']
		]);
	});

	it('rejects a file cut inside a quoted field, naming the row it starts on and its column', () => {
		const text = '"Occupation Title","Occupation Code"\n"Actors","=""27-2011"""\n"Actuaries    * Actuarial Associate* Actu';
		expectIngestError(() => parseCsv(text, 'ep/ep_2023_2033.csv'), {
			file: 'ep/ep_2023_2033.csv',
			row: 3,
			column: 'Occupation Title',
			problem: 'the file ends inside a quoted field (truncated?)'
		});
	});

	it('names the column of a truncated quoted field further along the row', () => {
		const text = 'a,b,c\r\n1,2,3\r\n4,"5\r\n';
		expectIngestError(() => parseCsv(text, 'x.csv'), { file: 'x.csv', row: 3, column: 'b', problem: 'ends inside a quoted field' });
	});

	it('rejects a quote inside an unquoted field with its row and column', () => {
		expectIngestError(() => parseCsv('a,b\n1,2\n3,4"5\n', 'x.csv'), { file: 'x.csv', row: 3, column: 'b', problem: 'a quote inside an unquoted field' });
	});
});
