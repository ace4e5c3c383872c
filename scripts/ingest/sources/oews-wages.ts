/**
 * OEWS estimates (national xlsx May 2014 … May 2025, and the state file) → `wages` rows.
 * Column names change case and grow between releases (OCC_GROUP → o_group → O_GROUP; AREA,
 * PRIM_STATE, PCT_RPT added), so columns are matched by name. `*`/`**` become suppressed
 * values and `#` the release's top-code cap with its flag set.
 */
import { wageValueColumns, type WageRow, type WageValueColumn } from '../../../src/lib/schema/tables';
import { ignored, oewsValueCell, optionalText, socCodeCell, text, trueOrBlank, type FlaggedValue } from '../cells';
import { IngestError } from '../errors';
import { socVersionOf } from '../soc-version';
import { findHeaderRow, parseRows, resolveColumns, type ColumnSpec, type RawTable } from '../table';

const wage = oewsValueCell('wage');
const employment = oewsValueCell('employment');
const ratio = oewsValueCell('ratio');

const columns: ColumnSpec[] = [
	{ key: 'area', header: 'AREA', schema: optionalText, optional: true },
	{ key: 'area_title', header: 'AREA_TITLE', schema: optionalText, optional: true },
	{ key: 'area_type', header: 'AREA_TYPE', schema: optionalText, optional: true },
	{ key: 'prim_state', header: 'PRIM_STATE', schema: optionalText, optional: true },
	{ key: 'naics', header: 'NAICS', schema: optionalText, optional: true },
	{ key: 'naics_title', header: 'NAICS_TITLE', schema: ignored, optional: true },
	{ key: 'i_group', header: 'I_GROUP', schema: ignored, optional: true },
	{ key: 'own_code', header: 'OWN_CODE', schema: ignored, optional: true },
	{ key: 'code', header: 'OCC_CODE', schema: socCodeCell },
	{ key: 'title', header: 'OCC_TITLE', schema: text },
	{ key: 'group', header: /^(OCC_GROUP|O_GROUP)$/i, schema: text },
	{ key: 'tot_emp', header: 'TOT_EMP', schema: employment },
	{ key: 'emp_prse', header: 'EMP_PRSE', schema: ignored },
	{ key: 'jobs_per_1000', header: /^JOBS_1000$/i, schema: ratio, optional: true },
	{ key: 'loc_quotient', header: 'LOC_QUOTIENT', schema: ratio, optional: true },
	{ key: 'pct_total', header: 'PCT_TOTAL', schema: ignored, optional: true },
	{ key: 'pct_rpt', header: 'PCT_RPT', schema: ignored, optional: true },
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

type OewsRaw = { [K in WageValueColumn]: FlaggedValue } & {
	area: string | null;
	area_title: string | null;
	area_type: string | null;
	prim_state: string | null;
	naics: string | null;
	code: string;
	title: string;
	group: string;
	annual: boolean;
	hourly: boolean;
};

export interface TopCode {
	hourly: number;
	annual: number;
}

/** The top-code caps printed in each release's notes (May 2014 … May 2025). */
export const knownTopCodes: Record<number, TopCode> = {
	2014: { hourly: 90, annual: 187_200 },
	2015: { hourly: 90, annual: 187_200 },
	2016: { hourly: 100, annual: 208_000 },
	2017: { hourly: 100, annual: 208_000 },
	2018: { hourly: 100, annual: 208_000 },
	2019: { hourly: 100, annual: 208_000 },
	2020: { hourly: 100, annual: 208_000 },
	2021: { hourly: 100, annual: 208_000 },
	2022: { hourly: 115, annual: 239_200 },
	2023: { hourly: 115, annual: 239_200 },
	2024: { hourly: 115, annual: 239_200 },
	2025: { hourly: 115, annual: 239_200 }
};

/** Reads "# = ... $115.00 per hour or $239,200 per year" from a release's Field Descriptions sheet. */
export function topCodeFromNotes(lines: string[]): TopCode | undefined {
	for (const l of lines) {
		const m = l.match(/^#\s*=.*?\$([\d.]+) per hour or \$([\d,]+) per year/);
		if (m) return { hourly: Number(m[1]), annual: Number(m[2]!.replace(/,/g, '')) };
	}
	return undefined;
}

const levels = new Set(['total', 'major', 'minor', 'broad', 'detailed']);
const statesAndDc = new Set(
	'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
		' '
	)
);

export interface OewsOptions {
	year: number;
	scope: 'national' | 'state';
	topCode: TopCode | undefined;
}

export interface OewsResult {
	rows: WageRow[];
	warnings: string[];
}

/** The estimate part of a row, to tell a true duplicate from one published at two levels. */
const estimateKey = (r: OewsRaw) => JSON.stringify([r.title, ...wageValueColumns.map((c) => r[c])]);

export function parseOewsWages(table: RawTable, opts: OewsOptions): OewsResult {
	const what = `an OEWS ${opts.scope} file`;
	const headerAt = findHeaderRow(table, [/^OCC_CODE$/i, /^TOT_EMP$/i, /^A_MEDIAN$/i], what, 3);
	const cols = resolveColumns(table, headerAt, columns, what);
	if (opts.scope === 'state' && !cols.index.has('area'))
		throw new IngestError(table.file, 'a state file needs the AREA, AREA_TITLE and PRIM_STATE columns', { row: cols.headerRow, column: 'AREA' });
	const parsed = parseRows<OewsRaw>(table, cols, columns);
	if (parsed.length < (opts.scope === 'national' ? 500 : 1))
		throw new IngestError(table.file, `only ${parsed.length} occupations; a national file has over 1,000 (truncated file?)`);
	const seen = new Map<string, { row: number; estimate: string; index: number }>();
	const out: WageRow[] = [];
	let twoLevels = 0;
	for (const { row, value: r } of parsed) {
		const col = (k: string) => cols.names.get(k);
		if (!levels.has(r.group.toLowerCase()))
			throw new IngestError(table.file, `expected one of ${[...levels].join(', ')}, got "${r.group}"`, { row, column: col('group') });
		let area: Pick<WageRow, 'area_code' | 'area_title' | 'area_type' | 'state'>;
		if (opts.scope === 'national') {
			if (r.area != null && r.area !== '99')
				throw new IngestError(table.file, `expected national rows (AREA 99), got AREA ${r.area}: is this a state or metro file in the national slot?`, {
					row,
					column: col('area')
				});
			area = { area_code: '99', area_title: 'U.S.', area_type: 'national', state: null };
		} else {
			const st = r.prim_state ?? '';
			// AREA 99 / PRIM_STATE US is the nation: a national file in the state slot.
			if (!/^\d{2}$/.test(r.area ?? '') || r.area === '99' || !/^[A-Z]{2}$/.test(st) || st === 'US')
				throw new IngestError(
					table.file,
					`expected a state row (2-digit AREA and PRIM_STATE), got AREA ${r.area ?? 'empty'}${r.area === '99' ? ' (the U.S.): is this the national file in the state slot?' : ''}`,
					{ row, column: col('area') }
				);
			area = { area_code: r.area!, area_title: r.area_title ?? st, area_type: statesAndDc.has(st) ? 'state' : 'territory', state: st };
		}
		if (r.naics != null && r.naics !== '000000')
			throw new IngestError(table.file, `expected cross-industry rows (NAICS 000000), got ${r.naics}: is this an industry file?`, {
				row,
				column: col('naics')
			});
		const key = `${area.area_code}|${r.code}`;
		const dup = seen.get(key);
		if (dup !== undefined) {
			// BLS lists some broad groups twice, as "broad" and as "detailed", with the same estimates:
			// keep one row, at the detailed level it is published as.
			const pair = new Set([r.group.toLowerCase(), out[dup.index]!.soc_level]);
			if (dup.estimate === estimateKey(r) && pair.size === 2 && pair.has('broad') && pair.has('detailed')) {
				out[dup.index]!.soc_level = 'detailed';
				twoLevels++;
				continue;
			}
			throw new IngestError(table.file, `duplicate row for ${r.code}${opts.scope === 'state' ? ` in ${area.area_title}` : ''} (first on row ${dup.row})`, {
				row,
				column: col('code')
			});
		}
		seen.set(key, { row, estimate: estimateKey(r), index: out.length });

		const values = {} as Record<WageValueColumn, number | null>;
		const flags = {} as Record<`${WageValueColumn}_flag`, WageRow['a_mean_flag']>;
		for (const c of wageValueColumns) {
			const v = r[c] ?? { value: null, flag: 'not_applicable' as const };
			let value = v.value;
			if (v.flag === 'topcoded') {
				if (!opts.topCode)
					throw new IngestError(
						table.file,
						`a top-coded value "#" appears but the top-code for May ${opts.year} is unknown (no Field Descriptions sheet with the notes)`,
						{ row, column: col(c) }
					);
				value = c.startsWith('h_') ? opts.topCode.hourly : opts.topCode.annual;
			}
			values[c] = c === 'tot_emp' && value !== null ? Math.round(value) : value;
			flags[`${c}_flag`] = v.flag;
		}
		out.push({
			soc_code: r.code,
			title: r.title,
			soc_level: r.group.toLowerCase() as WageRow['soc_level'],
			year: opts.year,
			...area,
			...values,
			...flags,
			annual_only: r.annual,
			hourly_only: r.hourly,
			soc_version: socVersionOf(opts.year)
		});
	}
	const warnings = twoLevels ? [`${twoLevels} codes listed as both broad and detailed with equal estimates, kept once`] : [];
	return { rows: out, warnings };
}
