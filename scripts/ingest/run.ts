/**
 * The ingest: discover raw files, parse each through its source module, build the output
 * tables, validate them against the contract, run the cross-checks, then write Parquet and
 * manifest.json into a fresh folder that replaces the previous one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceTableNames, tableNames, type TableName, type TableRows, type WageRow } from '../../src/lib/schema/tables';
import { buildOccupations } from './build-occupations';
import { checkTableRows } from './contract';
import { crossChecks, type CheckResult } from './cross-checks';
import { discover, type Slot } from './discover';
import { IngestError } from './errors';
import { parseBeaRpp, readBeaTable } from './sources/bea-rpp';
import { parseCpi } from './sources/cpi-u';
import { parseEpProjections, type EpRelease } from './sources/ep-projections';
import { parseOewsIndustry } from './sources/oews-industry';
import { knownTopCodes, parseOewsWages, topCodeFromNotes, type TopCode } from './sources/oews-wages';
import { OnetSource } from './sources/onet';
import { parseClaims, parseRoleAliases, parseRoles, parseTracks } from './sources/project-sources';
import { parseSocCrosswalk, parseSocDefinitions, parseSocStructure, type SocEntry } from './sources/soc-classification';
import { readCsvTable, readWorkbook, type RawTable } from './table';
import { readWorkbookStream } from './workbook-stream';
import { replaceFolderAtomically, sha256File, writeParquetTables, type WrittenTable } from './write-parquet';

/**
 * Years between benchmark copies: more than the span of the releases (May 2014–2025, EP to 2034),
 * so copies never share a year, and small enough that 100 copies keep four-digit years (the
 * parsers read four-digit years; 100-year steps broke at copy 80).
 */
const BENCH_YEAR_STEP = 20;

export interface IngestOptions {
	rawDir: string;
	sourcesDir: string;
	outDir: string;
	log?: (line: string) => void;
	/**
	 * Benchmark only: parse every BLS release this many times (copy k shifted by BENCH_YEAR_STEP·k years),
	 * to see how the ingest scales. Never used for the product's data.
	 */
	benchScale?: number;
}

export interface InputRecord {
	file: string;
	kind: Slot['kind'] | 'roles' | 'role-aliases' | 'tracks' | 'claims';
	release: string;
	sha256: string;
	rows_read: number;
	rows_kept: number;
	warnings: string[];
	ms: number;
}

export interface Manifest {
	generated_at: string;
	raw_dir: string;
	inputs: InputRecord[];
	tables: Record<TableName, WrittenTable>;
	checks: { name: string; checked: number; notes: string[] }[];
}

const dataRows = (t: RawTable) => Math.max(0, t.rows.length - 1);

