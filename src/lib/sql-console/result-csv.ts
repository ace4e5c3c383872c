/**
 * A console result as text: the cell shown in the results table and the CSV download, which
 * follows the site's CSV rules (BOM, RFC 4180 quoting, formula-safe text, full precision; see csv.ts).
 */
import { BOM, csvCell, type CsvValue } from '$lib/csv';

/** A value from the engine (see normalizeValue) as plain text; null stays null. */
export function cellText(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : String(v);
	if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().replace(/T00:00:00\.000Z$/, '');
	if (v instanceof Uint8Array) return `\\x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
	return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? String(x) : x));
}

function csvValue(v: unknown): CsvValue {
	if (typeof v === 'number' || typeof v === 'boolean') return v;
	return cellText(v);
}

/** Where a result's figures come from: the releases and credits of the tables the query read. */
export interface ResultProvenance {
	release: string;
	source: string;
}

/** The result's columns, then `release` and `source` on every row like every CSV of the site (renamed if the result has those names). */
export function resultCsv(columns: string[], rows: Record<string, unknown>[], provenance: ResultProvenance): string {
	const name = (n: string): string => (columns.includes(n) ? name(`query_${n}`) : n);
	const tail = [csvCell(provenance.release), csvCell(provenance.source)].join(',');
	const lines = [[...columns, name('release'), name('source')].map((c) => csvCell(c)).join(',')];
	for (const r of rows) lines.push(`${columns.map((c) => csvCell(csvValue(r[c]))).join(',')},${tail}`);
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Column names of a result: the first row's keys (an empty result has none to show). */
export const resultColumns = (rows: Record<string, unknown>[]) => (rows[0] ? Object.keys(rows[0]) : []);
