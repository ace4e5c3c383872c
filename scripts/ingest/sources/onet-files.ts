/**
 * What every O*NET 29.2 text file shares: the file names the ingest knows, cells (O*NET-SOC codes,
 * Y/N, n/a, MM/YYYY dates) and one parse step: header on line 1, columns by name (a missing,
 * renamed or new column stops the ingest), every row through zod, duplicate keys rejected.
 */
import { z } from 'zod';
import { IngestError } from '../errors';
import { parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

/** The O*NET files the ingest reads, by their names in the O*NET text download (without .txt). */
export const onetFileNames = [
	'Read Me',
	'Occupation Data',
	'Job Zones',
	'Job Zone Reference',
	'Technology Skills',
	'Related Occupations',
	'Task Statements',
	'Education, Training, and Experience',
	'Education, Training, and Experience Categories',
	'Alternate Titles',
	'Sample of Reported Titles',
	'Interests',
	'Scales Reference',
	'Content Model Reference'
] as const;
export type OnetFileName = (typeof onetFileNames)[number];

const BAD = Symbol('bad cell');
type Parse<T> = (s: string) => T | typeof BAD;

/**
 * A cell schema from a parse function: one zod step per cell rather than a preprocess-and-pipe
 * chain, because O*NET has some 170,000 rows (this halves their parse time).
 */
export function cell<T>(parse: Parse<T>, message: string) {
	return z.unknown().transform((v, ctx): T => {
		const r = parse(v === null || v === undefined ? '' : String(v).trim());
		if (r === BAD) {
			ctx.addIssue({ code: 'custom', message });
			return z.NEVER;
		}
		return r;
	});
}

/** O*NET writes `n/a` where a value does not exist. */
export const naOr =
	<T>(parse: Parse<T>): Parse<T | null> =>
	(s) =>
		s === 'n/a' ? null : parse(s);

const codeRe = /^\d{2}-\d{4}\.\d{2}$/;
const numberRe = /^-?\d+(\.\d+)?$/;
const intRe = /^-?\d+$/;
const monthRe = /^(0[1-9]|1[0-2])\/\d{4}$/;

export const parseText: Parse<string> = (s) => s || BAD;
export const parseMatching =
	(re: RegExp): Parse<string> =>
	(s) =>
		re.test(s) ? s : BAD;
export const parseNumber: Parse<number> = (s) => (numberRe.test(s) ? Number(s) : BAD);
export const parseInt_: Parse<number> = (s) => (intRe.test(s) ? Number(s) : BAD);
export const parseYesNo: Parse<boolean> = (s) => (s === 'Y' ? true : s === 'N' ? false : BAD);
/** A whole number from `min` to `max`. */
export const parseIntIn =
	(min: number, max = Infinity): Parse<number> =>
	(s) => {
		const n = parseInt_(s);
		return n !== BAD && n >= min && n <= max ? n : BAD;
	};
/** One of `values`, mapped. */
export const parseOneOf =
	<T>(values: Record<string, T>): Parse<T> =>
	(s) =>
		Object.hasOwn(values, s) ? values[s]! : BAD;

export const onetCodeCell = cell((s) => (codeRe.test(s) ? s : BAD), 'expected an O*NET-SOC code like 15-1252.00');
export const textCell = cell(parseText, 'expected text, got an empty cell');
export const numCell = cell(parseNumber, 'expected a number');
export const intCell = cell(parseInt_, 'expected a whole number');
export const yesNo = cell(parseYesNo, 'expected Y or N');
/** `08/2023` → `2023-08`. */
export const monthCell = cell((s) => (monthRe.test(s) ? `${s.slice(3)}-${s.slice(0, 2)}` : BAD), 'expected a month like 08/2023');

/** 15-1299.08 → 15-1299: an O*NET occupation belongs to the SOC code it extends. */
export const socOf = (onetCode: string) => onetCode.slice(0, 7);

export interface Parsed<T> {
	row: number;
	value: T;
}

/** Parses an O*NET file whose header is its first line. */
export function parseOnetTable<T>(table: RawTable, specs: ColumnSpec[], what: string): Parsed<T>[] {
	const header = table.rows[0];
	if (!header) throw new IngestError(table.file, 'the file is empty');
	const cols = resolveColumns(table, header, specs, what);
	const rows = parseRows<T>(table, cols, specs);
	if (rows.length === 0) throw new IngestError(table.file, `no rows below the header: expected ${what}`, { row: header.row });
	return rows;
}

/** Stops at the second row with the same key, naming both rows. */
export function rejectDuplicates<T>(table: RawTable, rows: Parsed<T>[], key: (r: T) => string, column: string, what: string) {
	const seen = new Map<string, number>();
	for (const { row, value } of rows) {
		const k = key(value);
		const first = seen.get(k);
		if (first !== undefined) throw new IngestError(table.file, `duplicate ${what} ${k} (first on row ${first})`, { row, column });
		seen.set(k, row);
	}
}

/** O*NET's standard code column. */
export const codeColumn: ColumnSpec = { key: 'code', header: 'O*NET-SOC Code', schema: onetCodeCell };
