/**
 * CSV downloads: RFC 4180 quoting, UTF-8 with a byte-order mark (without it Excel reads the
 * file as ANSI and garbles "–" and "≥"), a header row of the contract's column names, and
 * full-precision values. Text cells a spreadsheet would run as a formula get a leading
 * apostrophe; numbers are never touched, so −0.7 stays a number.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<R> {
	/** The contract's column name. */
	key: string;
	value: (row: R) => CsvValue;
}

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(v: CsvValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	let s = v;
	if (formulaStart.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const BOM = '\uFEFF';

export function toCsv<R>(columns: CsvColumn<R>[], rows: R[]): string {
	const lines = [columns.map((c) => csvCell(c.key)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Where a table's figures come from, said on every row so a file read on its own (or a row
 * pasted elsewhere) still names its release and source. Per row where rows mix releases.
 */
export interface Provenance<R> {
	/** "OEWS May 2025; EP 2024–34": the releases the row's figures come from. */
	release: string | ((row: R) => string);
	/** The source line shown under the table: program, release and file. */
	source: string;
}

/** The columns plus `release` and `source` at the end. A table may not use those names itself. */
export function withProvenance<R>(columns: CsvColumn<R>[], p: Provenance<R>): CsvColumn<R>[] {
	const taken = columns.find((c) => c.key === 'release' || c.key === 'source');
	if (taken) throw new Error(`CSV column "${taken.key}" clashes with the provenance columns`);
	const release = p.release;
	return [...columns, { key: 'release', value: typeof release === 'function' ? release : () => release }, { key: 'source', value: () => p.source }];
}

/** "explorer_track-IT_oews-may2025_ep2024-34.csv": the view, its filters and the releases. */
export function csvFileName(view: string, parts: (string | null | undefined | false)[]): string {
	const slug = [view, ...parts]
		.filter(Boolean)
		.map((p) =>
			String(p)
				.toLowerCase()
				.replace(/[^a-z0-9.-]+/g, '-')
				.replace(/^-|-$/g, '')
		)
		.filter(Boolean)
		.join('_');
	return `${slug.slice(0, 150)}.csv`;
}

export function downloadCsv(fileName: string, csv: string) {
	downloadBlob(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** Saves bytes made in the page as a file, through a temporary link (no server involved). */
export function downloadBlob(fileName: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
