/**
 * A console result as Parquet, written in the page (hyparquet-writer: DuckDB-WASM cannot write
 * Parquet without an extension it would fetch). Same columns as the CSV, `release` and `source`
 * included, and both also in the file's key-value metadata.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { cellText, type ResultProvenance } from './result-csv';

type Typed = { data: unknown[]; type: 'BOOLEAN' | 'INT32' | 'INT64' | 'DOUBLE' | 'STRING' | 'TIMESTAMP' };

/** The Parquet type a column's values share; lists, structs and mixed columns become their text, as in the CSV. */
export function columnType(values: unknown[]): Typed {
	const present = values.filter((v) => v !== null && v !== undefined);
	const all = (test: (v: unknown) => boolean) => present.length > 0 && present.every(test);
	const nulls = values.map((v) => (v === undefined ? null : v));
	if (all((v) => typeof v === 'boolean')) return { data: nulls, type: 'BOOLEAN' };
	if (all((v) => typeof v === 'bigint')) return { data: nulls, type: 'INT64' };
	if (all((v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return { data: nulls, type: 'INT32' };
	if (all((v) => typeof v === 'number')) return { data: nulls, type: 'DOUBLE' };
	if (all((v) => v instanceof Date)) return { data: nulls, type: 'TIMESTAMP' };
	return { data: values.map((v) => cellText(v)), type: 'STRING' };
}

export function resultParquet(columns: string[], rows: Record<string, unknown>[], provenance: ResultProvenance): ArrayBuffer {
	const name = (n: string): string => (columns.includes(n) ? name(`query_${n}`) : n);
	const columnData = [
		...columns.map((c) => ({ name: c, ...columnType(rows.map((r) => r[c])) })),
		{ name: name('release'), data: rows.map(() => provenance.release), type: 'STRING' as const },
		{ name: name('source'), data: rows.map(() => provenance.source), type: 'STRING' as const }
	];
	return parquetWriteBuffer({
		columnData,
		kvMetadata: [
			{ key: 'release', value: provenance.release },
			{ key: 'source', value: provenance.source }
		]
	});
}
