/**
 * npx tsx scripts/data-dictionary.ts
 * Prints the data dictionary of every output table as Markdown, generated from the zod contract
 * (src/lib/schema/tables.ts) through columnsOf(), so the README cannot drift from what the
 * ingest writes and the query layer reads. Paste the output into the README's "Data dictionary".
 */
import { columnsOf, type ColumnInfo } from '../src/lib/schema/columns';
import { tableNames, valueFlag, wageValueColumns, type TableName } from '../src/lib/schema/tables';

/** One sentence per table: what a row is and where it comes from. */
const about: Record<TableName, string> = {
	occupations:
		'One row per SOC 2018 code at every level (major group to detailed occupation), from the BLS SOC 2018 structure and definitions, with education, experience, training and example job titles from the latest Employment Projections release.',
	projections: 'One row per occupation per Employment Projections release ingested, with codes, titles and SOC vintage as that release published them.',
	wages:
		'One row per occupation, area and OEWS May reference year: national cross-industry estimates for every OEWS release ingested, plus state and territory estimates where a state file was ingested.',
	roles:
		'The career ladder from the University of San Diego article (data/sources/salary_by_level.csv): one row per role with its published estimated median salary, the SOC occupation BLS counts it under, and why.',
	role_aliases: 'Names people search for (ladder roles, roles named in the seed articles, abbreviations) and the SOC 2018 occupation each one finds.',
	tracks:
		"Which detailed occupations are on the IT and IS tracks (data/sources/tracks.csv): one row per occupation, IT, IS or both, with the reason (the article that names it, or a judgement from the SOC definition). The explorer's track filter and the overview's IT-vs-IS figures read it.",
	claims:
		'BLS figures quoted by the seed articles (data/sources/article_claims.csv): one row per quoted number, with the article, its date, the verbatim quote and the release and occupation(s) it refers to.',
	cpi: 'One row per calendar year of the CPI-U, U.S. city average, all items (series CUUR0000SA0, not seasonally adjusted, 1982-84=100).',
	soc_crosswalk: 'The BLS SOC 2010 → SOC 2018 crosswalk: one row per pair of codes, so a 2010 code that was split appears once per 2018 code.',
	onet_occupations:
		'One row per O*NET occupation (1,016 in O*NET 29.2), with its SOC 2018 code, description and Job Zone. A SOC code may hold several O*NET occupations: 15-1299.08 is one of those under 15-1299; the .00 occupation is the SOC occupation itself. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	experience_requirements:
		'What O*NET respondents say an occupation requires: one row per occupation, scale (education, related work experience, on-site training, on-the-job training) and category, with the percent choosing it and its precision. Rows O*NET recommends suppressing are kept with `suppress` true. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	technologies:
		'One row per occupation and technology O*NET lists for it (Technology Skills), with its UNSPSC commodity and whether it is a hot or in-demand technology. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	related_occupations:
		'For each O*NET occupation, the up to 20 occupations O*NET finds most related, in order and by tier. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	tasks:
		'One row per O*NET task statement, with the occupation it belongs to and whether it is core or supplemental. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	titles:
		'Job titles people use for each O*NET occupation: alternate titles and their short forms (Alternate Titles) and titles incumbents reported (Sample of Reported Titles); each title once per occupation and kind. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	interests:
		"Each O*NET occupation's RIASEC interest profile: one row per occupation and interest with its score, and its rank when it is one of the occupation's three interest high-points. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.",
	industry_wages:
		'OEWS May 2024 estimates by industry sector (the May 2024 sector file, natsector_M2024_dl.xlsx): one row per occupation and NAICS sector, with the `wages` columns and flags, national, all ownerships.',
	price_parities:
		'BEA regional price parities by state (SARPP), 2008–2024: one row per area (the U.S., 50 states and DC), year and line (all items, goods, housing, utilities, other services). U.S. = 100. Public domain (U.S. Bureau of Economic Analysis).',
	explorer_occupations:
		'Derived by the ingest from the tables above (SQL in `src/lib/explorer/occupations-table.ts`), not from a raw file: one row per detailed occupation with OEWS or EP figures in the latest releases, with what the explorer filters and searches on. The explorer page loads this table first.',
	explorer_titles:
		'Derived by the ingest from `titles` (SQL in `src/lib/explorer/occupations-table.ts`): per occupation of `explorer_occupations`, the O*NET reported titles and short forms of alternate titles a search in the explorer also looks in. The explorer loads it only when someone searches. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.'
};

const flagColumns = new Set<string>(wageValueColumns.map((c) => `${c}_flag`));

/** A Markdown table cell: pipes would end the cell, newlines the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (s: string) => `\`${s}\``;

function row(c: ColumnInfo): string {
	return `| ${code(c.name)} | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} |`;
}

function tableSection(table: TableName): string[] {
	const cols = columnsOf(table);
	const lines = [
		`### \`${table}\``,
		'',
		about[table],
		'',
		`File: \`static/data/${table}.parquet\`.`,
		'',
		'| Column | Type | Null? | Meaning |',
		'|---|---|---|---|'
	];
	// The wage flag columns read the same; they are listed as one row, where the first one is.
	const flags = cols.filter((c) => flagColumns.has(c.name));
	for (const c of cols) {
		if (flagColumns.has(c.name)) {
			if (c !== flags[0]) continue;
			const types = new Set(flags.map((f) => `${f.type}/${f.nullable}`));
			if (types.size !== 1) throw new Error(`the ${table} flag columns do not share one type: ${[...types].join(', ')}`);
			lines.push(
				`| \`<col>_flag\` for ${flags.map((f) => code(f.name.replace(/_flag$/, ''))).join(', ')} | ${c.type} | ${c.nullable ? 'yes' : 'no'} | How the value in \`<col>\` was published: ${valueFlag.options.map(code).join(' \\| ')} (see below) |`
			);
			continue;
		}
		lines.push(row(c));
	}
	return [...lines, ''];
}

const out: string[] = [
	'Generated from the zod contract in `src/lib/schema/tables.ts` by `npm run data-dictionary`; do not edit by hand.',
	`Every table is a Parquet file in \`static/data/\`. Types are DuckDB types. "Null?" says whether the column can be null.`,
	'',
	...tableNames.flatMap(tableSection),
	'### The `<col>_flag` convention',
	'',
	'BLS prints symbols instead of numbers in some OEWS cells. The ingest never turns them into zero: each wage-table value column',
	`(${wageValueColumns.map(code).join(', ')}) has a \`<col>_flag\` column beside it.`,
	'',
	'| Flag | Meaning | Value in `<col>` |',
	'|---|---|---|',
	'| `published` | BLS published a number. | The number. |',
	'| `suppressed` | BLS printed `*` (wage estimate not available) or `**` (employment estimate not available). | null |',
	'| `topcoded` | BLS printed `#`: the wage is at or above the release\'s top-code. | The cap (for example 239200 annual or 115 hourly for May 2022 – May 2024), so read it as "at least". |',
	'| `not_applicable` | The cell is empty, or the release has no such column: it does not apply to this row (for example `jobs_per_1000` and `loc_quotient` in the national file, which has no such columns before May 2019 and leaves them empty after). | null |',
	'',
	'In `projections`, the Employment Projections files write a top-coded median as `>=239,200`; the cap is stored in `median_wage` and `median_wage_topcoded` is true. `N/A` becomes null.',
	''
];

process.stdout.write(out.join('\n'));
