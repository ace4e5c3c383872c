/**
 * BEA regional price parities by state (SARPP_STATE_YYYY_YYYY.csv, in apps.bea.gov/regional/zip/SARPP.zip)
 * → `price_parities`. BEA's CSV writes the FIPS code quoted after a space (` "06000"`), pads
 * descriptions with spaces (`" RPPs: Goods "`) and ends with four one-field note lines. Year
 * columns are read from the header, so a file with another year is read without a code change;
 * a year the file name promises but the header lacks, or any other missing column, stops it.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PriceParityRow } from '../../../src/lib/schema/tables';
import { ignored, numberCell, text } from '../cells';
import { parseCsv } from '../csv';
import { IngestError } from '../errors';
import { decodeUtf8, parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

const fipsToState: Record<string, string> = Object.fromEntries(
	(
		'01 AL 02 AK 04 AZ 05 AR 06 CA 08 CO 09 CT 10 DE 11 DC 12 FL 13 GA 15 HI 16 ID 17 IL 18 IN 19 IA 20 KS 21 KY 22 LA 23 ME 24 MD 25 MA 26 MI 27 MN ' +
		'28 MS 29 MO 30 MT 31 NE 32 NV 33 NH 34 NJ 35 NM 36 NY 37 NC 38 ND 39 OH 40 OK 41 OR 42 PA 44 RI 45 SC 46 SD 47 TN 48 TX 49 UT 50 VT 51 VA 53 WA 54 WV 55 WI 56 WY'
	)
		.match(/\d\d [A-Z]{2}/g)!
		.map((p) => [`${p.slice(0, 2)}000`, p.slice(3)])
);

/** BEA line code → the table's line, and the description BEA gives it. */
const lines: Record<number, { line: PriceParityRow['line']; description: string }> = {
	1: { line: 'all_items', description: 'RPPs: All items' },
	2: { line: 'goods', description: 'RPPs: Goods' },
	3: { line: 'housing', description: 'RPPs: Services: Housing' },
	4: { line: 'utilities', description: 'RPPs: Services: Utilities' },
	5: { line: 'other_services', description: 'RPPs: Services: Other' }
};

const yearHeader = /^(\d{4})$/;

const fixed: ColumnSpec[] = [
	{ key: 'fips', header: 'GeoFIPS', schema: z.preprocess((v) => String(v ?? '').trim(), z.string().regex(/^\d{5}$/, 'expected a 5-digit GeoFIPS like 06000')) },
	{ key: 'name', header: 'GeoName', schema: text },
	{ key: 'region', header: 'Region', schema: ignored },
	{ key: 'table', header: 'TableName', schema: z.preprocess((v) => String(v ?? '').trim(), z.literal('SARPP', { message: 'expected SARPP' })) },
	{ key: 'line', header: 'LineCode', schema: numberCell },
	{ key: 'industry', header: 'IndustryClassification', schema: ignored },
	{ key: 'description', header: 'Description', schema: text },
	{ key: 'unit', header: 'Unit', schema: z.preprocess((v) => String(v ?? '').trim(), z.literal('Index', { message: 'expected Index' })) }
];

/**
 * Drops the spaces BEA writes before an opening quote (` "06000"`), which RFC 4180 does not
 * allow; quoted text itself is left as it is. Line numbers do not change.
 */
export function dropSpaceBeforeQuotes(csv: string): string {
	let out = '';
	let quoted = false;
	let atFieldStart = true;
	let spaces = '';
	for (const ch of csv) {
		if (quoted) {
			out += ch;
			if (ch === '"') quoted = false;
			continue;
		}
		if (atFieldStart && ch === ' ') {
			spaces += ch;
			continue;
		}
		// A quote opens a field, or is the second of an escaped pair ("") inside one.
		if (ch === '"' && (atFieldStart || out.endsWith('"'))) quoted = true;
		else out += spaces;
		spaces = '';
		out += ch;
		atFieldStart = ch === ',' || ch === '\n' || ch === '\r';
	}
	return out + spaces;
}

export async function readBeaTable(path: string, file: string): Promise<RawTable> {
	const csv = dropSpaceBeforeQuotes(decodeUtf8(new Uint8Array(await readFile(path)), file));
	return { file, kind: 'csv', rows: parseCsv(csv, file).map((r) => ({ row: r.line, cells: r.fields })) };
}

