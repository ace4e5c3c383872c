/**
 * Writes the validated tables as zstd Parquet with DuckDB, into a fresh folder that replaces the
 * previous output only once everything is written: a failed or killed ingest leaves the
 * previous outputs untouched.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, LIST, VARCHAR, type DuckDBAppender } from '@duckdb/node-api';
import { columnsOf, type ColumnInfo } from '../../src/lib/schema/columns';
import { tableNames, type TableName, type TableRows } from '../../src/lib/schema/tables';

const listOfVarchar = LIST(VARCHAR);

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
	return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Writes `<table>.parquet` for every table into `dir`. */
export async function writeParquetTables(dir: string, tables: TableRows): Promise<Record<TableName, WrittenTable>> {
	const db = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await db.connect();
	const written = {} as Record<TableName, WrittenTable>;
	try {
		for (const name of tableNames) {
			const cols = columnsOf(name);
			await conn.run(`CREATE TABLE "${name}" (${cols.map((c) => `"${c.name}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`);
			const app = await conn.createAppender(name);
			for (const row of tables[name] as Record<string, unknown>[]) {
				for (const c of cols) appendValue(app, c, row[c.name]);
				app.endRow();
			}
			app.closeSync();
			const file = join(dir, `${name}.parquet`);
			await conn.run(`COPY "${name}" TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
			written[name] = { file: basename(file), rows: tables[name].length, bytes: (await stat(file)).size, sha256: await sha256File(file) };
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

