/**
 * One column definition drives a table on the page, its "Show data" twin and its CSV: what is
 * shown and what is downloaded cannot drift apart. A column with a flag downloads as two
 * columns, the value and `<key>_flag`.
 */
import type { CsvColumn, CsvValue } from './csv';
import { NOT_PUBLISHED } from './format';
import { escapeHtml } from './html';

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
	/**
	 * On a phone each row is a card (see DataTable): 'heading' names the card (default: the first
	 * column), 'key' marks the figures people came for, shown on every card; the rest ('more', the
	 * default) wait behind "All columns". A table with no 'key' column shows every column.
	 */
	phone?: 'heading' | 'key' | 'more';
}

/**
 * The phone layout of a table: its heading column, and which columns wait behind "All columns".
 * `shown`: keys of columns to keep on the cards whatever their mark (the one the rows are sorted by).
 */
export function phoneLayout<R>(columns: Column<R>[], shown: readonly string[] = []): { heading: number; more: boolean[] } {
	const marked = columns.findIndex((c) => c.phone === 'heading');
	const heading = marked === -1 ? 0 : marked;
	const anyKey = columns.some((c) => c.phone === 'key');
	return { heading, more: columns.map((c, i) => anyKey && i !== heading && c.phone !== 'key' && !shown.includes(c.key)) };
}

export function csvColumns<R>(columns: Column<R>[]): CsvColumn<R>[] {
	return columns.flatMap((c) => {
		const own: CsvColumn<R> = { key: c.key, value: (r) => (c.flag?.(r) === 'suppressed' ? null : c.value(r)) };
		return c.flag ? [own, { key: `${c.key}_flag`, value: (r: R) => c.flag!(r) ?? 'published' }] : [own];
	});
}

export const cellText = <R>(c: Column<R>, r: R) => (c.format ? c.format(r) : String(c.value(r) ?? ''));

/**
 * One body row's cells as HTML: the heading column a row header (`<th scope="row">`), the others
 * `<td>` with their label for the phone's cards, a cell with `href` a link. Tables are redrawn on
 * every filter change; as one string per row Svelte updates one node per row, where a component
 * per cell cost ~5 reactive parts each (~3,500 for 50 rows of 14 columns, most of a redraw).
 */
export function rowCellsHtml<R>(columns: readonly Column<R>[], r: R, heading: number, classes: readonly string[]): string {
	let html = '';
	for (let i = 0; i < columns.length; i++) {
		const c = columns[i]!;
		const text = cellText(c, r);
		const cls = text === NOT_PUBLISHED ? `${classes[i]} not-published`.trim() : classes[i];
		const inner = c.href ? `<a href="${escapeHtml(c.href(r))}">${escapeHtml(text)}</a>` : escapeHtml(text);
		const classAttr = cls ? ` class="${escapeHtml(cls)}"` : '';
		html += i === heading ? `<th scope="row"${classAttr}>${inner}</th>` : `<td${classAttr} data-label="${escapeHtml(c.label)}">${inner}</td>`;
	}
	return html;
}
