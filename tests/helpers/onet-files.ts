/**
 * O*NET 29.2 fixtures for the parser tests: tests/fixtures/ingest/onet/ holds the real files cut
 * down to nine occupations (rows copied byte for byte: tab-separated, CRLF, one task with
 * "quoted words" and Task Type n/a, occupational-expert rows with n/a, Recommend Suppress Y, the
 * two "CTO" alternate titles of 11-1011.00), plus the edits the broken-input tests make to them.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OnetSource, type OnetSlot } from '../../scripts/ingest/sources/onet';
import { onetFileNames, type OnetFileName } from '../../scripts/ingest/sources/onet-files';
import { tabTable } from '../../scripts/ingest/tab-text';
import type { RawTable } from '../../scripts/ingest/table';
import { fixture, tempDir } from './ingest';

export const onetFixtureDir = fixture('onet');

/** The name the ingest gives a file in messages: its path in the raw folder. */
export const onetFile = (name: OnetFileName) => `onet/${name}.txt`;

export const readOnet = (name: OnetFileName) => readFile(join(onetFixtureDir, `${name}.txt`), 'utf8');

/** A fixture file (or edited text) as the RawTable the ingest reads. */
export async function onetTable(name: OnetFileName, text?: string): Promise<RawTable> {
	return tabTable(text ?? (await readOnet(name)), onetFile(name));
}

const split = (text: string) =>
	text
		.split('\r\n')
		.slice(0, -1)
		.map((l) => l.split('\t'));
const join_ = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

export function dropColumn(text: string, column: string): string {
	const rows = split(text);
	const i = rows[0]!.indexOf(column);
	if (i < 0) throw new Error(`no column ${column}`);
	return join_(rows.map((r) => r.filter((_, j) => j !== i)));
}

export function renameColumn(text: string, from: string, to: string): string {
	const rows = split(text);
	const i = rows[0]!.indexOf(from);
	if (i < 0) throw new Error(`no column ${from}`);
	rows[0]![i] = to;
	return join_(rows);
}

/** Sets the cell on physical line `line` (1 = header) in `column`. */
export function setCell(text: string, line: number, column: string, value: string): string {
	const rows = split(text);
	const i = rows[0]!.indexOf(column);
	if (i < 0 || !rows[line - 1]) throw new Error(`no cell ${line}/${column}`);
	rows[line - 1]![i] = value;
	return join_(rows);
}

/** Line number (1-based) of the first line for which `test` holds. */
export function lineWhere(text: string, test: (cells: string[]) => boolean): number {
	const i = split(text).findIndex(test);
	if (i < 0) throw new Error('no such line');
	return i + 1;
}

/** Repeats physical line `line` right after itself. */
export function duplicateLine(text: string, line: number): string {
	const rows = split(text);
	rows.splice(line, 0, [...rows[line - 1]!]);
	return join_(rows);
}

/** Writes every fixture file into `dir/onet/`, with `edits` replacing some of them. */
export async function writeOnetFolder(dir: string, edits: Partial<Record<OnetFileName, string>> = {}): Promise<string> {
	const out = join(dir, 'onet');
	await mkdir(out, { recursive: true });
	for (const f of await readdir(onetFixtureDir)) {
		const name = f.replace(/\.txt$/, '') as OnetFileName;
		if (name in edits) await writeFile(join(out, f), edits[name]!);
		else await copyFile(join(onetFixtureDir, f), join(out, f));
	}
	return out;
}

/** Reads a folder of O*NET files as runIngest does: each file through `add`, then `build`. */
export async function ingestOnet(edits: Partial<Record<OnetFileName, string>> = {}) {
	const dir = await writeOnetFolder(await tempDir('onet-'), edits);
	const slots: OnetSlot[] = onetFileNames.map((name) => ({ name, path: join(dir, `${name}.txt`), file: `onet/${name}.txt` }));
	const source = new OnetSource(slots);
	const records: Record<string, Awaited<ReturnType<OnetSource['add']>>> = {};
	// Alphabetical, as discover returns them: the Read Me and the Categories come after files that need them.
	for (const s of [...slots].sort((a, b) => a.file.localeCompare(b.file))) records[s.name] = await source.add(s);
	return { tables: source.build(), records };
}
