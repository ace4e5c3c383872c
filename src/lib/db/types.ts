import type { TableName } from '../schema/tables';

/**
 * Anything that can answer SQL with plain JS rows: DuckDB in Node at build time, DuckDB-WASM in
 * the browser. `tables` names the tables the SQL reads, so the browser can load them first; a
 * connector that has every table already ignores it.
 */
export interface Connector {
	query<T = Record<string, unknown>>(sql: string, tables?: readonly TableName[]): Promise<T[]>;
}

/**
 * How to interpret a number coming out of Arrow. Arrow 17 returns DATE and TIMESTAMP values as
 * epoch milliseconds (plain numbers), so the column type is needed to turn them back into dates.
 */
export type ValueKind = 'date' | undefined;

/**
 * Arrow/DuckDB value -> plain JS value:
 * - bigint (BIGINT, count(*), ...) -> number when it is a safe integer, otherwise kept as bigint
 * - Arrow Vector (LIST) -> plain array, recursively normalised
 * - Struct/Map row proxies -> plain object
 * - kind 'date' (DATE, TIMESTAMP, lists of them): epoch ms -> Date. A DATE is UTC midnight, the
 *   same as @duckdb/node-api's getRowObjectsJS(); format it with timeZone: 'UTC'.
 * - null/undefined -> null
 */
export function normalizeValue(value: unknown, kind?: ValueKind): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') {
		return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
	}
	if (typeof value === 'number') {
		return kind === 'date' ? new Date(value) : value;
	}
	if (typeof value !== 'object') return value; // string, boolean
	if (value instanceof Date || value instanceof Uint8Array) return value; // BLOB stays bytes
	if (Array.isArray(value)) return value.map((x) => normalizeValue(x, kind));
	// Arrow Vector (a LIST cell) -> toJSON() is an array; StructRow/MapRow -> toJSON() is an object.
	const v = value as { toJSON?: () => unknown };
	if (typeof v.toJSON === 'function') return normalizeValue(v.toJSON(), kind);
	const out: Record<string, unknown> = {};
	for (const [k, x] of Object.entries(value)) out[k] = normalizeValue(x);
	return out;
}
