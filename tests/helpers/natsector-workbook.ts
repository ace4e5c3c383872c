/**
 * Writes small OEWS industry-sector workbooks in the layout of natsector_M2024_dl.xlsx: sheet
 * "Natsector_M2024_dl" with the 32 columns of the state file (AREA … HOURLY), NAICS / NAICS_TITLE
 * per sector and I_GROUP "sector", then "Field Descriptions", and the hidden "UpdateTime" and
 * "Filler" sheets. Occupation rows come from `occ` (tests/helpers/oews-workbook.ts).
 * The zip's entries are put in the order of the BLS file (workbook.xml before the sheets,
 * sharedStrings.xml after them); exceljs writes workbook.xml last.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
// exceljs's own zip library (a dependency of exceljs), to reorder the entries it writes.
import JSZip from 'jszip';
import { fieldDescriptionLines, occ, oewsHeaders, type OewsRow } from './oews-workbook';

export interface Sector {
	naics: string;
	title: string;
	rows: OewsRow[];
}

export interface NatsectorSpec {
	sectors: Sector[];
	/** Replace the header (e.g. to drop or rename a column). */
	header?: string[];
	/** Lines of the Field Descriptions sheet; null leaves the sheet out. */
	fieldDescriptions?: string[] | null;
	/** 'exceljs' keeps the entries in the order exceljs writes them (workbook.xml last). */
	zipOrder?: 'bls' | 'exceljs';
}

/** Entry order of natsector_M2024_dl.xlsx (unzip -l). */
const blsOrder = [
	/^\[Content_Types\]\.xml$/,
	/^_rels\/\.rels$/,
	/^xl\/workbook\.xml$/,
	/^xl\/_rels\/workbook\.xml\.rels$/,
	/^xl\/worksheets\/sheet\d+\.xml$/,
	/^xl\/theme\//,
	/^xl\/styles\.xml$/,
	/^xl\/sharedStrings\.xml$/,
	/^xl\/worksheets\/_rels\//,
	/^docProps\//
];

async function inBlsOrder(xlsx: Buffer): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(xlsx);
	const files = Object.values(zip.files).filter((f) => !f.dir);
	const rank = (name: string) => {
		const i = blsOrder.findIndex((re) => re.test(name));
		return i < 0 ? blsOrder.length : i;
	};
	const out = new JSZip();
	for (const f of files.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'en', { numeric: true })))
		out.file(f.name, await f.async('uint8array'));
	return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Two sectors around 11-3021, with the values natsector_M2024_dl.xlsx publishes for it. */
export function sampleSectors(): Sector[] {
	return [
		{
			naics: '31-33',
			title: 'Manufacturing',
			rows: [
				occ('00-0000', 'All Occupations', 'total', 12901480, [31.68, 65890, 17.16, 19.86, 24.98, 35.49, 52.18, 35700, 41310, 51960, 73820, 108540]),
				occ('11-3021', 'Computer and Information Systems Managers', 'detailed', 41980, [
					87.29,
					181560,
					51.03,
					65.22,
					81.62,
					102.23,
					'#',
					106150,
					135660,
					169770,
					212640,
					'#'
				]),
				occ('13-1020', 'Buyers and Purchasing Agents', 'broad', 120870, [38.3, 79660, 23.1, 29.02, 36.22, 45.41, 56.27, 48040, 60360, 75340, 94450, 117040]),
				occ('13-1020', 'Buyers and Purchasing Agents', 'detailed', 120870, [38.3, 79660, 23.1, 29.02, 36.22, 45.41, 56.27, 48040, 60360, 75340, 94450, 117040])
			]
		},
		{
			naics: '51',
			title: 'Information',
			rows: [
				occ('00-0000', 'All Occupations', 'total', 2977720, [52.54, 109280, 20.05, 29.93, 44.83, 66.02, 92.03, 41710, 62250, 93240, 137320, 191420]),
				occ(
					'11-3021',
					'Computer and Information Systems Managers',
					'detailed',
					85400,
					[100.78, 209630, 54.63, 73.79, 94.26, '#', '#', 113620, 153470, 196060, '#', '#'],
					{ PCT_TOTAL: 2.93, PCT_RPT: 12 }
				),
				occ('25-1011', 'Business Teachers, Postsecondary', 'detailed', '**', ['*', 95900, '*', '*', '*', '*', '*', 51230, 67360, 88420, 115730, 153980], {
					ANNUAL: 'TRUE',
					PCT_RPT: '~'
				}),
				occ('27-2011', 'Actors', 'detailed', 2990, [52.7, '*', 17.89, 21.27, 31.52, 61.34, 111.6, '*', '*', '*', '*', '*'], { HOURLY: 'TRUE' })
			]
		}
	];
}

function cells(header: string[], sector: Sector, r: OewsRow): unknown[] {
	const full: OewsRow = {
		AREA: '99',
		AREA_TITLE: 'U.S.',
		AREA_TYPE: '1',
		PRIM_STATE: 'US',
		NAICS: sector.naics,
		NAICS_TITLE: sector.title,
		I_GROUP: 'sector',
		OWN_CODE: '5',
		// Not applicable nationally: empty cells. ANNUAL/HOURLY blank as empty-string cells.
		JOBS_1000: null,
		LOC_QUOTIENT: null,
		PCT_TOTAL: 1.5,
		PCT_RPT: 20,
		ANNUAL: '',
		HOURLY: '',
		...r,
		O_GROUP: r.OCC_GROUP
	};
	return header.map((h) => full[h.toUpperCase()] ?? null);
}

export async function writeNatsectorWorkbook(path: string, spec: NatsectorSpec): Promise<void> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Natsector_M2024_dl');
	const header = spec.header ?? oewsHeaders[2024];
	ws.addRow(header);
	for (const s of spec.sectors) for (const r of s.rows) ws.addRow(cells(header, s, r));
	if (spec.fieldDescriptions !== null) {
		const fd = wb.addWorksheet('Field Descriptions');
		for (const line of spec.fieldDescriptions ?? fieldDescriptionLines(2024)) fd.addRow(line === '' ? [] : line.split('\t'));
	}
	wb.addWorksheet('UpdateTime', { state: 'hidden' }).addRow(['alldataupdate', '09MAR2021:10:42:00']);
	wb.addWorksheet('Filler', { state: 'hidden' });
	const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
	await writeFile(path, spec.zipOrder === 'exceljs' ? xlsx : await inBlsOrder(xlsx));
}
