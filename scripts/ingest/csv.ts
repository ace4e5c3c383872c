/**
 * RFC 4180 CSV reader that keeps the line number each record starts on, so errors can name it.
 * Written here rather than taken from a package because the error contract (file, row, column)
 * needs the physical line, and quoted fields may span lines.
 */
import { IngestError } from './errors';

export interface CsvRecord {
	line: number;
	fields: string[];
}

export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let i = 0;
	let quoted = false;
	let fieldStarted = false;
	const n = text.length;
	// The column of the field being read: its header name once the header record is read.
	const column = () => records[0]?.fields[fields.length] || `field ${fields.length + 1}`;
	const endRecord = () => {
		fields.push(field);
		// A lone empty line is not a record.
		if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
		fields = [];
		field = '';
		fieldStarted = false;
	};
	while (i < n) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				continue;
			}
			if (ch === '\n') line++;
			field += ch;
			i++;
			continue;
		}
		if (ch === '"') {
			if (field !== '') throw new IngestError(file, 'a quote inside an unquoted field', { row: line, column: column() });
			quoted = true;
			fieldStarted = true;
			i++;
		} else if (ch === delimiter) {
			fields.push(field);
			field = '';
			fieldStarted = true;
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRecord();
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			recordLine = line;
		} else {
			field += ch;
			fieldStarted = true;
			i++;
		}
	}
	if (quoted) throw new IngestError(file, 'the file ends inside a quoted field (truncated?)', { row: recordLine, column: column() });
	if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
	return records;
}
