/** The raw BLS files the end-to-end tests check the pages against, read as BLS publishes them. */
import { join, resolve } from 'node:path';
import { loadWorkbookSheets } from '../../scripts/ingest/workbook';

export const rawDir = process.env.BLS_RAW_DIR ? resolve(process.env.BLS_RAW_DIR) : resolve(process.cwd(), '..', 'shared', 'bls');

/** One occupation's row of the BLS national file of May `year` (national_MYYYY_dl.xlsx), by its own column names. */
export async function nationalRow(year: number, code: string): Promise<Record<string, string>> {
	const file = `national_M${year}_dl.xlsx`;
	const [sheet] = (await loadWorkbookSheets(join(rawDir, 'oews', file), file)).sheets;
	const cells = sheet!.rows.map((r) => r.cells.map((c) => String(c ?? '')));
	const header = cells.find((r) => r.some((c) => c.toUpperCase() === 'OCC_CODE'))!.map((c) => c.toUpperCase());
	const row = cells.find((r) => r[header.indexOf('OCC_CODE')] === code)!;
	return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}
