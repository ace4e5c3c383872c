/**
 * CSV downloads: RFC 4180 quoting, UTF-8, a header row of the contract's column names, and
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

export function toCsv<R>(columns: CsvColumn<R>[], rows: R[]): string {
	const lines = [columns.map((c) => csvCell(c.key)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** "explorer_track-IT_oews-may2025_ep2024-34.csv": the view, its filters and the releases. */
export function csvFileName(view: string, parts: (string | null | undefined | false)[]): string {
	const slug = [view, ...parts]
		.filter(Boolean)
		.map((p) => String(p).toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-|-$/g, ''))
		.filter(Boolean)
		.join('_');
	return `${slug.slice(0, 150)}.csv`;
}

export function downloadCsv(fileName: string, csv: string) {
	const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
