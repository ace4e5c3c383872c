/**
 * What every O*NET 29.2 text file shares: the file names the ingest knows, cells (O*NET-SOC codes,
 * Y/N, n/a, MM/YYYY dates) and one parse step: header on line 1, columns by name (a missing,
 * renamed or new column stops the ingest), every row through zod, duplicate keys rejected.
 */
import { z } from 'zod';
import { numberCell } from '../cells';
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

const trimmed = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

export const onetCodeCell = z.preprocess(trimmed, z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'expected an O*NET-SOC code like 15-1252.00'));

/** 15-1299.08 → 15-1299: an O*NET occupation belongs to the SOC code it extends. */
export const socOf = (onetCode: string) => onetCode.slice(0, 7);

export const yesNo = z.preprocess(trimmed, z.enum(['Y', 'N'], { message: 'expected Y or N' })).transform((v) => v === 'Y');

/** O*NET writes `n/a` where a value does not exist. */
export const orNa = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (trimmed(v) === 'n/a' ? null : v), schema.nullable());

export const intCell = numberCell.pipe(z.number().int('expected a whole number'));

/** `08/2023` → `2023-08`. */
export const monthCell = z
	.preprocess(trimmed, z.string().regex(/^(0[1-9]|1[0-2])\/\d{4}$/, 'expected a month like 08/2023'))
	.transform((s) => `${s.slice(3)}-${s.slice(0, 2)}`);

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
