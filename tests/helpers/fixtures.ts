/**
 * Fixture builders in the real BLS formats: filler rows for the EP CSVs (a real release has about
 * 800 rows and the parser rejects fewer than 100 as truncated), and the three SOC workbooks with
 * their BLS banner rows above the header.
 */
import ExcelJS from 'exceljs';
import { lineEnding } from './ingest';

/**
 * Appends `count` filler occupations (codes 99-9000 …, a SOC major group that does not exist) in
 * the file's own style: the original export quotes every field and writes codes as ="…", the
 * spreadsheet-re-saved copies quote only when needed. Line numbers of the given rows do not change.
 */
export function epWithFiller(text: string, count = 100): string {
	const eol = lineEnding(text);
	const exportStyle = text.startsWith('"');
	const lines: string[] = [];
	for (let i = 0; i < count; i++) {
		const cells = [
			`Filler occupation ${i + 1}`,
			`99-${9000 + i}`,
			'10.0',
			'11.0',
			'1.0',
			'10.0',
			'0.5',
			'50,000',
			'High school diploma or equivalent',
			'7',
			'None',
			'4',
			'None',
			'6'
		];
		lines.push(
			exportStyle ? cells.map((c, j) => (j === 1 ? `"=""${c}"""` : `"${c}"`)).join(',') : cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')
		);
	}
	return (text.endsWith(eol) ? text : text + eol) + lines.join(eol) + eol;
}

/** Edits physical line `line` (1-based) of a CSV text, keeping its line endings. */
export function editLine(text: string, line: number, edit: (l: string) => string): string {
	const eol = lineEnding(text);
	const lines = text.split(eol);
	lines[line - 1] = edit(lines[line - 1]!);
	return lines.join(eol);
}

const banner = (dated: string, note: string): (string | null)[][] => [
	['U.S. Bureau of Labor Statistics'],
	['On behalf of the Office of Management and Budget (OMB) and the Standard Occupational Classification Policy Committee (SOCPC)'],
	[],
	[dated],
	[note],
	[],
	[]
];

export interface SocEntryIn {
	code: string;
	title: string;
	level: 'major' | 'minor' | 'broad' | 'detailed';
	definition?: string;
}

/** A small SOC 2018 tree around 11-3021 and 15-1242, in structure order. */
export const socSample: SocEntryIn[] = [
	{ code: '11-0000', title: 'Management Occupations', level: 'major' },
	{ code: '11-3000', title: 'Operations Specialties Managers', level: 'minor' },
	{ code: '11-3020', title: 'Computer and Information Systems Managers', level: 'broad' },
	{
		code: '11-3021',
		title: 'Computer and Information Systems Managers',
		level: 'detailed',
		definition:
			'Plan, direct, or coordinate activities in such fields as electronic data processing, information systems, systems analysis, and computer programming.'
	},
	{ code: '15-0000', title: 'Computer and Mathematical Occupations', level: 'major' },
	{ code: '15-1200', title: 'Computer Occupations', level: 'minor' },
	{ code: '15-1240', title: 'Database and Network Administrators and Architects', level: 'broad' },
	{
		code: '15-1242',
		title: 'Database Administrators',
		level: 'detailed',
		definition: 'Administer, test, and implement computer databases, applying knowledge of database management systems.'
	},
	{
		code: '15-1243',
		title: 'Database Architects',
		level: 'detailed',
		definition: 'Design strategies for enterprise databases, data warehouse systems, and multidimensional networks.'
	}
];

/** `count` detailed filler occupations under major group 99 (the structure needs over 800). */
export function socFiller(count: number): SocEntryIn[] {
	return Array.from({ length: count }, (_, i) => ({
		code: `99-${String(1001 + i).padStart(4, '0')}`,
		title: `Filler Occupation ${i + 1}`,
		level: 'detailed' as const,
		definition: `Filler definition ${i + 1}.`
	}));
}

