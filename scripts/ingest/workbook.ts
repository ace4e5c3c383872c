/**
 * Reading .xlsx workbooks, the slowest part of the ingest (unzip + XML). Worker threads were
 * measured and did not help on two cores (their start-up cost what they saved), so it is inline.
 */
import ExcelJS from 'exceljs';
import type { Cell } from './cells';
import { IngestError } from './errors';
import type { RawRow, RawTable } from './table';

export interface WorkbookSheets {
	sheetNames: string[];
	sheets: RawTable[];
}

function cellValue(v: ExcelJS.CellValue): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
	if ('text' in v) return String(v.text);
	if ('error' in v) return String(v.error);
	return String(v);
}

/** Every sheet of a workbook as rows of plain cells. */
export async function loadWorkbookSheets(path: string, file: string): Promise<WorkbookSheets> {
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.readFile(path);
	} catch (e) {
		throw new IngestError(file, `not a readable .xlsx workbook (truncated, or not an Excel file): ${(e as Error).message}`);
	}
	if (wb.worksheets.length === 0) throw new IngestError(file, 'the workbook has no sheets');
	const sheets = wb.worksheets.map((ws): RawTable => {
		const rows: RawRow[] = [];
		ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
			const values = r.values as ExcelJS.CellValue[];
			const cells: Cell[] = [];
			for (let c = 1; c < values.length; c++) cells.push(cellValue(values[c]));
			rows.push({ row: rowNumber, cells });
		});
		return { file, sheet: ws.name, kind: 'xlsx', rows };
	});
	return { sheetNames: wb.worksheets.map((w) => w.name), sheets };
}
