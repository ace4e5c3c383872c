/**
 * O*NET's occupation list and reference files: Read Me (the release), Occupation Data, Job Zones
 * and Job Zone Reference, Scales Reference and Content Model Reference (the names the other
 * parsers rely on, checked rather than assumed).
 */
import { ignored } from '../cells';
import { IngestError } from '../errors';
import type { RawTable } from '../table';
import { cell, codeColumn, monthCell, numCell, parseIntIn, parseOnetTable, rejectDuplicates, textCell as text, type Parsed } from './onet-files';

export interface OnetRelease {
	/** e.g. "O*NET 29.2" */
	version: string;
	/** e.g. "February 2025" */
	month: string;
}

/** `Read Me.txt` opens with "O*NET 29.2 Database" and "February 2025 Release". */
export function parseOnetReadMe(content: string, file: string): OnetRelease & { lines: number } {
	const lines = content.split(/\r?\n/);
	const version = lines[0]?.trim().match(/^O\*NET (\d+\.\d+) Database$/)?.[1];
	if (!version)
		throw new IngestError(file, `expected the O*NET Read Me, starting "O*NET <version> Database"; got ${JSON.stringify(lines[0]?.slice(0, 60) ?? '')}`, {
			row: 1
		});
	const month = lines[1]?.trim().match(/^([A-Z][a-z]+ \d{4}) Release$/)?.[1];
	if (!month) throw new IngestError(file, `expected a line like "February 2025 Release"; got ${JSON.stringify(lines[1]?.slice(0, 60) ?? '')}`, { row: 2 });
	return { version: `O*NET ${version}`, month, lines: lines.filter((l) => l.trim()).length };
}

export interface OccupationRaw {
	code: string;
	title: string;
	description: string;
}

export function parseOccupationData(table: RawTable): Parsed<OccupationRaw>[] {
	const rows = parseOnetTable<OccupationRaw>(
		table,
		[codeColumn, { key: 'title', header: 'Title', schema: text }, { key: 'description', header: 'Description', schema: text }],
		'O*NET Occupation Data'
	);
	rejectDuplicates(table, rows, (r) => r.code, 'O*NET-SOC Code', 'occupation');
	return rows;
}

const zone = cell(parseIntIn(1, 5), 'expected a Job Zone from 1 to 5');

export function parseJobZones(table: RawTable): Parsed<{ code: string; zone: number }>[] {
	const rows = parseOnetTable<{ code: string; zone: number }>(
		table,
		[
			codeColumn,
			{ key: 'zone', header: 'Job Zone', schema: zone },
			{ key: 'date', header: 'Date', schema: monthCell },
			{ key: 'source', header: 'Domain Source', schema: ignored }
		],
		'O*NET Job Zones'
	);
	rejectDuplicates(table, rows, (r) => r.code, 'O*NET-SOC Code', 'Job Zone for');
	return rows;
}

/** Job Zone → its name ("Job Zone Four: Considerable Preparation Needed"); all five must be there. */
export function parseJobZoneReference(table: RawTable): Map<number, string> {
	const rows = parseOnetTable<{ zone: number; name: string }>(
		table,
		[
			{ key: 'zone', header: 'Job Zone', schema: zone },
			{ key: 'name', header: 'Name', schema: text },
			...['Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'].map((h) => ({ key: h, header: h, schema: ignored }))
		],
		'O*NET Job Zone Reference'
	);
	rejectDuplicates(table, rows, (r) => String(r.zone), 'Job Zone', 'Job Zone');
	const names = new Map(rows.map((r) => [r.value.zone, r.value.name]));
	const missing = [1, 2, 3, 4, 5].filter((z) => !names.has(z));
	if (missing.length) throw new IngestError(table.file, `no name for Job Zone ${missing.join(', ')}`, { column: 'Job Zone' });
	return names;
}

export interface Scale {
	name: string;
	min: number;
	max: number;
	row: number;
}

export function parseScalesReference(table: RawTable): Map<string, Scale> {
	const rows = parseOnetTable<{ id: string; name: string; min: number; max: number }>(
		table,
		[
			{ key: 'id', header: 'Scale ID', schema: text },
			{ key: 'name', header: 'Scale Name', schema: text },
			{ key: 'min', header: 'Minimum', schema: numCell },
			{ key: 'max', header: 'Maximum', schema: numCell }
		],
		'O*NET Scales Reference'
	);
	rejectDuplicates(table, rows, (r) => r.id, 'Scale ID', 'scale');
	return new Map(rows.map(({ row, value: v }) => [v.id, { name: v.name, min: v.min, max: v.max, row }]));
}

/** Element ID → Element Name, e.g. 1.B.1.a → Realistic. */
export function parseContentModel(table: RawTable): Map<string, string> {
	const rows = parseOnetTable<{ id: string; name: string }>(
		table,
		[
			{ key: 'id', header: 'Element ID', schema: text },
			{ key: 'name', header: 'Element Name', schema: text },
			{ key: 'description', header: 'Description', schema: ignored }
		],
		'O*NET Content Model Reference'
	);
	rejectDuplicates(table, rows, (r) => r.id, 'Element ID', 'element');
	return new Map(rows.map((r) => [r.value.id, r.value.name]));
}
