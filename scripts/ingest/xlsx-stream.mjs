/**
 * Reads every sheet of a workbook with exceljs's streaming reader, as plain rows of cells. Plain
 * JavaScript, so that a worker thread can run it without the TypeScript loader: the ingest reads
 * the large OEWS sector workbook in one while it parses the other files.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** @typedef {string | number | boolean | null} Cell */
/** @typedef {{ name: string, rows: { row: number, cells: Cell[] }[] }} StreamedSheet */
/** @typedef {{ order: string[] | undefined, sheets: StreamedSheet[], unresolved: boolean }} Streamed */

/**
 * A cell as `workbook.ts` reads it: plain values, rich text joined, formulas by their result.
 * @param {ExcelJS.CellValue} v
 * @returns {Cell}
 */
function cellValue(v) {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('result' in v) return cellValue(/** @type {ExcelJS.CellValue} */ (v.result));
	if ('text' in v) return String(v.text);
	if ('error' in v) return String(v.error);
	return String(v);
}

/**
 * Sheets in the zip's order, and the workbook's sheet order (undefined when workbook.xml could
 * not be read first). `unresolved`: a text cell came back as a shared-string index because the
 * reader had not read the shared strings (exceljs's zip iteration sometimes ends early, and the
 * BLS files put sharedStrings.xml after the sheets). The caller treats both as a failed read.
 * @param {string} path
 * @returns {Promise<Streamed>}
 */
export async function streamSheets(path) {
	/** @type {StreamedSheet[]} */
	const sheets = [];
	let unresolved = false;
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'ignore',
		entries: 'ignore'
	});
	for await (const ws of reader) {
		/** @type {StreamedSheet['rows']} */
		const rows = [];
		for await (const r of ws) {
			const values = /** @type {ExcelJS.CellValue[]} */ (r.values);
			/** @type {Cell[]} */
			const cells = [];
			for (let c = 1; c < values.length; c++) {
				const v = values[c];
				if (v !== null && typeof v === 'object' && 'sharedString' in v) unresolved = true;
				cells.push(cellValue(v));
			}
			if (cells.some((c) => c !== null)) rows.push({ row: r.number, cells });
		}
		sheets.push({ name: /** @type {{ name: string }} */ (/** @type {unknown} */ (ws)).name, rows });
	}
	const model = /** @type {{ model?: { sheets?: { name: string }[] } }} */ (/** @type {unknown} */ (reader)).model;
	return { order: model?.sheets?.map((s) => s.name), sheets, unresolved };
}

if (!isMainThread && workerData?.streamSheets) {
	streamSheets(workerData.path).then(
		(ok) => parentPort?.postMessage({ ok }),
		(e) => parentPort?.postMessage({ error: String(e?.message ?? e) })
	);
}
