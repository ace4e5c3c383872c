/**
 * One typed query definition: the tables a query reads, its SQL for some parameters, and the
 * row schema its answer is checked against, declared together so that they cannot be paired
 * wrongly. `run` is the one way to execute it, the same at build time (DuckDB in Node) and in
 * the browser (DuckDB-WASM).
 */
import type { z } from 'zod';
import { tableNames, type TableName } from '../schema/tables';
import type { Connector } from './types';

export interface Query<P, R> {
	/** For messages: "explorer rows". */
	readonly name: string;
	readonly tables: (params: P) => readonly TableName[];
	readonly sql: (params: P) => string;
	readonly row: z.ZodType<R>;
}

export function defineQuery<P, S extends z.ZodType>(def: {
	name: string;
	tables: readonly TableName[] | ((params: P) => readonly TableName[]);
	sql: (params: P) => string;
	row: S;
}): Query<P, z.output<S>> {
	const { tables } = def;
	return {
		name: def.name,
		tables: typeof tables === 'function' ? tables : () => tables,
		sql: def.sql,
		row: def.row as unknown as z.ZodType<z.output<S>>
	};
}

const known = new Set<string>(tableNames);

/** The published tables a statement reads (after FROM or JOIN), by name. */
export function tablesReadBy(sql: string): TableName[] {
	const out = new Set<TableName>();
	for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/gi)) if (known.has(m[1]!)) out.add(m[1] as TableName);
	return [...out];
}

/** The query's SQL for these parameters, refused if it reads a table the definition does not name. */
export function sqlOf<P, R>(q: Query<P, R>, params: P): { sql: string; tables: readonly TableName[] } {
	const sql = q.sql(params);
	const tables = q.tables(params);
	const missing = tablesReadBy(sql).filter((t) => !tables.includes(t));
	if (missing.length) throw new Error(`The query "${q.name}" reads ${missing.join(', ')} but does not declare it`);
	return { sql, tables };
}

/** A query's parameters as arguments: none for a query that takes none. */
type Args<P> = undefined extends P ? [params?: P] : [params: P];

/** Runs a query and checks every row against its schema. */
export async function run<P, R>(db: Connector, q: Query<P, R>, ...[params]: Args<P>): Promise<R[]> {
	const { sql, tables } = sqlOf(q, params as P);
	const rows = await db.query(sql, tables);
	const parsed = q.row.array().safeParse(rows);
	if (!parsed.success)
		throw new Error(
			`The answer to "${q.name}" does not have the expected columns: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`
		);
	return parsed.data;
}

/** Runs a query that answers exactly one row. */
export async function runOne<P, R>(db: Connector, q: Query<P, R>, ...args: Args<P>): Promise<R> {
	const rows = await run(db, q, ...args);
	if (rows.length !== 1) throw new Error(`The query "${q.name}" answered ${rows.length} rows, not one`);
	return rows[0]!;
}