export interface PriceParityResult {
	rows: PriceParityRow[];
	years: number[];
	/** BEA's "Last updated" note, e.g. "February 19, 2026". */
	updated: string | null;
	read: number;
	warnings: string[];
}

export function parseBeaRpp(table: RawTable): PriceParityResult {
	const what = 'a BEA regional price parities table (SARPP)';
	const header = table.rows[0];
	if (!header) throw new IngestError(table.file, 'the file is empty');
	const yearCols = header.cells.map((c) => String(c ?? '').trim()).filter((h) => yearHeader.test(h));
	const specs: ColumnSpec[] = [
		...fixed,
		...yearCols.map((y) => ({ key: y, header: y, schema: numberCell.pipe(z.number().positive('expected a positive index')) }))
	];
	const cols = resolveColumns(table, header, specs, what);
	const years = yearCols.map(Number);
	const warnings: string[] = [];
	const named = table.file.match(/(\d{4})_(\d{4})\.csv$/i);
	const first = named ? Number(named[1]) : years[0]!;
	const last = named ? Number(named[2]) : years.at(-1)!;
	for (let y = first; y <= last; y++)
		if (!years.includes(y))
			throw new IngestError(table.file, `missing column "${y}": the years run ${first}-${last}${named ? ' (from the file name)' : ''}`, {
				row: header.row,
				column: String(y)
			});
	const beyond = years.filter((y) => y < first || y > last);
	if (beyond.length) warnings.push(`year columns ${beyond.join(', ')} beyond the file name's ${first}-${last}, read as well`);

	// The data ends where BEA's one-field note lines begin.
	const notesAt = table.rows.findIndex((r, i) => i > 0 && r.cells.length === 1);
	const notes = notesAt < 0 ? [] : table.rows.slice(notesAt);
	const bad = notes.find((r) => r.cells.length !== 1);
	if (bad) throw new IngestError(table.file, 'a data row after the notes at the end of the file', { row: bad.row, column: 'GeoFIPS' });
	const data: RawTable = { ...table, rows: notesAt < 0 ? table.rows : table.rows.slice(0, notesAt) };
	const parsed = parseRows<Record<string, unknown> & { fips: string; name: string; line: number; description: string }>(data, cols, specs);
	const updated =
		notes
			.map((r) =>
				String(r.cells[0])
					.match(/^Last updated: (.+?)(?:--|$)/)?.[1]
					?.trim()
			)
			.find(Boolean) ?? null;
	if (!updated)
		throw new IngestError(table.file, 'the file does not end with BEA\'s notes ("Last updated: ..."): truncated?', { row: (table.rows.at(-1)?.row ?? 0) + 1 });

	const out: PriceParityRow[] = [];
	const seen = new Map<string, number>();
	for (const { row, value: r } of parsed) {
		const state = r.fips === '00000' ? null : fipsToState[r.fips];
		if (state === undefined) throw new IngestError(table.file, `GeoFIPS ${r.fips} is not the U.S. (00000), a state or DC`, { row, column: 'GeoFIPS' });
		const line = lines[r.line];
		if (!line) throw new IngestError(table.file, `expected a line code from 1 to 5, got ${r.line}`, { row, column: 'LineCode' });
		if (r.description !== line.description)
			throw new IngestError(table.file, `line ${r.line} should be "${line.description}", got "${r.description}"`, { row, column: 'Description' });
		const key = `${r.fips} line ${r.line}`;
		if (seen.has(key)) throw new IngestError(table.file, `duplicate row for ${r.name} (${key}; first on row ${seen.get(key)})`, { row, column: 'LineCode' });
		seen.set(key, row);
		for (const y of yearCols) out.push({ area_fips: r.fips, state, area_title: r.name, year: Number(y), line: line.line, rpp: r[y] as number });
	}
	// Every area has all five lines; a missing one is a cut or edited file.
	const areas = new Map(parsed.map((p) => [p.value.fips, p.value.name]));
	for (const [fips, name] of areas)
		for (const code of Object.keys(lines))
			if (!seen.has(`${fips} line ${code}`))
				throw new IngestError(table.file, `${name} (${fips}) has no line ${code} (${lines[Number(code)]!.description})`, { column: 'LineCode' });
	if (!areas.has('00000')) throw new IngestError(table.file, 'no U.S. row (GeoFIPS 00000)', { column: 'GeoFIPS' });
	return { rows: out, years: [...years].sort((a, b) => a - b), updated, read: parsed.length, warnings };
}
