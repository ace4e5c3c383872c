/**
 * Reads a large workbook with exceljs's streaming reader (xlsx-stream.mjs): for the 16,000-row
 * OEWS sector file it takes about a third of the time of `readWorkbook` (no styles, no cell
 * objects kept), and it can run in a worker thread while the ingest parses the other files. Same
 * result as `readWorkbook`, except that a cell holding an empty string reads as an empty cell
 * (null), which the OEWS cells treat alike.
 */
import { Worker } from 'node:worker_threads';
import { IngestError } from './errors';
import { readWorkbook, type RawTable, type Workbook } from './table';
import { streamSheets, type Streamed } from './xlsx-stream.mjs';

function inWorker(path: string): Promise<Streamed> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./xlsx-stream.mjs', import.meta.url), { workerData: { streamSheets: true, path }, execArgv: [] });
		// A failed ingest does not wait for it.
		worker.unref();
		worker.once('message', (m: { ok?: Streamed; error?: string }) => (m.ok ? resolve(m.ok) : reject(new Error(m.error))));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the reader stopped (exit code ${code})`)));
	});
}

export async function readWorkbookStream(path: string, file: string, opts: { worker?: boolean } = {}): Promise<Workbook> {
	let streamed: Streamed | undefined;
	try {
		streamed = await (opts.worker ? inWorker(path) : streamSheets(path));
	} catch {
		// Below: the full reader names the problem.
	}
	// The streaming reader depends on the order of the zip's entries, and sometimes (more often
	// under load) stops before the last ones: then it fails, loses sheet names, sheets or the shared
	// strings. The full reader does not, so it reads such a file (and a broken one, whose error it
	// reports): slower, never wrong.
	const order = streamed?.order;
	const names = new Set(streamed?.sheets.map((s) => s.name));
	if (!streamed || !order || streamed.unresolved || names.size !== order.length || order.some((n) => !names.has(n))) return readWorkbook(path, file);
	// Sheets arrive in the zip's order; put them in the workbook's (tab) order.
	const sheets: RawTable[] = streamed.sheets
		.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
		.map((s) => ({ file, sheet: s.name, kind: 'xlsx', rows: s.rows }));
	return {
		file,
		sheetNames: sheets.map((s) => s.sheet!),
		sheet(nameOrIndex) {
			const t = typeof nameOrIndex === 'number' ? sheets[nameOrIndex] : sheets.find((s) => s.sheet === nameOrIndex);
			if (!t) throw new IngestError(file, `the workbook has no sheet ${JSON.stringify(nameOrIndex)}`);
			return t;
		}
	};
}
