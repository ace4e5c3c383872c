/**
 * One column definition drives a table on the page, its "Show data" twin and its CSV: what is
 * shown and what is downloaded cannot drift apart. A column with a flag downloads as two
 * columns, the value and `<key>_flag`.
 */
import type { CsvColumn, CsvValue } from './csv';

export interface Column<R> {
	/** Contract column name, used as the CSV header. */
	key: string;
	label: string;
	value: (row: R) => CsvValue;
	/** How the cell reads on the page. Defaults to the value as text. */
	format?: (row: R) => string;
	/** published | suppressed | topcoded, for values that may not be plain numbers. */
	flag?: (row: R) => string | null;
	numeric?: boolean;
	/** Renders the cell as a link. */
	href?: (row: R) => string;
}

export function csvColumns<R>(columns: Column<R>[]): CsvColumn<R>[] {
	return columns.flatMap((c) => {
		const own: CsvColumn<R> = { key: c.key, value: (r) => (c.flag?.(r) === 'suppressed' ? null : c.value(r)) };
		return c.flag ? [own, { key: `${c.key}_flag`, value: (r: R) => c.flag!(r) ?? 'published' }] : [own];
	});
}

export const cellText = <R>(c: Column<R>, r: R) => (c.format ? c.format(r) : String(c.value(r) ?? ''));
