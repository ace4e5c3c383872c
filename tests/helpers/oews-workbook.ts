/**
 * Writes tiny OEWS workbooks in the real layouts, with exceljs, for the parser tests:
 *  - 2014: OCC_CODE … OCC_GROUP …, no AREA columns, sheet "national_dl", no Field Descriptions;
 *  - 2019: lower-case headers with area … o_group, jobs_1000 as empty strings, Field Descriptions;
 *  - 2024: upper-case headers with PRIM_STATE and PCT_RPT, ANNUAL/HOURLY as '' when blank.
 * National files need over 500 rows, so `filler` detailed rows (SOC major group 99, which
 * does not exist) are added after the given ones.
 */
import ExcelJS from 'exceljs';
import type { Cell } from '../../scripts/ingest/cells';
import type { RawTable } from '../../scripts/ingest/table';

export type OewsLayout = 2014 | 2019 | 2024;

const wageCols = [
	'H_MEAN',
	'A_MEAN',
	'MEAN_PRSE',
	'H_PCT10',
	'H_PCT25',
	'H_MEDIAN',
	'H_PCT75',
	'H_PCT90',
	'A_PCT10',
	'A_PCT25',
	'A_MEDIAN',
	'A_PCT75',
	'A_PCT90',
	'ANNUAL',
	'HOURLY'
];

export const oewsHeaders: Record<OewsLayout, string[]> = {
	2014: ['OCC_CODE', 'OCC_TITLE', 'OCC_GROUP', 'TOT_EMP', 'EMP_PRSE', ...wageCols],
	2019: [
		'area',
		'area_title',
		'area_type',
		'naics',
		'naics_title',
		'i_group',
		'own_code',
		'occ_code',
		'occ_title',
		'o_group',
		'tot_emp',
		'emp_prse',
		'jobs_1000',
		'loc_quotient',
		'pct_total',
		...wageCols.map((c) => c.toLowerCase())
	],
	2024: [
		'AREA',
		'AREA_TITLE',
		'AREA_TYPE',
		'PRIM_STATE',
		'NAICS',
		'NAICS_TITLE',
		'I_GROUP',
		'OWN_CODE',
		'OCC_CODE',
		'OCC_TITLE',
		'O_GROUP',
		'TOT_EMP',
		'EMP_PRSE',
		'JOBS_1000',
		'LOC_QUOTIENT',
		'PCT_TOTAL',
		'PCT_RPT',
		...wageCols
	]
};

type Value = string | number | boolean | null | undefined;
/** One occupation row, keyed by upper-case BLS column name; OCC_GROUP is the level. */
export type OewsRow = Record<string, Value>;

/**
 * An occupation from its published numbers: wages are
 * [H_MEAN, A_MEAN, H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90, A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90].
 */
export function occ(code: string, title: string, group: string, totEmp: Value, wages: Value[], extra: OewsRow = {}): OewsRow {
	const [hMean, aMean, h10, h25, hMed, h75, h90, a10, a25, aMed, a75, a90] = wages;
	return {
		OCC_CODE: code,
		OCC_TITLE: title,
		OCC_GROUP: group,
		TOT_EMP: totEmp,
		EMP_PRSE: 1.0,
		H_MEAN: hMean,
		A_MEAN: aMean,
		MEAN_PRSE: 0.5,
		H_PCT10: h10,
		H_PCT25: h25,
		H_MEDIAN: hMed,
		H_PCT75: h75,
		H_PCT90: h90,
		A_PCT10: a10,
		A_PCT25: a25,
		A_MEDIAN: aMed,
		A_PCT75: a75,
		A_PCT90: a90,
		...extra
	};
}

export function fillerRows(count: number, startAt = 1): OewsRow[] {
	return Array.from({ length: count }, (_, i) => {
		const n = startAt + i;
		const h = 20 + (n % 50);
		return occ(`99-${String(1000 + n).padStart(4, '0')}`, `Filler Occupation ${n}`, 'detailed', 1000 + n * 10, [
			h,
			h * 2080,
			h - 8,
			h - 4,
			h,
			h + 4,
			h + 8,
			(h - 8) * 2080,
			(h - 4) * 2080,
			h * 2080,
			(h + 4) * 2080,
			(h + 8) * 2080
		]);
	});
}

