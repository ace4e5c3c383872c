/**
 * Queries asked about several occupations at once. The build prerenders ~870 role pages: one
 * query for all of them, grouped here, replaces one query per page. Each row names the occupation
 * it answers (`of_code`); grouped, an occupation's rows are those the query gives for it alone,
 * in the same order (the query sorts by `of_code` first, then as for one occupation).
 */
import { socCode } from '$lib/schema/tables';
import { strList } from '$lib/sql';

/** The occupations asked about, as a subquery with one column, `of_code`. */
export const askedSql = (codes: readonly string[]) => `(SELECT unnest([${strList(codes)}]) AS of_code)`;

/** The column each row of such a query carries. */
export const ofCode = { of_code: socCode.describe('The occupation the row answers') };

/** Each occupation's rows, in the query's order, without `of_code`. */
export function byOccupation<R extends { of_code: string }>(rows: readonly R[]): Map<string, Omit<R, 'of_code'>[]> {
	const grouped = rowsBy(rows, (r) => r.of_code);
	return new Map([...grouped].map(([code, rs]) => [code, rs.map(({ of_code: _, ...rest }) => rest)]));
}

/** Rows grouped by a key they keep (a query for several codes whose rows name their own code), in the query's order. */
export function rowsBy<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
	const out = new Map<string, R[]>();
	for (const r of rows) {
		const k = key(r);
		const list = out.get(k);
		if (list) list.push(r);
		else out.set(k, [r]);
	}
	return out;
}
