/**
 * OEWS national estimates by industry sector (natsector_MYYYY_dl.xlsx, in oesmYYin4.zip) →
 * `industry_wages`: the `wages` columns for every occupation in every NAICS sector, plus the
 * sector. Same 32 columns and symbols as the state file, read with the same cells: `*`/`**` are
 * suppressed, `#` the release's top-code (from its Field Descriptions notes) with flag `topcoded`,
 * empty cells not applicable.
 */
import { z } from 'zod';
import { wageValueColumns, type IndustryWageRow, type WageValueColumn } from '../../../src/lib/schema/tables';
import { ignored, oewsValueCell, socCodeCell, text, trueOrBlank, type FlaggedValue } from '../cells';
import { IngestError } from '../errors';
import { socVersionOf } from '../soc-version';
import { findHeaderRow, parseRows, resolveColumns, type ColumnSpec, type Workbook } from '../table';
import { knownTopCodes, topCodeFromNotes } from './oews-wages';

const wage = oewsValueCell('wage');
const ratio = oewsValueCell('ratio');

const columns: ColumnSpec[] = [
	{ key: 'area', header: 'AREA', schema: text },
	{ key: 'area_title', header: 'AREA_TITLE', schema: ignored },
	{ key: 'area_type', header: 'AREA_TYPE', schema: ignored },
	{ key: 'prim_state', header: 'PRIM_STATE', schema: ignored },
	{
		key: 'naics',
		header: 'NAICS',
		schema: z.preprocess((v) => String(v ?? '').trim(), z.string().regex(/^\d{2}(-\d{2})?$/, 'expected a NAICS sector like 51 or 31-33'))
	},
	{ key: 'naics_title', header: 'NAICS_TITLE', schema: text },
	{ key: 'i_group', header: 'I_GROUP', schema: text },
	{ key: 'own_code', header: 'OWN_CODE', schema: ignored },
	{ key: 'code', header: 'OCC_CODE', schema: socCodeCell },
	{ key: 'title', header: 'OCC_TITLE', schema: text },
	{
		key: 'group',
		header: 'O_GROUP',
		schema: z.preprocess(
			(v) =>
				String(v ?? '')
					.trim()
					.toLowerCase(),
			z.enum(['total', 'major', 'minor', 'broad', 'detailed'], { message: 'expected total, major, minor, broad or detailed' })
		)
	},
	{ key: 'tot_emp', header: 'TOT_EMP', schema: oewsValueCell('employment') },
	{ key: 'emp_prse', header: 'EMP_PRSE', schema: ignored },
	{ key: 'jobs_per_1000', header: 'JOBS_1000', schema: ratio },
	{ key: 'loc_quotient', header: 'LOC_QUOTIENT', schema: ratio },
	{ key: 'pct_total', header: 'PCT_TOTAL', schema: ignored },
	{ key: 'pct_rpt', header: 'PCT_RPT', schema: ignored },
	{ key: 'h_mean', header: 'H_MEAN', schema: wage },
	{ key: 'a_mean', header: 'A_MEAN', schema: wage },
	{ key: 'mean_prse', header: 'MEAN_PRSE', schema: ignored },
	...(['10', '25', '75', '90'] as const).flatMap((p) => [
		{ key: `h_pct${p}`, header: `H_PCT${p}`, schema: wage },
		{ key: `a_pct${p}`, header: `A_PCT${p}`, schema: wage }
	]),
	{ key: 'h_median', header: 'H_MEDIAN', schema: wage },
	{ key: 'a_median', header: 'A_MEDIAN', schema: wage },
	{ key: 'annual', header: 'ANNUAL', schema: trueOrBlank },
	{ key: 'hourly', header: 'HOURLY', schema: trueOrBlank }
];

type IndustryRaw = { [K in WageValueColumn]: FlaggedValue } & {
	area: string;
	naics: string;
	naics_title: string;
	i_group: string;
	code: string;
	title: string;
	group: IndustryWageRow['soc_level'];
	annual: boolean;
	hourly: boolean;
};

export interface IndustryResult {
	rows: IndustryWageRow[];
	read: number;
	warnings: string[];
}

const estimateKey = (r: IndustryRaw) => JSON.stringify([r.title, ...wageValueColumns.map((c) => r[c])]);

