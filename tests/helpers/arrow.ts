/** Reading Arrow results the reference way, to compare the page's column-by-column reader with. */
import * as arrow from 'apache-arrow';
import { normalizeValue, type ValueKind } from '$lib/db/types';

/** The reference: Arrow row proxies, each value normalised. */
export function viaRowObjects(table: arrow.Table, kinds: Record<string, ValueKind> = {}) {
	return table.toArray().map((row) => {
		const obj = (row as { toJSON(): Record<string, unknown> }).toJSON();
		return Object.fromEntries(Object.keys(obj).map((k) => [k, normalizeValue(obj[k], kinds[k])]));
	});
}

/** As DuckDB-WASM hands results over: through Arrow IPC. */
export const roundTrip = (t: arrow.Table) => arrow.tableFromIPC(arrow.tableToIPC(t));
