/**
 * The project's own committed sources in data/sources/: the published salary-by-level ladder,
 * the search aliases, the IT and IS track members and the figures quoted in the seed articles.
 * Same parsing and error contract as the BLS files.
 */
import { z } from 'zod';
import {
	claimRow,
	roleAliasRow,
	roleRow,
	trackMemberRow,
	type ClaimRow,
	type RoleAliasRow,
	type RoleRow,
	type TrackMemberRow
} from '../../../src/lib/schema/tables';
import { IngestError } from '../errors';
import { findHeaderRow, parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

function specsFor(schema: z.ZodObject): ColumnSpec[] {
	return Object.entries(schema.shape).map(([key, s]) => ({
		key,
		header: key,
		// CSV cells are text: numbers and blanks are converted before the contract's schema sees them.
		schema: z.preprocess((v) => {
			const t = String(v ?? '').trim();
			if (s instanceof z.ZodNumber) return t === '' ? undefined : Number(t);
			// A list cell holds its items separated by semicolons: "15-1242;15-1243".
			if (s instanceof z.ZodArray) return t === '' ? [] : t.split(';').map((x) => x.trim());
			if (s instanceof z.ZodNullable && t === '') return null;
			return t;
		}, s as z.ZodType)
	}));
}

function parseContractCsv<T>(table: RawTable, schema: z.ZodObject, what: string, key: (r: T) => string): T[] {
	const specs = specsFor(schema);
	const headerAt = findHeaderRow(table, [new RegExp(`^${specs[0]!.key}$`)], what, 1);
	const cols = resolveColumns(table, headerAt, specs, what);
	const seen = new Map<string, number>();
	return parseRows<T>(table, cols, specs).map(({ row, value }) => {
		const k = key(value);
		if (seen.has(k)) throw new IngestError(table.file, `duplicate ${k} (first on row ${seen.get(k)})`, { row, column: specs[0]!.key });
		seen.set(k, row);
		return value;
	});
}

export const parseRoles = (table: RawTable): RoleRow[] => parseContractCsv<RoleRow>(table, roleRow, 'the salary-by-level table', (r) => `${r.track} ${r.role}`);

export const parseRoleAliases = (table: RawTable): RoleAliasRow[] =>
	parseContractCsv<RoleAliasRow>(table, roleAliasRow, 'the role aliases table', (r) => `${r.alias.toLowerCase()} → ${r.soc_code}`);

/** One row per occupation: an occupation on both tracks is one `both` row, never an IT row and an IS row. */
export const parseTracks = (table: RawTable): TrackMemberRow[] =>
	parseContractCsv<TrackMemberRow>(table, trackMemberRow, 'the tracks table', (r) => r.soc_code);

export const parseClaims = (table: RawTable): ClaimRow[] => parseContractCsv<ClaimRow>(table, claimRow, 'the article claims table', (r) => r.claim_id);