export function parseOewsIndustry(wb: Workbook, year: number): IndustryResult {
	const what = 'an OEWS national industry-sector file';
	const table = wb.sheet(0);
	const warnings: string[] = [];
	let topCode = knownTopCodes[year];
	if (wb.sheetNames.includes('Field Descriptions')) {
		const notes = wb.sheet('Field Descriptions').rows.map((r) => r.cells.filter((c) => c !== null).join(' '));
		const titleYear = notes[0]?.match(/May (\d{4})/)?.[1];
		if (titleYear && Number(titleYear) !== year)
			throw new IngestError(wb.file, `the file name says May ${year} but its notes say May ${titleYear}`, { row: 1, column: 'Field Descriptions' });
		const fromNotes = topCodeFromNotes(notes);
		if (fromNotes && topCode && (fromNotes.annual !== topCode.annual || fromNotes.hourly !== topCode.hourly))
			warnings.push(`notes give top-code $${fromNotes.annual}, the known value is $${topCode.annual}; using the notes`);
		topCode = fromNotes ?? topCode;
	}
	const cols = resolveColumns(table, findHeaderRow(table, [/^OCC_CODE$/i, /^NAICS$/i, /^A_MEDIAN$/i], what, 3), columns, what);
	const col = (k: string) => cols.names.get(k);
	const parsed = parseRows<IndustryRaw>(table, cols, columns);
	const out: IndustryWageRow[] = [];
	const seen = new Map<string, { row: number; estimate: string; index: number }>();
	const titles = new Map<string, string>();
	const totals = new Set<string>();
	let twoLevels = 0;
	for (const { row, value: r } of parsed) {
		if (r.area !== '99')
			throw new IngestError(table.file, `expected national rows (AREA 99), got AREA ${r.area}: is this a state or metro industry file?`, {
				row,
				column: col('area')
			});
		if (r.i_group.toLowerCase() !== 'sector')
			throw new IngestError(table.file, `expected sector rows (I_GROUP sector), got "${r.i_group}": is this a 3- or 4-digit industry file?`, {
				row,
				column: col('i_group')
			});
		const title = titles.get(r.naics);
		if (title !== undefined && title !== r.naics_title)
			throw new IngestError(table.file, `NAICS ${r.naics} is "${title}" above, "${r.naics_title}" here`, { row, column: col('naics_title') });
		titles.set(r.naics, r.naics_title);
		if (r.group === 'total') totals.add(r.naics);
		const key = `${r.naics}|${r.code}`;
		const dup = seen.get(key);
		if (dup !== undefined) {
			// As in the national file: a broad group also listed as detailed, same estimates, is kept once.
			const pair = new Set([r.group, out[dup.index]!.soc_level]);
			if (dup.estimate === estimateKey(r) && pair.size === 2 && pair.has('broad') && pair.has('detailed')) {
				out[dup.index]!.soc_level = 'detailed';
				twoLevels++;
				continue;
			}
			throw new IngestError(table.file, `duplicate row for ${r.code} in NAICS ${r.naics} (first on row ${dup.row})`, { row, column: col('code') });
		}
		seen.set(key, { row, estimate: estimateKey(r), index: out.length });
		const values = {} as Record<WageValueColumn, number | null>;
		const flags = {} as Record<`${WageValueColumn}_flag`, IndustryWageRow['a_mean_flag']>;
		for (const c of wageValueColumns) {
			const v = r[c];
			let value = v.value;
			if (v.flag === 'topcoded') {
				if (!topCode)
					throw new IngestError(
						table.file,
						`a top-coded value "#" appears but the top-code for May ${year} is unknown (no Field Descriptions sheet with the notes)`,
						{ row, column: col(c) }
					);
				value = c.startsWith('h_') ? topCode.hourly : topCode.annual;
			}
			values[c] = c === 'tot_emp' && value !== null ? Math.round(value) : value;
			flags[`${c}_flag`] = v.flag;
		}
		out.push({
			soc_code: r.code,
			title: r.title,
			soc_level: r.group,
			year,
			area_code: '99',
			area_title: 'U.S.',
			area_type: 'national',
			state: null,
			...values,
			...flags,
			annual_only: r.annual,
			hourly_only: r.hourly,
			soc_version: socVersionOf(year),
			naics: r.naics,
			naics_title: r.naics_title
		});
	}
	if (out.length === 0) throw new IngestError(table.file, `no rows below the header: expected ${what}`, { row: cols.headerRow });
	// Each sector starts with its all-occupations total: a sector without one is cut short.
	const noTotal = [...titles.keys()].filter((n) => !totals.has(n));
	if (noTotal.length)
		throw new IngestError(table.file, `NAICS ${noTotal.join(', ')} has no All Occupations (00-0000) row (incomplete file?)`, { column: col('code') });
	if (twoLevels) warnings.push(`${twoLevels} codes listed as both broad and detailed with equal estimates, kept once`);
	return { rows: out, read: parsed.length, warnings };
}
