/**
 * Shared helpers for the ingest tests: paths, temporary folders, building RawTables from text,
 * and one assertion for the error contract (file, row, column in both the fields and the message).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseCsv } from '../../scripts/ingest/csv';
import { IngestError } from '../../scripts/ingest/errors';
import { readCsvTable, type RawTable } from '../../scripts/ingest/table';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = join(projectRoot, 'tests', 'fixtures', 'ingest');
/** The real BLS files: ../shared/bls relative to the project, or $BLS_RAW_DIR. Read only. */
export const blsRawDir = process.env.BLS_RAW_DIR ? resolve(process.env.BLS_RAW_DIR) : resolve(projectRoot, '..', 'shared', 'bls');
export const sourcesDir = join(projectRoot, 'data', 'sources');

export const fixture = (...parts: string[]) => join(fixturesDir, ...parts);
export const readFixture = (...parts: string[]) => readFile(fixture(...parts), 'utf8');

const made: string[] = [];
/** A fresh temporary folder, removed by `removeTempDirs()` (call it in afterAll). */
export async function tempDir(prefix = 'ingest-test-'): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
export async function removeTempDirs() {
	await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A CSV RawTable straight from text (no file on disk). */
export function csvTable(text: string, file: string, delimiter = ','): RawTable {
	return { file, kind: 'csv', rows: parseCsv(text, file, delimiter).map((r) => ({ row: r.line, cells: r.fields })) };
}

/** Writes bytes to a temporary file and reads it back through the ingest's strict CSV reader. */
export async function csvTableFromBytes(bytes: string | Uint8Array, file: string, delimiter = ','): Promise<RawTable> {
	const dir = await tempDir();
	const path = join(dir, file.replace(/[\\/]/g, '_'));
	await writeFile(path, bytes);
	return readCsvTable(path, file, delimiter);
}

export interface ExpectedError {
	file: string;
	row?: number;
	column?: string;
	/** Text or pattern the problem part of the message must contain. */
	problem?: string | RegExp;
}

function check(e: unknown, want: ExpectedError): IngestError {
	expect(e, `expected an IngestError, got ${String(e)}`).toBeInstanceOf(IngestError);
	const err = e as IngestError;
	expect(err.file).toBe(want.file);
	expect(err.where.row).toBe(want.row);
	expect(err.where.column).toBe(want.column);
	const at = [want.row !== undefined ? `row ${want.row}` : '', want.column ? `column "${want.column}"` : ''].filter(Boolean).join(', ');
	expect(err.message.startsWith(`${want.file}${at ? `, ${at}` : ''}: `), err.message).toBe(true);
	if (typeof want.problem === 'string') expect(err.message).toContain(want.problem);
	else if (want.problem) expect(err.message).toMatch(want.problem);
	return err;
}

/** Runs `fn` and asserts it fails with an IngestError naming exactly this file, row and column. */
export function expectIngestError(fn: () => unknown, want: ExpectedError): IngestError {
	try {
		fn();
	} catch (e) {
		return check(e, want);
	}
	throw new Error(`expected an IngestError for ${want.file}, but nothing was thrown`);
}

export async function expectIngestErrorAsync(fn: () => Promise<unknown>, want: ExpectedError): Promise<IngestError> {
	try {
		await fn();
	} catch (e) {
		return check(e, want);
	}
	throw new Error(`expected an IngestError for ${want.file}, but nothing was thrown`);
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** sha256 of every file in a folder (not recursive), by name. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const name of (await readdir(dir)).sort()) out[name] = sha256(await readFile(join(dir, name)));
	return out;
}

/** Lines of a CSV text with its own line ending kept track of, for editing fixtures. */
export function lineEnding(text: string): '\r\n' | '\n' {
	return text.includes('\r\n') ? '\r\n' : '\n';
}
