/**
 * CPI flat file (download.bls.gov/pub/time.series/cu/cu.data.1.AllItems): tab-separated with
 * BLS's space padding. Keeps CUUR0000SA0 (CPI-U, U.S. city average, all items, NSA, 1982-84=100):
 * the annual average (M13) and the May value of each year.
 */
import { z } from 'zod';
import type { CpiRow } from '../../../src/lib/schema/tables';
import { numberCell } from '../cells';
import { IngestError } from '../errors';
import { parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

export const CPI_SERIES = 'CUUR0000SA0';

const columns: ColumnSpec[] = [
	{
		key: 'series_id',
		header: 'series_id',
		schema: z.preprocess((v) => String(v ?? '').trim(), z.string().regex(/^[A-Z0-9]{8,20}$/, 'expected a series id like CUUR0000SA0'))
	},
	{ key: 'year', header: 'year', schema: z.preprocess((v) => Number(String(v).trim()), z.number().int().min(1900).max(2100)) },
	{
		key: 'period',
		header: 'period',
		schema: z.preprocess((v) => String(v ?? '').trim(), z.string().regex(/^(M(0[1-9]|1[0-3])|S0[1-3])$/, 'expected a period like M05, M13 or S01'))
	},
	{ key: 'value', header: 'value', schema: z.preprocess((v) => String(v ?? '').trim(), numberCell.pipe(z.number().positive())) },
	{ key: 'footnote_codes', header: 'footnote_codes', schema: z.unknown() }
];

export function parseCpi(table: RawTable): CpiRow[] {
	const headerAt = table.rows[0];
	if (!headerAt) throw new IngestError(table.file, 'the file is empty');
	const cols = resolveColumns(
		table,
		{ ...headerAt, cells: headerAt.cells.map((c) => String(c ?? '').trim()) },
		columns,
		'a BLS CPI time-series file (cu.data.*)'
	);
	const byYear = new Map<number, CpiRow>();
	const seen = new Set<string>();
	for (const { row, value: r } of parseRows<{ series_id: string; year: number; period: string; value: number }>(table, cols, columns)) {
		if (r.series_id !== CPI_SERIES) continue;
		const key = `${r.year}${r.period}`;
		if (seen.has(key)) throw new IngestError(table.file, `duplicate ${CPI_SERIES} value for ${r.year} ${r.period}`, { row, column: 'period' });
		seen.add(key);
		if (r.period !== 'M13' && r.period !== 'M05') continue;
		const y = byYear.get(r.year) ?? { year: r.year, annual_avg: null, may_value: null };
		if (r.period === 'M13') y.annual_avg = r.value;
		else y.may_value = r.value;
		byYear.set(r.year, y);
	}
	if (byYear.size === 0) throw new IngestError(table.file, `no ${CPI_SERIES} rows: expected the CPI-U U.S. city average all-items series`);
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}
