/**
 * BEA SARPP fixture (tests/fixtures/ingest/bea-rpp: the real file cut down to the U.S., California,
 * Mississippi, New York and Texas, bytes as BEA writes them) and edits for the broken-input tests.
 * No header or data field holds a comma, so those lines are split on commas; the four note lines
 * at the end are left alone.
 */
import { readFile } from 'node:fs/promises';
import { fixture } from './ingest';

export const beaFixture = () => readFile(fixture('bea-rpp', 'SARPP_STATE_2008_2024.csv'), 'utf8');

function mapFields(text: string, edit: (fields: string[], line: number) => string[]): string {
	return text
		.split('\r\n')
		.map((l, i) => {
			// Notes are one quoted field (some with commas inside): only the header and data lines are edited.
			if (l.startsWith('"') || l === '') return l;
			return edit(l.split(','), i + 1).join(',');
		})
		.join('\r\n');
}

/** Appends a year column, header `year`, every value `value`. */
export const addYearColumn = (text: string, year: number, value = '101.500') => mapFields(text, (f, line) => [...f, line === 1 ? String(year) : value]);

export function removeColumn(text: string, name: string): string {
	const i = text.split('\r\n')[0]!.split(',').indexOf(name);
	if (i < 0) throw new Error(`no column ${name}`);
	return mapFields(text, (f) => f.filter((_, j) => j !== i));
}

/** Sets field `name` on physical line `line` (1 = header), written as given (quotes included). */
export function setField(text: string, line: number, name: string, value: string): string {
	const i = text.split('\r\n')[0]!.split(',').indexOf(name);
	if (i < 0) throw new Error(`no column ${name}`);
	return mapFields(text, (f, l) => (l === line ? f.map((x, j) => (j === i ? value : x)) : f));
}