/** Puts each row at its own row number (1-based), so empty banner rows keep their place. */
function putRows(ws: ExcelJS.Worksheet, rows: (string | null)[][]) {
	rows.forEach((cells, i) => {
		if (cells.length) ws.getRow(i + 1).values = cells;
	});
}

async function save(wb: ExcelJS.Workbook, path: string) {
	await wb.xlsx.writeFile(path);
}

/** soc_structure_2018.xlsx: banner rows 1–7, header on row 8, one code column filled per row, title in E. */
export async function writeSocStructure(path: string, entries: SocEntryIn[], opts: { header?: string[] } = {}) {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('2018 Structure');
	const col = { major: 0, minor: 1, broad: 2, detailed: 3 };
	putRows(ws, [
		...banner(
			'November 2017 (for reference year January 2018)',
			'***This is the final structure for the 2018 SOC. Questions should be emailed to soc@bls.gov***'
		),
		opts.header ?? ['Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation'],
		...entries.map((e) => {
			const cells: (string | null)[] = [null, null, null, null, e.title];
			cells[col[e.level]] = e.code;
			return cells;
		})
	]);
	await save(wb, path);
}

/** soc_2018_definitions.xlsx: banner rows 1–7, header on row 8: SOC Group | SOC Code | SOC Title | SOC Definition. */
export async function writeSocDefinitions(path: string, entries: SocEntryIn[]) {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('2018 SOC');
	putRows(ws, [
		...banner(
			'November 2017 (for reference year January 2018 - Updated April 15, 2020)',
			'***This is the final structure and detailed definitions for the 2018 SOC. Questions should be emailed to soc@bls.gov***'
		),
		['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'],
		...entries.map((e) => [e.level[0]!.toUpperCase() + e.level.slice(1), e.code, e.title, e.definition ?? ''])
	]);
	await save(wb, path);
}

export interface CrosswalkPair {
	soc_2010: string;
	title_2010: string;
	soc_2018: string;
	title_2018: string;
}

/** The crosswalk around database administrators, with BLS's (#) split and (##) merge markers. */
export const crosswalkSample: CrosswalkPair[] = [
	{
		soc_2010: '11-3021',
		title_2010: 'Computer and Information Systems Managers',
		soc_2018: '11-3021',
		title_2018: 'Computer and Information Systems Managers'
	},
	{ soc_2010: '15-1141', title_2010: 'Database Administrators (#)', soc_2018: '15-1242', title_2018: 'Database Administrators' },
	{ soc_2010: '15-1141', title_2010: 'Database Administrators (#)', soc_2018: '15-1243', title_2018: 'Database Architects (##)' },
	{ soc_2010: '15-1199', title_2010: 'Computer Occupations, All Other (#)', soc_2018: '15-1243', title_2018: 'Database Architects (##)' }
];

export function crosswalkFiller(count: number): CrosswalkPair[] {
	return Array.from({ length: count }, (_, i) => {
		const code = `99-${String(1001 + i).padStart(4, '0')}`;
		return { soc_2010: code, title_2010: `Filler Occupation ${i + 1}`, soc_2018: code, title_2018: `Filler Occupation ${i + 1}` };
	});
}

/** soc_2010_to_2018_crosswalk.xlsx: sheet "Sorted by 2010", banner rows 1–8, header on row 9. */
export async function writeSocCrosswalk(path: string, pairs: CrosswalkPair[]) {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Sorted by 2010');
	const rows: (string | null)[][] = [
		['U.S. Bureau of Labor Statistics'],
		['On behalf of the Office of Management and Budget (OMB) and the Standard Occupational Classification Policy Committee (SOCPC)'],
		[],
		['November 2017'],
		[],
		['***Questions should be emailed to soc@bls.gov***'],
		[],
		[],
		['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'],
		...pairs.map((p) => [p.soc_2010, p.title_2010, p.soc_2018, p.title_2018])
	];
	putRows(ws, rows);
	await save(wb, path);
}
