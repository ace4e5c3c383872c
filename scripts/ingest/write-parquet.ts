/**
 * Writes the validated tables as Parquet with DuckDB, into a fresh folder that replaces the
 * previous output only once everything is written: a failed or killed ingest leaves the
 * previous outputs untouched.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, LIST, VARCHAR, type DuckDBAppender } from '@duckdb/node-api';
import { derivedTableSql } from '../../src/lib/schema/derived-tables';
import { normalizeValue } from '../../src/lib/db/types';
import { columnsOf, type ColumnInfo } from '../../src/lib/schema/columns';
import { derivedTableNames, sourceTableNames, type TableName, type TableRows } from '../../src/lib/schema/tables';
import { checkTableRows } from './contract';

const listOfVarchar = LIST(VARCHAR);

/**
 * Uncompressed Parquet: the browser decodes it with hyparquet in a few milliseconds, where zstd in
 * JavaScript took 5-20 times longer (explorer_occupations: 3 ms against 16-70 ms), and the site
 * serves it brotli/gzip-compressed, smaller on the wire than zstd (svelte.config.js).
 */
export const PARQUET_COPY_OPTIONS = 'FORMAT parquet, COMPRESSION uncompressed';

function appendValue(app: DuckDBAppender, col: ColumnInfo, v: unknown) {
	if (v === null || v === undefined) return app.appendNull();
	switch (col.type) {
		case 'VARCHAR':
			return app.appendVarchar(v as string);
		case 'INTEGER':
			return app.appendInteger(v as number);
		case 'DOUBLE':
			return app.appendDouble(v as number);
		case 'BOOLEAN':
			return app.appendBoolean(v as boolean);
		case 'VARCHAR[]':
			return app.appendList(v as string[], listOfVarchar);
	}
}

export interface WrittenTable {
	file: string;
	rows: number;
	bytes: number;
	sha256: string;
}

export async function sha256File(path: string): Promise<string> {
	return createHash('sha256')
		.update(await readFile(path))
		.digest('hex');
}

const createTableSql = (name: TableName) =>
	`CREATE TABLE "${name}" (${columnsOf(name)
		.map((c) => `"${c.name}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`)
		.join(', ')})`;

/**
 * Writes `<table>.parquet` for every table into `dir`: first the tables built from the raw files,
 * then the derived ones, computed by their SQL from those and held to the same contract.
 */
export async function writeParquetTables(dir: string, tables: TableRows): Promise<Record<TableName, WrittenTable>> {
	const db = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await db.connect();
	const written = {} as Record<TableName, WrittenTable>;
	const copy = async (name: TableName, rows: number) => {
		const file = join(dir, `${name}.parquet`);
		await conn.run(`COPY "${name}" TO '${file.replace(/'/g, "''")}' (${PARQUET_COPY_OPTIONS})`);
		written[name] = { file: basename(file), rows, bytes: (await stat(file)).size, sha256: await sha256File(file) };
	};
	try {
		for (const name of sourceTableNames) {
			const cols = columnsOf(name);
			await conn.run(createTableSql(name));
			const app = await conn.createAppender(name);
			for (const row of tables[name] as Record<string, unknown>[]) {
				for (const c of cols) appendValue(app, c, row[c.name]);
				app.endRow();
			}
			app.closeSync();
			await copy(name, tables[name].length);
		}
		for (const name of derivedTableNames) {
			// Created with the contract's types, so a derived column can never drift to another type.
			await conn.run(createTableSql(name));
			await conn.run(`INSERT INTO "${name}" BY NAME ${derivedTableSql[name]()}`);
			const rows = (await conn.runAndReadAll(`SELECT * FROM "${name}"`)).getRowObjectsJS();
			checkTableRows(
				name,
				rows.map((raw) => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, normalizeValue(v)]))),
				'derived row'
			);
			await copy(name, rows.length);
		}
	} finally {
		conn.closeSync();
		db.closeSync();
	}
	return written;
}

/**
 * Builds the output in a sibling temporary folder, then swaps it in with renames. If a previous
 * run was killed between the two renames, the kept `.previous` folder is restored first.
 */
export async function replaceFolderAtomically(outDir: string, build: (tmpDir: string) => Promise<void>): Promise<void> {
	const parent = dirname(outDir);
	const previous = `${outDir}.previous`;
	await mkdir(parent, { recursive: true });
	await restoreInterruptedSwap(outDir);
	const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
	await mkdir(tmp);
	try {
		await build(tmp);
	} catch (e) {
		await rm(tmp, { recursive: true, force: true });
		throw e;
	}
	const hadOutput = await exists(outDir);
	if (hadOutput) await rename(outDir, previous);
	await rename(tmp, outDir);
	if (hadOutput) await rm(previous, { recursive: true, force: true });
	// Temporary folders of runs that were killed mid-write.
	for (const e of await readdir(parent)) {
		if (e.startsWith(`${basename(outDir)}.tmp-`)) await rm(join(parent, e), { recursive: true, force: true });
	}
}

export async function restoreInterruptedSwap(outDir: string) {
	const previous = `${outDir}.previous`;
	if (!(await exists(outDir)) && (await exists(previous))) await rename(previous, outDir);
	else if (await exists(previous)) await rm(previous, { recursive: true, force: true });
}

async function exists(p: string) {
	try {
		await stat(p);
		return true;
	} catch {
		return false;
	}
}
