/**
 * Property-based: random rows under a real header never crash a parser with anything but its own
 * validation error (IngestError naming the file), and random text never crashes the CSV reader.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Cell } from '../../../scripts/ingest/cells';
import { parseCsv } from '../../../scripts/ingest/csv';
import { IngestError } from '../../../scripts/ingest/errors';
import { parseCpi } from '../../../scripts/ingest/sources/cpi-u';
import { parseEpProjections } from '../../../scripts/ingest/sources/ep-projections';
import { parseOewsWages } from '../../../scripts/ingest/sources/oews-wages';
import { parseRoleAliases, parseRoles } from '../../../scripts/ingest/sources/project-sources';
import { parseSocCrosswalk, parseSocDefinitions, parseSocStructure } from '../../../scripts/ingest/sources/soc-classification';
import type { RawTable } from '../../../scripts/ingest/table';

/** Cells that look like BLS data, and cells that do not. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
	fc.constantFrom(
		'*',
		'**',
		'#',
		'~',
		'N/A',
		'>=239,200',
		'',
		'TRUE',
		'="11-3021"',
		'11-3021',
		'15-0000',
		'1,579.80',
		'-0.5',
		'detailed',
		'broad',
		'M13',
		'M05',
		'CUUR0000SA0',
		'99',
		'US',
		'000000'
	),
	fc.string({ maxLength: 12 }),
	fc.double({ noNaN: false }),
	fc.integer(),
	fc.constant(null),
	fc.boolean()
);

function table(header: string[], rows: Cell[][], kind: 'csv' | 'xlsx'): RawTable {
	return { file: 'random.file', kind, rows: [{ row: 1, cells: header }, ...rows.map((cells, i) => ({ row: i + 2, cells }))] };
}

function onlyOwnErrors(run: () => unknown) {
	try {
		run();
	} catch (e) {
		if (!(e instanceof IngestError)) throw e;
		expect(e.file).toBe('random.file');
		expect(e.message.startsWith('random.file')).toBe(true);
	}
}

const headers: Record<string, string[]> = {
	ep: [
		'Occupation Title',
		'Occupation Code',
		'Employment 2024',
		'Employment 2034',
		'Employment Change, 2024-2034',
		'Employment Percent Change, 2024-2034',
		'Occupational Openings, 2024-2034 Annual Average',
		'Median Annual Wage 2024',
		'Typical Entry-Level Education',
		'Education Code',
		'Work Experience in a Related Occupation',
		'Workex Code',
		'Typical on-the-job Training',
		'trCode'
	],
	oews: [
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
	],
	cpi: ['series_id', 'year', 'period', 'value', 'footnote_codes'],
	structure: ['Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation'],
	definitions: ['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'],
	crosswalk: ['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'],
	roles: ['role', 'track', 'level', 'median_salary', 'soc_code', 'mapping_note', 'source', 'as_of'],
	aliases: ['alias', 'soc_code', 'kind', 'track', 'reason']
};

const parsers: Record<string, (t: RawTable) => unknown> = {
	ep: parseEpProjections,
	oews: (t) => parseOewsWages(t, { year: 2024, scope: 'national', topCode: { hourly: 115, annual: 239200 } }),
	'oews-state': (t) => parseOewsWages(t, { year: 2024, scope: 'state', topCode: undefined }),
	cpi: parseCpi,
	structure: parseSocStructure,
	definitions: parseSocDefinitions,
	crosswalk: parseSocCrosswalk,
	roles: parseRoles,
	aliases: parseRoleAliases
};

describe('parsers fail only with their own validation error', () => {
	for (const [name, parse] of Object.entries(parsers)) {
		const header = headers[name === 'oews-state' ? 'oews' : name]!;
		test(`${name}: random rows`, () => {
			fc.assert(
				fc.property(
					fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 30 }),
					fc.constantFrom('csv', 'xlsx'),
					(rows, kind) => {
						onlyOwnErrors(() => parse(table(header, rows, kind as 'csv' | 'xlsx')));
					}
				),
				{ numRuns: 300 }
			);
		});
		test(`${name}: rows of random width, shuffled headers`, () => {
			fc.assert(
				fc.property(fc.shuffledSubarray(header), fc.array(fc.array(cell, { maxLength: header.length + 2 }), { maxLength: 10 }), (h, rows) => {
					onlyOwnErrors(() => parse(table(h, rows, 'csv')));
				}),
				{ numRuns: 200 }
			);
		});
	}
});

test('the CSV reader never crashes on random text', () => {
	fc.assert(
		fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '1', '\uFEFF', '\t'), maxLength: 200 }), (text) => {
			onlyOwnErrors(() => parseCsv(text, 'random.file'));
		}),
		{ numRuns: 2000 }
	);
});

test('the CSV reader round-trips what RFC 4180 quoting writes', () => {
	fc.assert(
		fc.property(fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (rows) => {
			const width = rows[0]!.length;
			const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
			const quoted = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
			expect(parseCsv(quoted, 'x').map((r) => r.fields)).toEqual(table);
		}),
		{ numRuns: 500 }
	);
});