export async function runIngest(opts: IngestOptions): Promise<Manifest> {
	const log = opts.log ?? (() => {});
	const started = performance.now();
	const { slots, ignored } = await discover(opts.rawDir);
	for (const f of ignored) log(`  skipped ${f} (not a file the ingest knows)`);

	const inputs: InputRecord[] = [];
	const releases: EpRelease[] = [];
	const wages: WageRow[] = [];
	let structure: SocEntry[] = [];
	let definitions = new Map<string, string>();
	const t = {
		projections: [],
		wages,
		cpi: [],
		soc_crosswalk: [],
		roles: [],
		role_aliases: [],
		tracks: [],
		occupations: [],
		claims: []
	} as unknown as TableRows;
	// Optional sources: empty tables when their files are not in the raw folder.
	Object.assign(t, {
		onet_occupations: [],
		experience_requirements: [],
		technologies: [],
		related_occupations: [],
		tasks: [],
		titles: [],
		interests: [],
		industry_wages: [],
		price_parities: []
	});
	const onet = new OnetSource(slots.flatMap((s) => (s.kind === 'onet' ? [s] : [])));
	// The sector workbook is the largest file: a worker thread reads it while the others are parsed.
	const sectorBooks = new Map(
		slots.flatMap((s) => (s.kind === 'oews-industry' ? [[s.path, readWorkbookStream(s.path, s.file, { worker: true })] as const] : []))
	);
	for (const book of sectorBooks.values()) book.catch(() => {}); // its error is reported in its turn below

	const record = async (
		path: string,
		file: string,
		kind: InputRecord['kind'],
		work: () => Promise<{ release: string; read: number; kept: number; warnings?: string[] }>
	) => {
		const t0 = performance.now();
		const r = await work();
		const rec: InputRecord = {
			file,
			kind,
			release: r.release,
			sha256: await sha256File(path),
			rows_read: r.read,
			rows_kept: r.kept,
			warnings: r.warnings ?? [],
			ms: Math.round(performance.now() - t0)
		};
		inputs.push(rec);
		log(
			`  ${file.padEnd(44)} ${r.release.padEnd(26)} read ${String(r.read).padStart(6)}  kept ${String(r.kept).padStart(5)}  ${rec.ms} ms${rec.warnings.length ? `  warnings: ${rec.warnings.join('; ')}` : ''}`
		);
	};

	const workbook = (slot: Slot) => readWorkbook(slot.path, slot.file);
	const copies = Math.max(1, Math.floor(opts.benchScale ?? 1));
	if (BENCH_YEAR_STEP * (copies - 1) + 2040 > 9999) throw new Error(`--bench-scale ${copies}: shifted years would need five digits`);
	/** Benchmark copies of a table: every four-digit year in its header moved on by BENCH_YEAR_STEP·k. */
	const shiftedHeader = (table: RawTable, k: number): RawTable => ({
		...table,
		rows: table.rows.map((r, i) =>
			i === 0
				? { ...r, cells: r.cells.map((c) => (typeof c === 'string' ? c.replace(/\b(19|20)\d\d\b/g, (y) => String(Number(y) + BENCH_YEAR_STEP * k)) : c)) }
				: r
		)
	});

	for (const slot of slots) {
		await record(slot.path, slot.file, slot.kind, async () => {
			switch (slot.kind) {
				case 'ep': {
					const epTable = await readCsvTable(slot.path, slot.file);
					for (let k = 1; k < copies; k++) t.projections.push(...parseEpProjections(shiftedHeader(epTable, k)).rows);
					const rel = parseEpProjections(epTable);
					if (releases.some((r) => r.periodStart === rel.periodStart && r.periodEnd === rel.periodEnd))
						throw new IngestError(slot.file, `a second Employment Projections file for ${rel.periodStart}-${rel.periodEnd}; keep one`);
					releases.push(rel);
					t.projections.push(...rel.rows);
					return { release: `EP ${rel.periodStart}-${rel.periodEnd} (wages May ${rel.wageYear})`, read: rel.rows.length, kept: rel.rows.length };
				}
				case 'oews-national':
				case 'oews-state': {
					const isXlsx = slot.path.toLowerCase().endsWith('.xlsx');
					let table: RawTable;
					let topCode: TopCode | undefined = knownTopCodes[slot.year];
					const warnings: string[] = [];
					if (isXlsx) {
						const wb = await workbook(slot);
						table = wb.sheet(0);
						if (wb.sheetNames.includes('Field Descriptions')) {
							const notes = wb.sheet('Field Descriptions').rows.map((r) => r.cells.filter((c) => c !== null).join(' '));
							const fromNotes = topCodeFromNotes(notes);
							const titleYear = notes[0]?.match(/May (\d{4})/)?.[1];
							if (titleYear && Number(titleYear) !== slot.year)
								throw new IngestError(slot.file, `the file name says May ${slot.year} but its notes say May ${titleYear}`, {
									row: 1,
									column: 'Field Descriptions'
								});
							if (fromNotes && topCode && (fromNotes.annual !== topCode.annual || fromNotes.hourly !== topCode.hourly))
								warnings.push(`notes give top-code $${fromNotes.annual}, the known value is $${topCode.annual}; using the notes`);
							topCode = fromNotes ?? topCode;
						}
					} else {
						table = await readCsvTable(slot.path, slot.file);
					}
					const { rows, warnings: notes } = parseOewsWages(table, { year: slot.year, scope: slot.kind === 'oews-national' ? 'national' : 'state', topCode });
					warnings.push(...notes);
					wages.push(...rows);
					for (let k = 1; k < copies; k++)
						wages.push(
							...parseOewsWages(table, { year: slot.year + BENCH_YEAR_STEP * k, scope: slot.kind === 'oews-national' ? 'national' : 'state', topCode }).rows
						);
					return { release: `OEWS May ${slot.year}${slot.kind === 'oews-state' ? ' states' : ''}`, read: dataRows(table), kept: rows.length, warnings };
				}
				case 'cpi': {
					const table = await readCsvTable(slot.path, slot.file, '\t');
					t.cpi = parseCpi(table);
					const last = t.cpi.at(-1)!;
					return { release: `CPI-U ${t.cpi[0]!.year}-${last.year}`, read: dataRows(table), kept: t.cpi.length };
				}
				case 'soc-structure': {
					const table = (await workbook(slot)).sheet(0);
					structure = parseSocStructure(table);
					return { release: 'SOC 2018 structure', read: structure.length, kept: structure.length };
				}
				case 'soc-definitions': {
					const table = (await workbook(slot)).sheet(0);
					definitions = parseSocDefinitions(table);
					// Rows below the header (row 8 in the BLS file, under a banner with empty rows).
					const header = table.rows.find((r) => r.cells.some((c) => /^SOC Definition$/i.test(String(c ?? '').trim())));
					return { release: 'SOC 2018 definitions', read: table.rows.filter((r) => r.row > (header?.row ?? 0)).length, kept: definitions.size };
				}
				case 'soc-crosswalk': {
					const table = (await workbook(slot)).sheet(0);
					t.soc_crosswalk = parseSocCrosswalk(table);
					return { release: 'SOC 2010 to 2018', read: t.soc_crosswalk.length, kept: t.soc_crosswalk.length };
				}
				case 'onet':
					return onet.add(slot);
				case 'oews-industry': {
					const r = parseOewsIndustry(await sectorBooks.get(slot.path)!, slot.year);
					t.industry_wages = r.rows;
					return { release: `OEWS May ${slot.year} by industry sector`, read: r.read, kept: r.rows.length, warnings: r.warnings };
				}
				case 'bea-rpp': {
					const r = parseBeaRpp(await readBeaTable(slot.path, slot.file));
					// Benchmark copies: the shifted OEWS state years need their price parities too (a cross-check).
					t.price_parities = Array.from({ length: copies }, (_, k) => r.rows.map((p) => ({ ...p, year: p.year + BENCH_YEAR_STEP * k }))).flat();
					return { release: `BEA RPP ${r.years[0]}-${r.years.at(-1)} (updated ${r.updated})`, read: r.read, kept: r.read, warnings: r.warnings };
				}
			}
		});
	}
	for (const [file, kind, parse] of [
		['salary_by_level.csv', 'roles', (tb: RawTable) => (t.roles = parseRoles(tb))],
		['role_aliases.csv', 'role-aliases', (tb: RawTable) => (t.role_aliases = parseRoleAliases(tb))],
		['tracks.csv', 'tracks', (tb: RawTable) => (t.tracks = parseTracks(tb))],
		['article_claims.csv', 'claims', (tb: RawTable) => (t.claims = parseClaims(tb))]
	] as const) {
		const path = join(opts.sourcesDir, file);
		await record(path, `data/sources/${file}`, kind, async () => {
			const table = await readCsvTable(path, `data/sources/${file}`);
			const rows = parse(table);
			return { release: 'project source', read: dataRows(table), kept: rows.length };
		});
	}

	t.occupations = buildOccupations(structure, definitions, releases);
	if (slots.some((s) => s.kind === 'onet')) Object.assign(t, onet.build());
	// Every code a claim names must be a SOC 2018 code (of any level).
	const socCodes = new Set(t.occupations.map((o) => o.soc_code));
	t.claims.forEach((c) => {
		for (const code of c.soc_codes)
			if (!socCodes.has(code))
				throw new IngestError('data/sources/article_claims.csv', `claim ${c.claim_id} names ${code}, which is not a SOC 2018 code`, { column: 'soc_codes' });
	});
	t.projections.sort((a, b) => a.period_start - b.period_start || a.soc_code.localeCompare(b.soc_code));
	wages.sort((a, b) => a.year - b.year || a.area_code.localeCompare(b.area_code) || a.soc_code.localeCompare(b.soc_code));

	// The contract: every output row is validated before anything is written (derived tables as they are written).
	for (const name of sourceTableNames) checkTableRows(name, t[name]);

	const checks: CheckResult[] = crossChecks.map((c) => c(t));
	for (const c of checks) {
		log(`  check: ${c.name}: ${c.checked} compared, ${c.failures.length} failed${c.notes.length ? ` (${c.notes.join('; ')})` : ''}`);
		if (c.failures.length)
			throw new IngestError(
				'cross-check',
				`${c.name} failed ${c.failures.length} time(s): ${c.failures.slice(0, 5).join('; ')}${c.failures.length > 5 ? '; ...' : ''}`
			);
	}

	let tables = {} as Record<TableName, WrittenTable>;
	const manifest = (): Manifest => ({
		generated_at: new Date().toISOString(),
		raw_dir: opts.rawDir,
		inputs,
		tables,
		checks: checks.map((c) => ({ name: c.name, checked: c.checked, notes: c.notes }))
	});
	await replaceFolderAtomically(opts.outDir, async (tmp) => {
		tables = await writeParquetTables(tmp, t);
		await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest(), null, '\t') + '\n');
	});
	const m = JSON.parse(await readFile(join(opts.outDir, 'manifest.json'), 'utf8')) as Manifest;
	for (const name of tableNames)
		log(`  table ${name.padEnd(20)} ${String(tables[name].rows).padStart(6)} rows  ${(tables[name].bytes / 1024).toFixed(1).padStart(7)} KiB`);
	log(`  done in ${((performance.now() - started) / 1000).toFixed(2)} s → ${opts.outDir}`);
	return m;
}
