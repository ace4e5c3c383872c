/**
 * Employment Projections occupation table (data.bls.gov/projections/occupationProj CSV export)
 * → `projections` rows, plus each occupation's example titles and education for `occupations`.
 * Handles both header layouts (2016–26 and 2018–28 on), codes as `="11-3021"` or plain,
 * employment in thousands with separators, `N/A` and `>=` wages, and the wage year in the header.
 */
import type { ProjectionRow } from '../../../src/lib/schema/tables';
import { epWageCell, ignored, numberCell, optionalText, socCodeCell, text, thousandsToPersons } from '../cells';
import { IngestError } from '../errors';
import { findHeaderRow, parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';
import { socVersionOf } from '../soc-version';

const columns: ColumnSpec[] = [
	{ key: 'title', header: 'Occupation Title', schema: text },
	{ key: 'code', header: /^(Occupation Code|SOC Code)$/i, schema: socCodeCell },
	{ key: 'emp_start', header: /^Employment (\d{4})(?: \(thousands\))?$/i, schema: thousandsToPersons },
	{ key: 'emp_end', header: /^Employment (\d{4})(?: \(thousands\))?$/i, schema: thousandsToPersons },
	{ key: 'emp_change', header: /^Employment change, (\d{4})-(\d{4})(?: \(thousands\))?$/i, schema: thousandsToPersons },
	{
		key: 'pct_change',
		header: /^Employment (?:percent change, (\d{4})-(\d{4})|change, (\d{4})-(\d{4}) \(percent\))$/i,
		schema: numberCell
	},
	{
		key: 'openings',
		header: /^Occupational openings, (\d{4})-(\d{4}) annual average(?: \(thousands\))?$/i,
		schema: thousandsToPersons
	},
	{ key: 'wage', header: /^(?:Median annual wage (\d{4})|(\d{4}) median annual wage)$/i, schema: epWageCell },
	{ key: 'education', header: 'Typical entry-level education', schema: optionalText },
	{ key: 'education_code', header: 'Education Code', schema: ignored },
	{ key: 'experience', header: 'Work experience in a related occupation', schema: optionalText },
	{ key: 'workex_code', header: 'Workex Code', schema: ignored },
	{ key: 'training', header: 'Typical on-the-job training', schema: optionalText },
	{ key: 'tr_code', header: 'trCode', schema: ignored }
];

interface EpRaw {
	title: string;
	code: string;
	emp_start: number;
	emp_end: number;
	emp_change: number;
	pct_change: number;
	openings: number;
	wage: { value: number | null; topcoded: boolean };
	education: string | null;
	experience: string | null;
	training: string | null;
}

export interface EpRelease {
	periodStart: number;
	periodEnd: number;
	wageYear: number;
	rows: ProjectionRow[];
	/** Example job titles by code, from the title column. */
	exampleTitles: Map<string, string[]>;
}

/** "Accountants and auditors    * Account Auditor* Accountant" → title and example titles. */
export function splitTitle(raw: string): { title: string; examples: string[] } {
	const at = raw.indexOf('    *');
	if (at < 0) return { title: raw.trim(), examples: [] };
	const examples = raw
		.slice(at + 5)
		.split('*')
		.map((s) => s.trim())
		.filter(Boolean);
	return { title: raw.slice(0, at).trim(), examples };
}

// Every EP export writes the registered sign of "GED®" as "¿" (in titles and example titles).
const fixGed = (s: string | null) => s?.replace(/GED¿/g, 'GED®') ?? null;

export function parseEpProjections(table: RawTable): EpRelease {
	const headerAt = findHeaderRow(table, [/^Occupation Title$/i, /^Employment \d{4}/i], 'an Employment Projections occupation table', 3);
	const cols = resolveColumns(table, headerAt, columns, 'an Employment Projections occupation table');
	const years = (key: string) => cols.captures.get(key)!.slice(1).filter(Boolean).map(Number);
	const [start] = years('emp_start');
	const [end] = years('emp_end');
	if (start === undefined || end === undefined || !(end > start))
		throw new IngestError(
			table.file,
			`the employment columns are not a base year then a later target year (${cols.names.get('emp_start')}, ${cols.names.get('emp_end')})`,
			{ row: cols.headerRow }
		);
	for (const key of ['emp_change', 'pct_change', 'openings']) {
		const [a, b] = years(key);
		if (a !== start || b !== end)
			throw new IngestError(table.file, `the header says ${start}-${end} for employment but ${a}-${b} here`, {
				row: cols.headerRow,
				column: cols.names.get(key)
			});
	}
	const [wageYear] = years('wage');
	if (wageYear === undefined || wageYear < start || wageYear > start + 2)
		throw new IngestError(table.file, `the median wage year ${wageYear} does not belong to a ${start}-${end} release`, {
			row: cols.headerRow,
			column: cols.names.get('wage')
		});

	const parsed = parseRows<EpRaw>(table, cols, columns);
	if (parsed.length < 100) throw new IngestError(table.file, `only ${parsed.length} occupations; a full release has about 800 (truncated file?)`);
	const seen = new Map<string, number>();
	const rows: ProjectionRow[] = [];
	const exampleTitles = new Map<string, string[]>();
	const socVersion = socVersionOf(start);
	for (const { row, value: r } of parsed) {
		const dup = seen.get(r.code);
		if (dup !== undefined) throw new IngestError(table.file, `duplicate occupation ${r.code} (first on row ${dup})`, { row, column: cols.names.get('code') });
		seen.set(r.code, row);
		// Changes are published rounded to 0.1 thousand, so allow one rounding step each way.
		if (Math.abs(r.emp_end - r.emp_start - r.emp_change) > 150)
			throw new IngestError(table.file, `employment change ${r.emp_change} does not equal ${r.emp_end} - ${r.emp_start} (a column moved?)`, {
				row,
				column: cols.names.get('emp_change')
			});
		const { title, examples } = splitTitle(fixGed(r.title)!);
		exampleTitles.set(r.code, examples);
		rows.push({
			soc_code: r.code,
			title,
			period_start: start,
			period_end: end,
			emp_start: r.emp_start,
			emp_end: r.emp_end,
			emp_change: r.emp_change,
			pct_change: r.pct_change,
			openings_annual: r.openings,
			median_wage: r.wage.value,
			median_wage_year: wageYear,
			median_wage_topcoded: r.wage.topcoded,
			education: fixGed(r.education),
			experience: r.experience,
			training: r.training,
			soc_version: socVersion
		});
	}
	return { periodStart: start, periodEnd: end, wageYear, rows, exampleTitles };
}
