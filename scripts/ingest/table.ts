/**
 * A source file as rows of cells, whether it came from a CSV or a workbook, plus the header
 * matching and row parsing shared by every source: columns are found by name (BLS renames and
 * re-cases them between releases), unknown columns stop the ingest (a changed layout must be
 * noticed), and each row goes through one zod object schema whose failures name row and column.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type Cell } from './cells';
import { parseCsv } from './csv';
import { IngestError, shown } from './errors';
import { loadWorkbookSheets } from './workbook';

export interface RawRow {
	row: number;
	cells: Cell[];
}

export interface RawTable {
	file: string;
	sheet?: string;
	/** CSV rows always have every field; workbook rows omit trailing empty cells. */
	kind: 'csv' | 'xlsx';
	rows: RawRow[];
}

/** Decodes UTF-8 strictly: a file in another encoding is an error, not mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
	if (bytes.includes(0)) throw new IngestError(file, 'the file is binary (it contains NUL bytes), expected text');
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		const at = loose.indexOf('\uFFFD');
		const line = loose.slice(0, at).split('\n').length;
		throw new IngestError(file, `the file is not UTF-8 text (an invalid byte sequence; re-save it as UTF-8)`, { row: line });
	}
}

export async function readCsvTable(path: string, file: string, delimiter = ','): Promise<RawTable> {
	const text = decodeUtf8(new Uint8Array(await readFile(path)), file);
	return { file, kind: 'csv', rows: parseCsv(text, file, delimiter).map((r) => ({ row: r.line, cells: r.fields })) };
}

export interface Workbook {
	file: string;
	sheetNames: string[];
	sheet(nameOrIndex: string | number): RawTable;
}

/** Reads a workbook and gives its sheets by name or index. */
export async function readWorkbook(path: string, file: string): Promise<Workbook> {
	const { sheetNames, sheets } = await loadWorkbookSheets(path, file);
	return {
		file,
		sheetNames,
		sheet(nameOrIndex) {
			const i = typeof nameOrIndex === 'number' ? nameOrIndex : sheetNames.indexOf(nameOrIndex);
			const t = sheets[i];
			if (!t) throw new IngestError(file, `the workbook has no sheet ${JSON.stringify(nameOrIndex)}`);
			return t;
		}
	};
}

export interface ColumnSpec {
	/** Key in the parsed row. */
	key: string;
	/** Header names it may appear under, compared case-insensitively, or a pattern. */
	header: string | RegExp;
	schema: z.ZodType;
	/** Absent in some releases. */
	optional?: boolean;
}

export interface ResolvedColumns {
	headerRow: number;
	headerWidth: number;
	index: Map<string, number>;
	names: Map<string, string>;
	/** Capture groups of pattern headers, e.g. the years in "Employment 2024". */
	captures: Map<string, RegExpMatchArray>;
}

const norm = (s: Cell) =>
	String(s ?? '')
		.trim()
		.replace(/\s+/g, ' ');

export function resolveColumns(table: RawTable, headerAt: RawRow, specs: ColumnSpec[], what: string): ResolvedColumns {
	const header = headerAt.cells.map(norm);
	const index = new Map<string, number>();
	const names = new Map<string, string>();
	const captures = new Map<string, RegExpMatchArray>();
	const claimed = new Set<number>();
	for (const spec of specs) {
		const i = header.findIndex((h, j) => {
			if (claimed.has(j)) return false;
			if (typeof spec.header === 'string') return h.toLowerCase() === spec.header.toLowerCase();
			return spec.header.test(h);
		});
		if (i < 0) {
			if (spec.optional) continue;
			const expected = typeof spec.header === 'string' ? `"${spec.header}"` : `one matching ${spec.header}`;
			throw new IngestError(table.file, `missing column ${expected} for ${what}; the header has: ${header.filter(Boolean).join(' | ')}`, {
				row: headerAt.row,
				column: typeof spec.header === 'string' ? spec.header : spec.header.source.replace(/^\^|\$$/g, '')
			});
		}
		claimed.add(i);
		index.set(spec.key, i);
		names.set(spec.key, header[i]!);
		if (typeof spec.header !== 'string') captures.set(spec.key, header[i]!.match(spec.header)!);
	}
	header.forEach((h, j) => {
		if (h && !claimed.has(j))
			throw new IngestError(
				table.file,
				`unexpected column "${h}": the layout of ${what} has changed; known columns are handled, new ones must be added to the ingest`,
				{
					row: headerAt.row,
					column: h
				}
			);
	});
	return { headerRow: headerAt.row, headerWidth: headerAt.cells.length, index, names, captures };
}

/** Finds the header row among the first rows: the first whose cells include all of `mustHave`. */
export function findHeaderRow(table: RawTable, mustHave: RegExp[], what: string, within = 20): RawRow {
	for (const r of table.rows.slice(0, within)) {
		const cells = r.cells.map(norm);
		if (mustHave.every((re) => cells.some((c) => re.test(c)))) return r;
	}
	const first = table.rows[0]?.cells.map(norm).filter(Boolean).join(' | ') ?? '(no rows)';
	throw new IngestError(
		table.file,
		`this does not look like ${what}: no header row with ${mustHave.map(String).join(', ')} in the first ${within} rows (first row: ${first.slice(0, 200)})`,
		{
			row: table.rows[0]?.row ?? 1
		}
	);
}

/** Parses every row after the header through one zod object built from the column specs. */
export function parseRows<T>(table: RawTable, cols: ResolvedColumns, specs: ColumnSpec[]): { row: number; value: T }[] {
	const shape = Object.fromEntries(specs.filter((s) => cols.index.has(s.key)).map((s) => [s.key, s.schema]));
	const rowSchema = z.object(shape);
	const headerWidth = cols.headerWidth;
	const out: { row: number; value: T }[] = [];
	for (const r of table.rows) {
		if (r.row <= cols.headerRow) continue;
		if (r.cells.every((c) => norm(c) === '')) continue;
		if (table.kind === 'csv' && r.cells.length !== headerWidth) {
			// Name the first missing column, or the first extra field.
			const key = [...cols.index].find(([, i]) => i === r.cells.length)?.[0];
			const column = (key && cols.names.get(key)) || `field ${Math.min(r.cells.length, headerWidth) + 1}`;
			throw new IngestError(table.file, `the row has ${r.cells.length} fields, the header has ${headerWidth} (truncated or shifted row)`, {
				row: r.row,
				column
			});
		}
		const obj: Record<string, Cell> = {};
		for (const [key, i] of cols.index) obj[key] = r.cells[i] ?? null;
		const parsed = rowSchema.safeParse(obj);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const key = String(issue.path[0] ?? '');
			throw new IngestError(table.file, `${issue.message}, got ${shown(obj[key])}`, { row: r.row, column: cols.names.get(key) ?? key });
		}
		out.push({ row: r.row, value: parsed.data as T });
	}
	return out;
}
