/**
 * SOC 2018 classification files from bls.gov/soc: the hierarchical structure (one code column
 * filled per row, title in column E), the definitions, and the SOC 2010 → 2018 crosswalk.
 */
import { z } from 'zod';
import type { SocCrosswalkRow } from '../../../src/lib/schema/tables';
import { optionalText, socCodeCell, text } from '../cells';
import { IngestError, shown } from '../errors';
import { findHeaderRow, parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

export interface SocEntry {
	code: string;
	title: string;
	level: 'major' | 'minor' | 'broad' | 'detailed';
}

const structureLevels = ['major', 'minor', 'broad', 'detailed'] as const;

export function parseSocStructure(table: RawTable): SocEntry[] {
	const headerAt = findHeaderRow(
		table,
		[/^Major Group$/i, /^Minor Group$/i, /^Broad Group$/i, /^Detailed Occupation$/i],
		'the SOC 2018 structure (soc_structure_2018.xlsx)'
	);
	const expected = ['Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation'];
	expected.forEach((h, i) => {
		if (
			String(headerAt.cells[i] ?? '')
				.trim()
				.toLowerCase() !== h.toLowerCase()
		)
			throw new IngestError(table.file, `expected "${h}" in column ${'ABCD'[i]}, got ${shown(headerAt.cells[i])} (columns moved?)`, {
				row: headerAt.row,
				column: h
			});
	});
	const out: SocEntry[] = [];
	const seen = new Set<string>();
	for (const r of table.rows) {
		if (r.row <= headerAt.row) continue;
		const filled = [0, 1, 2, 3].filter((i) => String(r.cells[i] ?? '').trim() !== '');
		if (filled.length === 0 && String(r.cells[4] ?? '').trim() === '') continue;
		if (filled.length !== 1) throw new IngestError(table.file, `expected exactly one code in columns A-D, found ${filled.length}`, { row: r.row });
		const i = filled[0]!;
		const code = socCodeCell.safeParse(r.cells[i]);
		if (!code.success) throw new IngestError(table.file, `expected a SOC code like 11-3021, got ${shown(r.cells[i])}`, { row: r.row, column: expected[i] });
		const title = text.safeParse(r.cells[4]);
		if (!title.success) throw new IngestError(table.file, 'expected the title in column E, got an empty cell', { row: r.row, column: 'E' });
		if (seen.has(code.data)) throw new IngestError(table.file, `duplicate code ${code.data}`, { row: r.row, column: expected[i] });
		seen.add(code.data);
		out.push({ code: code.data, title: title.data as string, level: structureLevels[i]! });
	}
	if (out.filter((e) => e.level === 'detailed').length < 800)
		throw new IngestError(table.file, `only ${out.length} entries; the SOC 2018 structure has 1,447 (truncated file?)`);
	return out;
}

const definitionColumns: ColumnSpec[] = [
	{
		key: 'group',
		header: 'SOC Group',
		schema: z.preprocess(
			(v) =>
				String(v ?? '')
					.trim()
					.toLowerCase(),
			z.enum(structureLevels)
		)
	},
	{ key: 'code', header: 'SOC Code', schema: socCodeCell },
	{ key: 'title', header: 'SOC Title', schema: text },
	{ key: 'definition', header: 'SOC Definition', schema: optionalText }
];

export function parseSocDefinitions(table: RawTable): Map<string, string> {
	const headerAt = findHeaderRow(table, [/^SOC Code$/i, /^SOC Definition$/i], 'the SOC 2018 definitions (soc_2018_definitions.xlsx)');
	const cols = resolveColumns(table, headerAt, definitionColumns, 'the SOC 2018 definitions');
	const out = new Map<string, string>();
	for (const { row, value } of parseRows<{ code: string; definition: string | null }>(table, cols, definitionColumns)) {
		if (out.has(value.code)) throw new IngestError(table.file, `duplicate code ${value.code}`, { row, column: 'SOC Code' });
		if (value.definition) out.set(value.code, value.definition);
	}
	return out;
}

const crosswalkColumns: ColumnSpec[] = [
	{ key: 'soc_2010', header: '2010 SOC Code', schema: socCodeCell },
	{ key: 'title_2010', header: '2010 SOC Title', schema: text },
	{ key: 'soc_2018', header: '2018 SOC Code', schema: socCodeCell },
	{ key: 'title_2018', header: '2018 SOC Title', schema: text }
];

// BLS marks splits "(#)" and merges "(##)" in the titles; the mapping itself says as much.
const stripMarker = (t: string) => t.replace(/\s*\(#{1,2}\)\s*$/, '');

export function parseSocCrosswalk(table: RawTable): SocCrosswalkRow[] {
	const headerAt = findHeaderRow(table, [/^2010 SOC Code$/i, /^2018 SOC Code$/i], 'the SOC 2010 to 2018 crosswalk');
	const cols = resolveColumns(table, headerAt, crosswalkColumns, 'the SOC 2010 to 2018 crosswalk');
	const seen = new Set<string>();
	const out: SocCrosswalkRow[] = [];
	for (const { row, value } of parseRows<SocCrosswalkRow>(table, cols, crosswalkColumns)) {
		const key = `${value.soc_2010}>${value.soc_2018}`;
		if (seen.has(key)) throw new IngestError(table.file, `duplicate pair ${value.soc_2010} → ${value.soc_2018}`, { row, column: '2018 SOC Code' });
		seen.add(key);
		out.push({ ...value, title_2010: stripMarker(value.title_2010), title_2018: stripMarker(value.title_2018) });
	}
	if (out.length < 800) throw new IngestError(table.file, `only ${out.length} pairs; the crosswalk has 900 (truncated file?)`);
	return out;
}