function cellsFor(layout: OewsLayout, r: OewsRow): Value[] {
	const national: OewsRow = {
		AREA: '99',
		AREA_TITLE: 'U.S.',
		AREA_TYPE: '1',
		PRIM_STATE: 'US',
		NAICS: '000000',
		NAICS_TITLE: 'Cross-industry',
		I_GROUP: 'cross-industry',
		OWN_CODE: '1235',
		// Not applicable nationally: empty strings in 2019, empty cells from 2020 on.
		JOBS_1000: layout === 2019 ? '' : null,
		LOC_QUOTIENT: layout === 2019 ? '' : null,
		PCT_TOTAL: null,
		PCT_RPT: null,
		// Blank ANNUAL/HOURLY: an empty cell up to 2019, an empty-string cell from 2020 on.
		ANNUAL: layout === 2024 ? '' : null,
		HOURLY: layout === 2024 ? '' : null
	};
	// The level is OCC_GROUP in 2014 and O_GROUP later; rows give it as OCC_GROUP.
	const full: OewsRow = { ...national, ...r, O_GROUP: r.OCC_GROUP };
	return oewsHeaders[layout].map((h) => full[h.toUpperCase()] ?? null);
}

export interface WorkbookSpec {
	layout: OewsLayout;
	rows: OewsRow[];
	/** Filler rows after `rows` (national files need over 500). */
	filler?: number;
	/** Lines of a "Field Descriptions" sheet (one per row, column A). */
	fieldDescriptions?: string[];
	/** Replace the header (e.g. to rename or add a column). */
	header?: string[];
	sheetName?: string;
	/** Extra cells at the end of given rows, keyed by index into `rows`. */
	extraCells?: Record<number, Value[]>;
}

/** The notes of a release's Field Descriptions sheet, trimmed to the lines the ingest reads. */
export function fieldDescriptionLines(year: number, hourly = '115.00', annual = '239,200'): string[] {
	return [
		`May ${year} OEWS Estimates`,
		'',
		'Field\tField Description',
		'area\tU.S. (99), state FIPS code, Metropolitan Statistical Area (MSA) or New England City and Town Area (NECTA) code, or OEWS-specific nonmetropolitan area code',
		'Notes:',
		'*  = indicates that a wage estimate is not available',
		'**  = indicates that an employment estimate is not available',
		`#  = indicates a wage equal to or greater than $${hourly} per hour or $${annual} per year `,
		'~ =indicates that the percent of establishments reporting the occupation is less than 0.5%'
	];
}

export async function writeOewsWorkbook(path: string, spec: WorkbookSpec): Promise<void> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet(spec.sheetName ?? (spec.layout === 2014 ? 'national_dl' : `national_M${spec.layout}_dl`));
	const header = spec.header ?? oewsHeaders[spec.layout];
	ws.addRow(header);
	const rows = [...spec.rows, ...fillerRows(spec.filler ?? 0)];
	rows.forEach((r, i) => {
		const cells = cellsFor(spec.layout, r);
		const extra = spec.extraCells?.[i] ?? [];
		// exceljs writes no cell for null; an explicit '' stays an empty-string cell as in the 2020+ files.
		ws.addRow([...cells, ...extra]);
	});
	if (spec.fieldDescriptions) {
		const fd = wb.addWorksheet('Field Descriptions');
		for (const line of spec.fieldDescriptions) fd.addRow(line === '' ? [] : line.split('\t'));
	}
	await wb.xlsx.writeFile(path);
}

/**
 * The same sheet as `writeOewsWorkbook` would write, as the RawTable that reading it back gives
 * (header on row 1, trailing empty cells left out), without the cost of a zip round trip. The
 * workbook round trip itself is covered by the layout tests.
 */
export function oewsTable(file: string, spec: WorkbookSpec): RawTable {
	const header = spec.header ?? oewsHeaders[spec.layout];
	const rows = [...spec.rows, ...fillerRows(spec.filler ?? 0)].map((r, i) => [...cellsFor(spec.layout, r), ...(spec.extraCells?.[i] ?? [])]);
	const trim = (cells: Value[]): Cell[] => {
		const out = cells.map((c) => (c === undefined ? null : c));
		while (out.length && out.at(-1) === null) out.pop();
		return out;
	};
	return { file, sheet: spec.sheetName ?? 'national_M2024_dl', kind: 'xlsx', rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells: trim(cells) })) };
}
