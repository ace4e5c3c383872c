/**
 * O*NET's text files: tab-separated, one record per line, and no quoting at all (a task may
 * read `Conduct "head counts" ...`), so the RFC 4180 reader's quote rules must not apply.
 */
import { readFile } from 'node:fs/promises';
import { IngestError } from './errors';
import { decodeUtf8, type RawTable } from './table';

export async function readTabTable(path: string, file: string): Promise<RawTable> {
	return tabTable(decodeUtf8(new Uint8Array(await readFile(path)), file), file);
}

export function tabTable(text: string, file: string): RawTable {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const lines = text.split('\n');
	const last = lines.pop()!;
	const rows = lines.map((l, i) => ({ row: i + 1, cells: (l.endsWith('\r') ? l.slice(0, -1) : l).split('\t') }));
	if (last !== '') {
		// Every O*NET file ends its last record with a line ending: without one, the file was cut short.
		const cells = last.split('\t');
		const header = rows[0]?.cells ?? cells;
		throw new IngestError(file, `the file ends in the middle of a record (no line ending after it): truncated?`, {
			row: rows.length + 1,
			column: header[cells.length - 1] || `field ${cells.length}`
		});
	}
	return { file, kind: 'csv', rows };
}
