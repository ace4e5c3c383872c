/**
 * The downloads the /data page offers besides the Parquet tables themselves, made at build time
 * with DuckDB in Node: each table as CSV (the site's CSV rules: BOM, quoting, release and source
 * on every row), and the analysts' complete `wages` file, every percentile for every occupation,
 * area and year with its release and source file on each row, as CSV and as Parquet (zstd, with
 * the release list and source also in the file's key-value metadata). Made once per build process.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvCell } from '$lib/csv';
import { licences, publishedTables, type PublishedTable } from '$lib/published/catalog';
import { cellText } from '$lib/sql-console/result-csv';
import { tableNames, type TableName } from '$lib/schema/tables';
import { dataDir } from './duckdb';
import { readManifest } from './manifest';

export const WAGES_COMPLETE = 'wages-all-releases';

/** Per-row release and source of `wages`: the OEWS file each row was read from. */
const wagesProvenanceSql = `
	CASE WHEN area_type = 'national' THEN 'OEWS May ' || year ELSE 'OEWS May ' || year || ' states' END AS release,
	CASE WHEN area_type = 'national'
		THEN 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May ' || year || ', national cross-industry estimates (national_M' || year || '_dl.xlsx); public domain'
		ELSE 'U.S. Bureau of Labor Statistics, OEWS, May ' || year || ', state estimates (state_M' || year || '_dl); public domain' END AS source`;

let db: Promise<DuckDBInstance> | undefined;
async function connect() {
	db ??= (async () => {
		const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
		const conn = await instance.connect();
		for (const t of tableNames) await conn.run(`CREATE VIEW "${t}" AS SELECT * FROM read_parquet('${join(dataDir(), `${t}.parquet`).replace(/'/g, "''")}')`);
		conn.closeSync();
		return instance;
	})();
	return (await db).connect();
}

async function rowsOf(sql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
	const conn = await connect();
	try {
		const reader = await conn.runAndReadAll(sql);
		return { columns: reader.columnNames(), rows: reader.getRowsJS() as unknown[][] };
	} finally {
		conn.closeSync();
	}
}

const csvValue = (v: unknown) =>
	typeof v === 'number' || typeof v === 'boolean' ? csvCell(v) : csvCell(cellText(typeof v === 'bigint' && Number.isSafeInteger(Number(v)) ? Number(v) : v));

function toCsvText(columns: string[], rows: unknown[][]): string {
	const lines = [columns.map((c) => csvCell(c)).join(',')];
	for (const r of rows) lines.push(r.map(csvValue).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A table's release(s) and source, said on each of its CSV rows. */
function tableProvenance(t: PublishedTable) {
	const l = licences[t.licence];
	const release = t.releases.join('; ');
	const source = `${l.credit}; ${l.title}; table ${t.name} of IT & IS Careers in BLS data`;
	return `'${release.replace(/'/g, "''")}' AS release, '${source.replace(/'/g, "''")}' AS source`;
}

const cache = new Map<string, Promise<Buffer>>();
const once = (key: string, make: () => Promise<Buffer>) => {
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key)!;
};

export async function tableCsv(name: TableName): Promise<Buffer> {
	return once(`${name}.csv`, async () => {
		const table = publishedTables(await readManifest()).find((t) => t.name === name)!;
		const provenance = name === 'wages' ? wagesProvenanceSql : tableProvenance(table);
		const { columns, rows } = await rowsOf(`SELECT *, ${provenance} FROM "${name}"`);
		return Buffer.from(toCsvText(columns, rows), 'utf8');
	});
}

const wagesCompleteSql = `SELECT *, ${wagesProvenanceSql} FROM wages ORDER BY soc_code, area_code, year`;

export function wagesCompleteCsv(): Promise<Buffer> {
	return once(`${WAGES_COMPLETE}.csv`, async () => {
		const { columns, rows } = await rowsOf(wagesCompleteSql);
		return Buffer.from(toCsvText(columns, rows), 'utf8');
	});
}

export function wagesCompleteParquet(): Promise<Buffer> {
	return once(`${WAGES_COMPLETE}.parquet`, async () => {
		const releases = (await readManifest()).inputs
			.filter((i) => i.kind.startsWith('oews-national') || i.kind === 'oews-state')
			.map((i) => `${i.release}: ${i.file}`);
		const dir = await mkdtemp(join(tmpdir(), 'wages-complete-'));
		const file = join(dir, 'wages.parquet');
		const kv = (s: string) => `'${s.replace(/'/g, "''")}'`;
		const conn = await connect();
		try {
			await conn.run(
				`COPY (${wagesCompleteSql}) TO ${kv(file)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA { releases: ${kv(releases.join('; '))}, source: ${kv('U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS); public domain. Compiled by IT & IS Careers in BLS data.')} })`
			);
			return await readFile(file);
		} finally {
			conn.closeSync();
			await rm(dir, { recursive: true, force: true });
		}
	});
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
